"""`tuquan figures set`, `report monthly|range|justice` and `month close`: the monthly report,
and at a commune People's Committee the justice line's statistics."""

from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import UsageError, emit, query, run_action
from desktop.core.atomic import atomic_write_bytes
from desktop.core.monthly_report import figures, report
from desktop.core.monthly_report.periods import Month


def _figure_values(pairs: list[str]) -> dict[str, int]:
    values = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if not value.strip().isdigit():
            raise UsageError(f"{pair!r}: write NAME=NUMBER, e.g. patrols=12")
        values[name.strip()] = int(value)
    return values


def command_figures_set(args) -> None:
    values = run_action(args, figures.set_figures, month=Month.parse(args.month),
                        values=_figure_values(args.values))
    emit(args, values, "\n".join(f"{name:<28} {value}" for name, value in values.items()))


def _show(args, first: Month, last: Month) -> None:
    built = query(args, lambda uow: report.build_report(uow, first=first, last=last,
                                                        with_annex=bool(args.out)))
    if args.out:
        from desktop.core.pdf.monthly import report_pdf  # ReportLab loads only for a document

        atomic_write_bytes(Path(args.out), report_pdf(built, number=args.number or "…",
                                                      recipient=args.recipient or "…"))
    lines = [f"{built.team} — {built.period_from} … {built.period_to}"
             + (" (closed)" if built.closed else "")]
    lines += [f"{name:<28} {value}" for name, value in built.mediation.items()]
    lines += [f"balance {'holds' if built.balance_ok else 'DOES NOT HOLD'}"]
    lines += [f"amended {a.month} {a.indicator}: {a.was} → {a.now}" for a in built.amendments]
    if args.out:
        lines.append(f"Wrote {args.out}.")
    emit(args, built.to_json(), "\n".join(lines))


def command_report_monthly(args) -> None:
    month = Month.parse(args.month)
    _show(args, month, month)


def command_report_range(args) -> None:
    _show(args, Month.parse(args.date_from), Month.parse(args.date_to))


JUSTICE_PERIODS = ("half-year", "year", "official-year", "months")


def _justice_period(args):
    # loaded by this command only: every other command starts sooner
    from desktop.core.monthly_report import justice_periods

    if args.period == "months":
        if not (args.date_from and args.date_to):
            raise UsageError("--period months needs --from YYYY-MM and --to YYYY-MM")
        return justice_periods.month_range(Month.parse(args.date_from), Month.parse(args.date_to))
    if args.year is None:
        raise UsageError(f"--period {args.period} needs --year YYYY")
    return {"half-year": justice_periods.half_year, "year": justice_periods.whole_year,
            "official-year": justice_periods.official_year}[args.period](args.year)


def command_report_justice(args) -> None:
    # loaded by this command only: every other command starts sooner
    from desktop.core.monthly_report.justice import justice_report

    period = _justice_period(args)
    built = query(args, lambda uow: justice_report(uow, period=period))
    if args.out:
        from desktop.core.pdf.justice_report import build_justice_pdf  # ReportLab, for a document

        atomic_write_bytes(Path(args.out), build_justice_pdf(
            built, number=args.number or "…", recipient=args.recipient or "…"))
    lines = [f"{period.label}: actual to {built.actual_to:%d/%m/%Y}, whole period "
             f"{built.whole_period_basis}", f"teams {built.teams}, mediators "
             f"{built.register.mediators} (women {built.register.female})"]
    lines += [f"{name:<16} {getattr(built.actual, name):>6} {getattr(built.whole_period, name):>6}"
              for name in ("carried_over", "received", "successful", "unsuccessful",
                           "out_of_scope", "in_progress_end")]
    lines += [f"Wrote {args.out}."] if args.out else []
    emit(args, asdict(built), "\n".join(lines))


def command_month_close(args) -> None:
    closed_on = run_action(args, report.close_month, month=Month.parse(args.month))
    emit(args, {"month": args.month, "closed_on": closed_on}, f"{args.month} closed.")


def add_parsers(commands, common) -> None:
    figure = commands.add_parser("figures", help="hand-entered monthly figures")
    actions = figure.add_subparsers(dest="action", required=True)
    set_figures = actions.add_parser("set", parents=[common])
    set_figures.add_argument("--month", required=True, metavar="YYYY-MM")
    set_figures.add_argument("values", nargs="+", metavar="NAME=VALUE")
    set_figures.set_defaults(handler=command_figures_set)
    reports = commands.add_parser("report", help="monthly and range reports")
    kinds = reports.add_subparsers(dest="kind", required=True)
    monthly = kinds.add_parser("monthly", parents=[common])
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    ranged = kinds.add_parser("range", parents=[common])
    ranged.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM")
    ranged.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM")
    for kind, handler in ((monthly, command_report_monthly), (ranged, command_report_range)):
        kind.add_argument("--number", help="the report's number, e.g. 05 or 05/BC-THG")
        kind.add_argument("--recipient", help="whom it is sent to (Kính gửi)")
        kind.add_argument("--out", metavar="FILE.pdf")
        kind.set_defaults(handler=handler)
    justice = kinds.add_parser("justice", parents=[common],
                               help="(People's Committee) grassroots mediation statistics")
    justice.add_argument("--period", required=True, choices=JUSTICE_PERIODS)
    justice.add_argument("--year", type=int)
    justice.add_argument("--from", dest="date_from", metavar="YYYY-MM")
    justice.add_argument("--to", dest="date_to", metavar="YYYY-MM")
    justice.add_argument("--number", help="the report's number, e.g. 27/BC-UBND")
    justice.add_argument("--recipient", help="whom it is sent to (Kính gửi)")
    justice.add_argument("--out", metavar="FILE.pdf")
    justice.set_defaults(handler=command_report_justice)
    month = commands.add_parser("month", help="closing a month")
    month_actions = month.add_subparsers(dest="action", required=True)
    close = month_actions.add_parser("close", parents=[common])
    close.add_argument("month", metavar="YYYY-MM")
    close.set_defaults(handler=command_month_close)

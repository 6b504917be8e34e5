"""`tuquan volume …`, `case amend` and `mediator-counts`: keeping the official book."""

from dataclasses import asdict

from desktop.cli.common import emit, query, run_action
from desktop.core.mediation import statistics, volumes
from desktop.core.mediation.inputs import read_date
from desktop.core.text import format_date


def _volume_line(volume) -> str:
    closed = format_date(volume.closed_on) if volume.closed_on else "open"
    return f"volume {volume.volume_no}: {format_date(volume.opened_on)} – {closed}"


def command_volume_open(args) -> None:
    volume = run_action(args, volumes.open_volume, opened_on=read_date(args.on, "--on"))
    emit(args, asdict(volume), _volume_line(volume))


def command_volume_close(args) -> None:
    volume = run_action(args, volumes.close_volume, volume_no=args.volume,
                            closed_on=read_date(args.on, "--on"))
    emit(args, asdict(volume), _volume_line(volume))


def command_volume_list(args) -> None:
    found = query(args, volumes.list_volumes)
    emit(args, [asdict(v) for v in found], "\n".join(map(_volume_line, found)) or "no volume")


def command_case_amend(args) -> None:
    detail = run_action(args, volumes.amend_case, case_ref=args.case, field=args.field,
                            value=args.value, reason=args.reason)
    emit(args, asdict(detail), f"{detail.case_no}: {args.field} amended.")


def command_mediator_counts(args) -> None:
    counts = query(args, lambda uow: statistics.mediator_counts(
        uow, date_from=read_date(args.date_from, "--from"), date_to=read_date(args.date_to, "--to")))
    emit(args, [asdict(c) for c in counts],
         "\n".join(f"{_mediator_label(c):<30} {c.ended:>5} ended  {c.successful:>5} thành  "
                   f"{c.unsuccessful:>5} không thành" for c in counts) or "no ended case")


def _mediator_label(count: statistics.MediatorCount) -> str:
    return f"{count.name} ({count.detail})" if count.detail else count.name


def add_parsers(commands, common) -> None:
    volume = commands.add_parser("volume", help="log-book volumes")
    actions = volume.add_subparsers(dest="action", required=True)
    opened = actions.add_parser("open", parents=[common], help="start the next volume")
    opened.add_argument("--on", required=True, metavar="DATE")
    opened.set_defaults(handler=command_volume_open)
    closed = actions.add_parser("close", parents=[common], help="close a volume")
    closed.add_argument("volume", type=int)
    closed.add_argument("--on", required=True, metavar="DATE")
    closed.set_defaults(handler=command_volume_close)
    actions.add_parser("list", parents=[common], help="list volumes").set_defaults(
        handler=command_volume_list)
    counts = commands.add_parser("mediator-counts", parents=[common],
                                 help="cases each mediator ended in a period (R-MED-12)")
    counts.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    counts.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    counts.set_defaults(handler=command_mediator_counts)


def add_amend_parser(case_actions, common) -> None:
    amend = case_actions.add_parser("amend", parents=[common],
                                    help="correct an entry of a closed volume")
    amend.add_argument("case")
    amend.add_argument("--field", required=True, choices=volumes.AMENDABLE)
    amend.add_argument("--value", required=True)
    amend.add_argument("--reason", required=True)
    amend.set_defaults(handler=command_case_amend)

"""Measurements on a team's installation: the case list, search, reports and bundles."""

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from common import PASSWORD, Line, median_seconds, percentile, run_process
from sqlalchemy import text

from desktop.core.access.unlock import sign_in
from desktop.core.demo.team_data import generate_demo
from desktop.core.documents import case_documents
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.mediation import cases
from desktop.core.monthly_report import report
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from desktop.core.pdf import monthly as monthly_pdf

TODAY = date(2026, 11, 1)
SEARCH_TERMS = ["nguyen", "tran thi", "dat dai", "HG-2026-0012", "le van", "hoa binh", "lối đi",
                "pham", "đức", "ranh gioi"]


def make_team(folder: Path, cases_wanted: int, name: str = "Tổ hòa giải thôn Đông Hòa"):
    """A team installation with `cases_wanted` demonstration cases (`tuquan demo`)."""
    paths = AppPaths(folder)
    initialise(paths, SetupRequest(mode="team", name=name, commune_code="00004",
                                   admin_username="lan", admin_password=PASSWORD,
                                   admin_full_name="Nguyễn Thị Lan"))
    workspace = sign_in(paths, "lan", PASSWORD)
    if cases_wanted:
        with workspace.unit_of_work() as uow:
            generate_demo(uow, cases=cases_wanted, seed=11, today=TODAY)
    return workspace


def _raw(workspace, sql: str, params: dict | None = None):
    with workspace.unit_of_work() as uow:
        return uow.session.execute(text(sql), params or {}).all()


def measure_lists(workspace, runs: int, scale: str) -> dict[str, Line]:
    """First screen, jump, re-sort and folded search, as the case list asks for them."""
    def first_screen(query=None):
        query = query or cases.CaseQuery()
        with workspace.unit_of_work() as uow:
            start = cases.start_case_list(uow, query=query, first=400)
            cases.case_rows(uow, rowids=list(start.first_ids[:200]))
        return start.total

    total = first_screen()

    def jump():  # a row the first step has not read: fetched by its position
        with workspace.unit_of_work() as uow:
            ids = cases.case_rowids(uow, query=cases.CaseQuery(), offset=total // 2, limit=200)
            cases.case_rows(uow, rowids=list(ids))

    def all_ids():
        with workspace.unit_of_work() as uow:
            cases.case_rowids(uow, query=cases.CaseQuery())

    def raw_page():  # the platform's floor: count and one page in rowid order
        _raw(workspace, "SELECT count(*) FROM mediation_case")
        _raw(workspace, "SELECT rowid, case_no FROM mediation_case ORDER BY rowid LIMIT 200")

    raw = median_seconds(raw_page, runs)
    resort = cases.CaseQuery(sort="first_party", descending=False)
    return {f"list_first_screen_{scale}": Line(median_seconds(first_screen, runs), "s", 0.35, raw),
            f"list_jump_{scale}": Line(median_seconds(jump, runs), "s", 0.1, raw),
            f"list_resort_{scale}": Line(median_seconds(lambda: first_screen(resort), runs), "s",
                                         0.1, raw),
            f"list_all_ids_background_{scale}": Line(median_seconds(all_ids, runs), "s", None, raw),
            **measure_search(workspace, runs, scale)}


def measure_search(workspace, runs: int, scale: str) -> dict[str, Line]:
    """Top-50 type-ahead and the list filtered as you type, p95 over a fixed set of terms."""
    from db.repositories.cases import fts_expression

    top, listed, raw = [], [], []
    for _ in range(max(runs, 3)):
        for term in SEARCH_TERMS:
            started = time.perf_counter()
            with workspace.unit_of_work() as uow:
                cases.search_cases(uow, text=term, limit=50)
            top.append(time.perf_counter() - started)
            started = time.perf_counter()
            with workspace.unit_of_work() as uow:
                start = cases.start_case_list(uow, query=cases.CaseQuery(search=term), first=400)
                cases.case_rows(uow, rowids=list(start.first_ids[:200]))
            listed.append(time.perf_counter() - started)
            started = time.perf_counter()
            _raw(workspace, "SELECT rowid FROM case_search WHERE case_search MATCH :m LIMIT 50",
                 {"m": fts_expression(term)})
            raw.append(time.perf_counter() - started)
    floor = percentile(raw, 0.95) * 1000
    target = 30.0 if scale in ("10k", "100k") else 100.0
    return {f"search_top50_p95_{scale}": Line(percentile(top, 0.95) * 1000, "ms", target, floor),
            f"search_list_filter_p95_{scale}": Line(percentile(listed, 0.95) * 1000, "ms", target,
                                                    floor)}


def measure_monthly_report(workspace, runs: int, raw_pdf: float, scale: str,
                           targets: bool) -> dict[str, Line]:
    """A month's report with its charts and annex, built and rendered in memory."""
    month = Month(2026, 10)

    def monthly():
        with workspace.unit_of_work() as uow:
            built = report.build_report(uow, first=month, last=month, with_annex=True)
        return len(built.annex), monthly_pdf.report_pdf(built)

    rows, pdf = monthly()
    return {f"report_monthly_pdf_{scale}": Line(median_seconds(monthly, runs), "s",
                                                1.0 if targets else None, raw_pdf),
            f"report_monthly_pdf_size_{scale}": Line(len(pdf) / 1024, "KiB",
                                                     150.0 if targets else None),
            f"report_monthly_annex_rows_{scale}": Line(rows, "rows", None)}


def measure_report_of_a_thousand_row_month(folder: Path, runs: int, raw_pdf: float
                                           ) -> dict[str, Line]:
    """DESIGN §8's report: a team of 25,000 cases receives about 1,000 a month."""
    workspace = make_team(folder, 25_000)
    lines = measure_monthly_report(workspace, runs, raw_pdf, "25k", targets=True)
    workspace.close()
    return lines


def measure_logbook(folder: Path, runs: int, raw_pdf: float) -> dict[str, Line]:
    """The log book of a year holding about 1,000 cases (2,000 cases over two years)."""
    workspace = make_team(folder, 2_000)
    with workspace.unit_of_work() as uow:
        count = uow.session.execute(text(
            "SELECT count(*) FROM mediation_case WHERE year = 2025")).scalar()

    def logbook():
        with workspace.unit_of_work() as uow:
            return case_documents.logbook_pdf(uow, year=2025)

    seconds = median_seconds(logbook, runs)
    workspace.close()
    return {"logbook_1000_cases_pdf": Line(seconds * 1000 / count, "s", 3.0, raw_pdf)}


def cli_export(data_dir: Path, month: str, out: Path, preexec=None) -> float:
    """`tuquan export` as a whole process (interpreter start to exit)."""
    code = "from desktop.app import console_main; raise SystemExit(console_main())"
    seconds, _rss, status = run_process(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "export", "--month", month,
         "--out", str(out), "--to", "commune"], {"TUQUAN_USER": "lan", "TUQUAN_PASSWORD": PASSWORD},
        preexec)
    if status != 0:
        raise RuntimeError("tuquan export failed")
    return seconds


def monthly_bundles(workspace, data_dir: Path, out: Path, runs: int
                    ) -> tuple[float, float, float]:
    """Medians of a month's bundle after 2,000 new cases: (whole `tuquan export` process,
    the export alone in this process, KiB)."""
    from desktop.core.bundles.export import export_bundle

    process, alone, sizes = [], [], []
    for run in range(2 * runs):
        with workspace.unit_of_work() as uow:
            generate_demo(uow, cases=2_000, seed=100 + run, today=date(2026, 11, 20))
        before = set(out.glob("*"))
        if run % 2 == 0:
            process.append(cli_export(data_dir, "2026-11", out))
        else:
            started = time.perf_counter()
            with workspace.unit_of_work() as uow:
                export_bundle(uow, month=Month(2026, 11), out_dir=out, to="commune")
            alone.append(time.perf_counter() - started)
        sizes += [p.stat().st_size for p in set(out.glob("*")) - before]
    return statistics.median(process), statistics.median(alone), statistics.median(sizes) / 1024

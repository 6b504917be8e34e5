"""A police unit holding a million received records (`tuquan demo --records`): how fast they
go in against stdlib sqlite3, and the register's list and search at that size."""

import json
import random
import time
from datetime import date, timedelta
from pathlib import Path

from bundles import make_desk
from common import Line, median_seconds, percentile
from raw import same_table_rate, sqlite_insert_rate
from sqlalchemy import text

SEARCH_TERMS = ["HG-2025-00042", "hg 2026 01", "loi di", "ranh gioi", "vay tien", "đất",
                "xây dựng", "HG-2026"]


def demo_records(count: int) -> list[dict]:
    """The same records as the demo makes (a case frame, or an escalated case and its parties)."""
    from desktop.core.demo.received_data import _case

    rng, records, number = random.Random(5), [], 0
    while len(records) < count:
        number += 1
        records += _case(rng, number, date(2026, 11, 1) - timedelta(days=number % 730))
    return records[:count]


def raw_rows(records: list[dict]) -> list[tuple]:
    """The records as plain tuples for stdlib sqlite3."""
    return [(r["id"], "team", r["type"], r["version"], r["updated_at"],
             json.dumps(r["body"], ensure_ascii=False)) for r in records]


def load_demo(police, records: int, seed: int, teams: int = 100) -> list[tuple[int, float]]:
    """(records so far, seconds storing them) after each batch of the demo's import."""
    from desktop.core.demo.received_data import generate_received_demo

    marks: list[tuple[int, float]] = []
    with police.unit_of_work() as uow:
        generate_received_demo(uow, records=records, teams=teams, seed=seed,
                               progress=lambda done, seconds: marks.append((done, seconds)))
    return marks


def measure_import(police, folder: Path, records: int, runs: int = 3) -> dict[str, Line]:
    """The rate into an empty unit (median of `runs` fresh loads of a tenth), then the rate of
    the last tenth of a load of `records`."""
    import statistics

    tenth = max(records // 10, 1)
    firsts = []
    for run in range(runs):
        fresh = make_desk(folder / f"first-tenth-{run}")
        marks = load_demo(fresh, tenth, seed=10 + run)
        fresh.close()
        firsts.append(marks[-1][0] / marks[-1][1])
    rate_first = statistics.median(firsts)
    marks = load_demo(police, records, seed=3)
    last_start = next(m for m in reversed(marks) if m[0] <= records - tenth)
    rate_last = (marks[-1][0] - last_start[0]) / (marks[-1][1] - last_start[1])
    sample = demo_records(min(records, 100_000))
    bare = sqlite_insert_rate(raw_rows(sample))
    raw = same_table_rate(sample, encrypted=False)
    ceiling = same_table_rate(sample, encrypted=True)
    label = "1m" if records >= 1_000_000 else f"{records // 1000}k"
    return {"raw_sqlite3_bare_table_rate": Line(bare, "rec/s", None),
            "raw_sqlite3_same_table_rate": Line(raw, "rec/s", None, bare),
            "raw_sqlcipher_same_table_rate": Line(ceiling, "rec/s", None, raw),
            "receiver_import_rate_first_tenth": Line(rate_first, "rec/s", 0.4 * raw, raw,
                                                     at_least=True),
            "receiver_import_vs_sqlcipher_ceiling": Line(rate_first / ceiling, "x", None),
            f"receiver_import_rate_last_tenth_{label}": Line(rate_last, "rec/s", 0.7 * rate_first,
                                                             raw, at_least=True)}


def measure_register(police, runs: int, scale: str) -> dict[str, Line]:
    from desktop.core.bundles.received_register import (
        ReceivedQuery,
        received_rowids,
        received_rows,
        start_received_list,
    )

    def first_screen(query=None):
        query = query or ReceivedQuery()
        with police.unit_of_work() as uow:
            start = start_received_list(uow, query=query, first=400)
            received_rows(uow, rowids=list(start.first_ids[:200]))
        return start.total

    total = first_screen()

    def jump():
        with police.unit_of_work() as uow:
            ids = received_rowids(uow, query=ReceivedQuery(), offset=total // 2, limit=200)
            received_rows(uow, rowids=list(ids))

    def raw_page():
        with police.unit_of_work() as uow:
            uow.session.execute(text("SELECT count(*) FROM received_record")).all()
            uow.session.execute(text("SELECT rowid, id FROM received_record ORDER BY rowid "
                                     "LIMIT 200")).all()

    raw = median_seconds(raw_page, runs)
    searched = []
    for _ in range(max(runs, 3)):
        for term in SEARCH_TERMS:
            started = time.perf_counter()
            first_screen(ReceivedQuery(search=term))
            searched.append(time.perf_counter() - started)
    resort = ReceivedQuery(sort="reference", descending=False)
    return {
        f"register_first_screen_{scale}": Line(median_seconds(first_screen, runs), "s", 0.35, raw),
        f"register_jump_{scale}": Line(median_seconds(jump, runs), "s", 0.1, raw),
        f"register_resort_{scale}": Line(median_seconds(lambda: first_screen(resort), runs), "s",
                                         0.1, raw),
        f"register_search_p95_{scale}": Line(percentile(searched, 0.95) * 1000, "ms", 100.0),
        "register_rows": Line(total, "rows", None)}


def measure_receiver(folder: Path, records: int, runs: int) -> dict[str, Line]:
    from lists_gui import model_memory_growth

    from desktop.gui.table_models.received_table_model import ReceivedTableModel

    police = make_desk(folder)
    started = time.perf_counter()
    measured = measure_import(police, folder.parent / "receiver-first", records)
    print(f"  police unit of {records:,} records made in {time.perf_counter() - started:.0f} s",
          flush=True)
    scale = "1m" if records >= 1_000_000 else f"{records // 1000}k"
    measured |= measure_register(police, runs, scale)
    measured |= model_memory_growth(ReceivedTableModel, police, f"register_{scale}")
    police.close()
    return measured

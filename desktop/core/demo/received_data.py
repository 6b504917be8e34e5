"""Synthetic data for a police unit (`tuquan demo --records N`): what many teams' bundles
would have brought, applied through the import's own bulk upsert, batch by batch."""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from db import clock
from db.engine import Engine, bulk_writes
from db.ids import new_id
from db.repositories.row_ids import refresh_planner_statistics
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.bundles.importing import apply_records
from desktop.core.demo.disputes import DISPUTES
from desktop.core.demo.team_data import HAMLETS, random_person
from desktop.core.roles import Permission

BATCH = 10_000
STATUSES = ("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ENDED", "ENDED", "ENDED", "OUT_OF_SCOPE")


@dataclass(frozen=True)
class ReceivedDemoResult:
    records: int
    teams: int
    seconds: float


def _case(rng: random.Random, number: int, received: date) -> list[dict]:
    """A case as a bundle carries it: the frame, or (5 %) the escalated case in full with its
    two parties."""
    case_id, category = new_id(), rng.choice(list(DISPUTES))
    body = {"id": case_id, "case_no": f"HG-{received.year}-{number:05d}", "year": received.year,
            "number": number, "received_date": received.isoformat(), "scope_category": category,
            "status": rng.choice(STATUSES), "risk_of_violence": False, "signs_of_violation": False}
    stamp = clock.utc_now().isoformat()
    if rng.random() >= 0.05:
        return [{"type": "mediation_case", "id": case_id, "version": 1, "updated_at": stamp,
                 "body": body}]
    body |= {"risk_of_violence": True,
             "main_content": f"{rng.choice(DISPUTES[category]).text} tại {rng.choice(HAMLETS)}"}
    parties = [{"type": "case_party", "id": new_id(), "version": 1, "updated_at": stamp,
                "body": {"case_id": case_id, "position": position,
                         "full_name": random_person(rng)[0]}} for position in range(2)]
    return [{"type": "mediation_case", "id": case_id, "version": 1, "updated_at": stamp,
             "body": body}, *parties]


def generate_received_demo(uow: UnitOfWork, *, records: int, teams: int = 100, seed: int = 1,
                           today: date | None = None,
                           progress: Callable[[int, float], None] | None = None
                           ) -> ReceivedDemoResult:
    """Add about `records` received records from `teams` synthetic teams over the last two years,
    oldest first as monthly bundles would bring them, in batches of BATCH (one transaction each);
    `progress(records so far, seconds spent storing them)` after every batch (making up the
    records is not counted: it is not what an import does)."""
    authorize(uow, Permission.IMPORT_BUNDLES)
    rng, today = random.Random(seed), today or clock.today()
    team_ids = [new_id() for _ in range(teams)]
    numbers: dict[tuple[str, int], int] = {}  # a team numbers its cases afresh each year
    storing, done, first_day = 0.0, 0, today - timedelta(days=730)
    while done < records:
        batch: dict[str, list[dict]] = {}
        made = 0
        while made < min(BATCH, records - done):
            team = rng.choice(team_ids)
            received = first_day + timedelta(days=730 * (done + made) // records)
            number = numbers[team, received.year] = numbers.get((team, received.year), 0) + 1
            cases = _case(rng, number, received)
            batch.setdefault(team, []).extend(cases)
            made += len(cases)
        started = time.perf_counter()
        engine = uow.session.get_bind()
        assert isinstance(engine, Engine)  # a unit of work's session is bound to the engine
        with bulk_writes(engine):  # as an import from a stick does
            for team, team_records in batch.items():
                apply_records(uow.session, team, team_records)
            uow.commit()
        storing += time.perf_counter() - started
        done += made
        if progress is not None:
            progress(done, storing)
    refresh_planner_statistics(uow.session)
    record_event(uow, AuditAction.DEMO_DATA_GENERATED, details={"records": done, "teams": teams})
    result = ReceivedDemoResult(done, teams, storing)
    uow.commit()
    return result

"""Realistic synthetic data for demonstrations, tests, benchmarks and screenshots.

Names, hamlets, disputes and outcomes are drawn from fixed lists with a seeded generator, so
the same seed always gives the same installation content.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from db import clock
from db.folding import fold_for_search
from db.ids import new_id
from db.models import CaseMediator, CaseParty, Hamlet, MediationCase, MediationSession, Member
from db.repositories import members as member_repository
from db.repositories.cases import (
    insert_rows,
    largest_case_rowid,
    next_case_number,
    rebuild_search_index,
)
from db.repositories.installation import (
    hamlet_name_keys,
    live_hamlets,
    opened_installation,
    store_hamlets,
)
from db.repositories.row_ids import refresh_planner_statistics
from db.unit_of_work import UnitOfWork, reserve_change_seqs
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.demo.disputes import DISPUTES
from desktop.core.mediation.team_register import new_member
from desktop.core.roles import Permission
from desktop.core.text import name_sort_key, split_name

Rows = list[dict[str, Any]]  # rows of one table, ready for an executemany

FAMILY_NAMES = (["Nguyễn"] * 38 + ["Trần"] * 11 + ["Lê"] * 9 + ["Phạm"] * 7 + ["Hoàng"] * 5
                + ["Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"] * 2)
MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Công", "Minh", "Quang", "Xuân", "Thanh"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng"]
GIVEN_MALE = ["Đức", "Dũng", "Hùng", "Nam", "Tuấn", "Hải", "Long", "Sơn", "Ưng", "Thắng",
              "Bình", "Cường", "Hòa", "Khánh", "Phúc", "Quý", "Thủy", "Toàn", "Việt", "Vinh"]
GIVEN_FEMALE = ["Lan", "Hoa", "Hoà", "Hương", "Mai", "Ngọc", "Thảo", "Trang", "Uyên", "Yến",
                "Ánh", "Châu", "Diệp", "Giang", "Hạnh", "Liên", "Loan", "Nga", "Oanh", "Thủy"]
HAMLETS = ["Thôn Đông Hòa", "Thôn Hòa Bình", "Thôn Phú Xuân", "Tổ dân phố số 1",
           "Tổ dân phố số 2", "Tổ dân phố số 5", "Thôn Đồng Tâm", "Thôn An Lạc"]
END_REASONS = (["AGREEMENT_REACHED"] * 8 + ["PARTY_REQUESTED_STOP", "MEDIATOR_ENDED_NO_PROSPECT"])
BATCH = 5000


@dataclass(frozen=True)
class DemoResult:
    cases: int
    members: int
    notes: int = 0


def random_person(rng: random.Random) -> tuple[str, str]:
    """A plausible full name and its gender."""
    female = rng.random() < 0.5
    middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
    given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
    return f"{rng.choice(FAMILY_NAMES)} {middle} {given}", "female" if female else "male"


def _stamp(rows: list[dict[str, Any]], seqs: int, team_id: str | None, actor_id: str | None,
           now: datetime) -> None:
    for offset, row in enumerate(rows):
        row.update(team_id=team_id, version=1, created_at=now, updated_at=now,
                   created_by=actor_id, updated_by=actor_id, change_seq=seqs + offset)
        row.setdefault("id", new_id())


def _ensure_register(uow: UnitOfWork, team_id: str | None, rng: random.Random) -> list[Member]:
    members = member_repository.live_members(uow.session)
    while len(members) < 5:
        name, gender = random_person(rng)
        if len(members) < 2:
            gender, name = "female", f"{rng.choice(FAMILY_NAMES)} Thị {rng.choice(GIVEN_FEMALE)}"
        member = new_member(team_id, name, "mediator", gender)
        member_repository.add_member(uow.session, member)
        members.append(member)
    hamlets = hamlet_name_keys(uow.session)
    store_hamlets(uow.session, [Hamlet(team_id=team_id, name=name, name_fold=fold_for_search(name),
                                       active=True)
                                for name in HAMLETS if fold_for_search(name) not in hamlets])
    return members


def _status(rng: random.Random, age_days: int) -> tuple[str, str | None]:
    if age_days > 30:
        roll = rng.random()
        if roll < 0.03:
            return "OUT_OF_SCOPE", None
        return ("IN_PROGRESS", None) if roll < 0.08 else ("ENDED", rng.choice(END_REASONS))
    return rng.choice([("RECEIVED", None), ("ASSIGNED", None), ("IN_PROGRESS", None),
                       ("IN_PROGRESS", None), ("ENDED", rng.choice(END_REASONS))])


def _content(rng: random.Random, category: str, reason: str | None, ended_on: date | None,
             hamlet: Hamlet) -> dict[str, Any]:
    """The dispute, and the agreement that answers it or the demands that kept it apart."""
    dispute = rng.choice(DISPUTES[category])
    content: dict[str, Any] = {"main_content": f"{dispute.text} tại {hamlet.name}",
                               "agreement_or_demands": "", "implementation_method": "",
                               "implementation_deadline": None}
    if reason == "AGREEMENT_REACHED" and ended_on:
        agreement = rng.choice(dispute.agreements)
        content.update(agreement_or_demands=agreement.text, implementation_method=agreement.method,
                       implementation_deadline=None if agreement.days is None
                       else ended_on + timedelta(days=agreement.days))
    elif reason:
        content["agreement_or_demands"] = rng.choice(dispute.demands)
    return content


def _case_row(rng: random.Random, received: date, year: int, number: int, hamlet: Hamlet,
              today: date) -> dict[str, Any]:
    category = rng.choice(list(DISPUTES))
    status, reason = _status(rng, (today - received).days)
    ended_on = min(received + timedelta(days=rng.randint(2, 40)), today) if reason else None
    escalated = rng.random() < 0.05
    # Half of them at risk of violence (Art. 10(4)), half with signs of a violation (10(5)).
    violence, violation = escalated and number % 2 == 1, escalated and number % 2 == 0
    reported = datetime.combine(received, datetime.min.time()) + timedelta(hours=9)
    # Drawn in this order since the first demo data: a seed gives the same cases
    basis = rng.choice(["PARTY_REQUEST"] * 3 + ["LEADER_ASSIGNED", "MEDIATOR_WITNESSED"])
    return {
        "id": new_id(), "case_no": f"HG-{year}-{number:04d}", "year": year, "number": number,
        "received_date": received, "basis": basis,
        "scope_category": category, "hamlet_id": hamlet.id,
        "scope_check": "EXCLUDED" if status == "OUT_OF_SCOPE" else
        ("NOT_CHECKED" if status in ("RECEIVED", "ASSIGNED") else "IN_SCOPE"),
        "scope_exclusion": "COMMERCIAL_OR_LABOUR" if status == "OUT_OF_SCOPE" else None,
        **_content(rng, category, reason, ended_on, hamlet),
        "notes": "", "status": status, "end_reason": reason, "ended_on": ended_on,
        "immediate_on_scene": False, "parties_agreed_other_time": False,
        "risk_of_violence": violence, "violence_reported_at": reported if violence else None,
        "violence_reported_to": "Chủ tịch UBND xã" if violence else None,
        "signs_of_violation": violation,
        "violation_reported_at": reported if violation else None,
        "violation_reported_to": "Công an xã" if violation else None,
        "implementation_status": "DONE" if reason == "AGREEMENT_REACHED" else None,
        "scope_checked_on": received if status == "OUT_OF_SCOPE" else None,
    }


def _children(rng: random.Random, case: dict[str, Any], hamlet: Hamlet, members: list[Member]
              ) -> tuple[Rows, Rows, Rows]:  # sessions never after the end, nor in the future
    parties: Rows = []
    for position in range(2):
        name, _gender = random_person(rng)
        family, middle, given = split_name(name)
        parties.append({"case_id": case["id"], "position": position, "role": "PARTY",
                        "kind": "INDIVIDUAL", "full_name": name, "family_name": family,
                        "middle_name": middle, "given_name": given,
                        "sort_key": name_sort_key(family, middle, given),
                        "birth_year": rng.randint(1950, 2000), "address": hamlet.name})
    case["first_party_sort_key"] = parties[0]["sort_key"]
    mediators: Rows = []
    sessions: Rows = []
    if case["status"] not in ("RECEIVED", "OUT_OF_SCOPE"):
        member = rng.choice(members)
        mediators.append({"case_id": case["id"], "member_id": member.id, "name": member.full_name,
                          "role": "MEDIATOR", "assigned_on": case["received_date"],
                          "no_conflict_confirmed_at": datetime.combine(
                              case["received_date"], datetime.min.time())})
    if case["status"] in ("IN_PROGRESS", "ENDED"):
        latest = case["ended_on"] or case["received_date"] + timedelta(days=3)
        held_on = min(case["received_date"] + timedelta(days=rng.randint(0, 3)), latest)
        sessions.append({"case_id": case["id"], "place": f"Nhà văn hóa {hamlet.name}",
                         "held_on": held_on,
                         "summary": "Nghe các bên trình bày, phân tích quy định pháp luật"})
    return parties, mediators, sessions


def _insert_batch(uow: UnitOfWork, team_id: str | None, actor_id: str | None,
                  batches: dict[type[Any], Rows]) -> None:
    now = clock.utc_now()
    for model in (MediationCase, CaseParty, CaseMediator, MediationSession):
        rows = batches[model]
        if rows:
            _stamp(rows, reserve_change_seqs(uow.session, len(rows)), team_id, actor_id, now)
            insert_rows(uow.session, model, rows)
            rows.clear()


def generate_demo(uow: UnitOfWork, *, cases: int, seed: int = 1, today: date | None = None) -> DemoResult:
    """Add `cases` synthetic cases spread over the last two years, in one transaction."""
    authorize(uow, Permission.LOAD_CASES)
    rng, today = random.Random(seed), today or clock.today()
    assert uow.actor is not None  # authorized above
    session = uow.session
    team_id = opened_installation(session).own_team_id
    members = _ensure_register(uow, team_id, rng)
    hamlets = live_hamlets(session)
    dates = sorted(today - timedelta(days=rng.randint(0, 730)) for _ in range(cases))
    last_rowid = largest_case_rowid(session)
    next_numbers: dict[int, int] = {}
    batches: dict[type[Any], Rows] = {
        model: [] for model in (MediationCase, CaseParty, CaseMediator, MediationSession)}
    for received in dates:
        year = received.year
        if year not in next_numbers:
            next_numbers[year] = next_case_number(session, team_id, year)
        number = next_numbers[year]
        next_numbers[year] = number + 1
        hamlet = rng.choice(hamlets)
        case = _case_row(rng, received, year, number, hamlet, today)
        parties, mediators, sessions = _children(rng, case, hamlet, members)
        for model, rows in ((MediationCase, [case]), (CaseParty, parties),
                            (CaseMediator, mediators), (MediationSession, sessions)):
            batches[model].extend(rows)
        if len(batches[MediationCase]) >= BATCH:
            _insert_batch(uow, team_id, uow.actor.user_id, batches)
    _insert_batch(uow, team_id, uow.actor.user_id, batches)
    rebuild_search_index(session, after_rowid=last_rowid)  # the new cases only
    refresh_planner_statistics(session)
    record_event(uow, AuditAction.DEMO_DATA_GENERATED, details={"cases": cases, "seed": seed})
    result = DemoResult(cases=cases, members=len(members))
    uow.commit()
    return result

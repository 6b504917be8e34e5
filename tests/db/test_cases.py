"""Mediation case services: the state rules, escalation, deadlines, visibility and search."""

import unicodedata
from datetime import date, datetime

import pytest

from desktop.core.errors import InvalidInput, PermissionDenied
from desktop.core.mediation import cases, progress
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.mediation.rules import Result, add_months, recognition_deadline

INTAKE = {
    "received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "EVERYDAY_CONFLICT",
    "hamlet": "Thôn Đông Hòa", "main_content": "Tranh chấp lối đi chung giữa hai hộ",
    "parties": [{"full_name": "Đặng Văn Đức", "birth_year": 1970, "address": "Thôn Đông Hòa"},
                {"full_name": "Nguyễn Thị Hoà", "birth_year": 1982, "address": "Thôn Đông Hòa"}],
}


def add_case(team_db, **changes):
    with team_db.uow() as uow:
        return cases.create_case(uow, data=case_input_from_json(INTAKE | changes))


def to_in_progress(team_db, case_no):
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=case_no, check="IN_SCOPE")
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=case_no, mediator="lan", no_conflict_confirmed=True,
                                 assigned_on=date(2026, 3, 5))
    with team_db.uow() as uow:
        return progress.record_session(uow, case_ref=case_no, held_on=date(2026, 3, 7))


def test_cases_are_numbered_per_year(team_db):
    first, second = add_case(team_db), add_case(team_db)
    other_year = add_case(team_db, received_date="2027-01-02")
    assert (first.case_no, second.case_no, other_year.case_no) == \
        ("HG-2026-0001", "HG-2026-0002", "HG-2027-0001")
    assert first.status == "RECEIVED" and first.result is None and first.hamlet == "Thôn Đông Hòa"


def test_full_path_and_derived_result(team_db):
    case = add_case(team_db)
    detail = to_in_progress(team_db, case.case_no)
    assert detail.status == "IN_PROGRESS" and detail.warnings == ()
    with team_db.uow() as uow:
        ended = progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED",
                                  ended_on=date(2026, 8, 31))
    assert ended.result == Result.SUCCESSFUL
    assert ended.recognition_deadline == date(2027, 2, 28)
    assert ended.version > case.version
    with team_db.uow() as uow:
        followed = progress.record_followup(uow, case_ref=case.id, followed_on=date(2026, 9, 15),
                                            implementation_status="DONE")
    assert followed.implementation_status == "DONE"


@pytest.mark.parametrize(("reason", "result"), [
    ("AGREEMENT_REACHED", "SUCCESSFUL"), ("PARTY_REQUESTED_STOP", "UNSUCCESSFUL"),
    ("MEDIATOR_ENDED_NO_PROSPECT", "UNSUCCESSFUL")])
def test_result_follows_the_end_reason(team_db, reason, result):
    case = add_case(team_db)
    to_in_progress(team_db, case.case_no)
    with team_db.uow() as uow:
        assert progress.end_case(uow, case_ref=case.id, end_reason=reason).result == result


def test_a_case_cannot_end_without_a_reason_or_before_mediation(team_db):
    case = add_case(team_db)
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="cannot become ENDED"):
        progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED")
    to_in_progress(team_db, case.case_no)
    for reason in ("", "DONE", None):
        with team_db.uow() as uow, pytest.raises(InvalidInput, match="end_reason"):
            progress.end_case(uow, case_ref=case.id, end_reason=reason)


def test_result_is_never_typed_by_hand(team_db):
    with pytest.raises(InvalidInput, match="result: unknown field"):
        case_input_from_json(INTAKE | {"result": "SUCCESSFUL"})
    with pytest.raises(InvalidInput, match="status: unknown field"):
        case_input_from_json({"status": "ENDED"})


def test_an_excluded_case_is_out_of_scope_and_gets_no_result(team_db):
    case = add_case(team_db)
    with team_db.uow() as uow:
        out = progress.check_scope(uow, case_ref=case.id, check="EXCLUDED",
                                   exclusion="COMMERCIAL_OR_LABOUR")
    assert out.status == "OUT_OF_SCOPE"
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="out-of-scope"):
        progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED")
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="closed"):
        progress.assign_mediator(uow, case_ref=case.id, mediator="lan", no_conflict_confirmed=True)


def test_mediation_cannot_start_before_the_scope_check(team_db):
    case = add_case(team_db)
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=case.id, mediator="lan", no_conflict_confirmed=True)
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="no exclusion applies"):
        progress.record_session(uow, case_ref=case.id, held_on=date(2026, 3, 6))
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="scope_note"):
        progress.check_scope(uow, case_ref=case.id, check="UNSURE_JUSTICE_OFFICER_CONSULTED")


def test_assignment_needs_the_no_conflict_confirmation(team_db):
    case = add_case(team_db)
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="no interest"):
        progress.assign_mediator(uow, case_ref=case.id, mediator="lan", no_conflict_confirmed=False)
    with team_db.uow() as uow:
        assert cases.get_case(uow, case_ref=case.id).status == "RECEIVED"
    with team_db.uow() as uow:
        assigned = progress.assign_mediator(uow, case_ref=case.id, mediator="Nguyễn Thị Lan",
                                            no_conflict_confirmed=True)
    assert assigned.status == "ASSIGNED" and assigned.mediators[0].name == "Nguyễn Thị Lan"
    with team_db.uow() as uow:
        replaced = progress.replace_mediator(uow, case_ref=case.id,
                                             mediator_id=assigned.mediators[0].id, reason="ốm")
    assert replaced.mediators[0].replaced_on is not None  # kept in the history


def test_late_first_session_warns_but_does_not_block(team_db):
    case = add_case(team_db)
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=case.id, check="IN_SCOPE")
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=case.id, mediator="lan", no_conflict_confirmed=True,
                                 assigned_on=date(2026, 3, 5))
    with team_db.uow() as uow:
        late = progress.record_session(uow, case_ref=case.id, held_on=date(2026, 3, 9))
    assert late.warnings == ("LATE_START",) and late.status == "IN_PROGRESS"


def test_escalation_flags_need_time_and_recipient(team_db):
    with pytest.raises(InvalidInput, match="risk_of_violence"):
        add_case(team_db, risk_of_violence=True)
    flagged = add_case(team_db, signs_of_violation=True,
                       violation_reported_at="2026-03-05T09:30:00",
                       violation_reported_to="Công an phường Ba Đình")
    assert flagged.signs_of_violation and flagged.violation_reported_at == datetime(2026, 3, 5, 9, 30)


def test_recognition_deadline_is_six_months_end_of_month_safe():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert recognition_deadline("AGREEMENT_REACHED", date(2026, 1, 15)) == date(2026, 7, 15)
    assert recognition_deadline("PARTY_REQUESTED_STOP", date(2026, 1, 15)) is None


def test_a_mediator_sees_only_own_cases(team_db):
    leaders = add_case(team_db)
    with team_db.uow("mediator") as uow:
        own = cases.create_case(uow, data=case_input_from_json(INTAKE))
    with team_db.uow("mediator") as uow:
        assert [r.case_no for r in cases.list_cases(uow)] == [own.case_no]
        with pytest.raises(PermissionDenied):
            cases.get_case(uow, case_ref=leaders.case_no)
    with team_db.uow("leader") as uow:
        progress.assign_mediator(uow, case_ref=leaders.id, mediator="duc", no_conflict_confirmed=True)
    with team_db.uow("mediator") as uow:
        assert len(cases.list_cases(uow)) == 2
        with pytest.raises(PermissionDenied):
            progress.assign_mediator(uow, case_ref=own.id, mediator="duc", no_conflict_confirmed=True)


@pytest.mark.parametrize(("query", "expected"), [
    ("dang van duc", 1), ("hoa", 2), ("nguyen", 1), ("Thôn Đông Hoà", 1), ("HG-2026-0002", 1),
    (unicodedata.normalize("NFD", "Hòa Bình"), 1), ("lối đi", 2), ("khong co", 0)])
def test_search_is_folded(team_db, query, expected):
    add_case(team_db)
    add_case(team_db, hamlet="Thôn Hòa Bình", main_content="Lối đi bị chắn",
             parties=[{"full_name": "Trần Văn Hùng"}])
    with team_db.uow() as uow:
        found = cases.search_cases(uow, text=query)
    assert len(found) == expected
    if query.startswith("HG-"):
        assert found[0].case_no == query


def test_lists_sort_by_first_party_in_vietnamese_order(team_db):
    for name in ("Trần Văn Ưng", "Lê Thị Uyên", "Phạm Đức", "Hồ Văn Dũng", "Vũ Thị Zung"):
        add_case(team_db, parties=[{"full_name": name}])
    from db.repositories.cases import CaseQuery

    with team_db.uow() as uow:
        rows = cases.list_cases(uow, query=CaseQuery(sort="first_party", descending=False))
    assert [r.first_party for r in rows] == ["Hồ Văn Dũng", "Phạm Đức", "Lê Thị Uyên",
                                             "Trần Văn Ưng", "Vũ Thị Zung"]


def test_every_change_bumps_version_and_change_seq_and_is_audited(team_db):
    from sqlalchemy import text

    case = add_case(team_db)
    with team_db.uow() as uow:
        changed = cases.update_case(uow, case_ref=case.id,
                                    data=case_input_from_json({"notes": "Đã gọi điện"}))
    assert changed.version == case.version + 1
    with team_db.engine.connect() as connection:
        actions = connection.execute(text(
            "SELECT action FROM audit_event WHERE target_id = :id ORDER BY seq"), {"id": case.id})
        assert list(actions.scalars()) == ["case_created", "case_updated"]


@pytest.mark.parametrize("tiers", [(1000, 10_000), (0, 0), (0, 10**9)],
                         ids=["as-shipped", "slices", "sqlite-walk"])
def test_a_search_list_starts_with_the_same_rows_the_full_list_has(team_db, tiers, monkeypatch):
    from dataclasses import replace

    from db.repositories import cases as case_repository
    from desktop.core.demo.team_data import generate_demo

    monkeypatch.setattr(case_repository, "FEW_MATCHES", tiers[0])
    monkeypatch.setattr(case_repository, "MANY_MATCHES", tiers[1])
    with team_db.uow() as uow:
        generate_demo(uow, cases=3_000, seed=8, today=date(2026, 11, 1))
    changes = ({}, {"sort": "first_party", "descending": False}, {"sort": "received_date"},
               {"statuses": ("ENDED",)}, {"descending": False})
    for change in changes:
        for term in ("nguyen", "tran thi", "dat dai", "khong co ai"):
            with team_db.uow() as uow:
                query = replace(case_repository.CaseQuery(search=term), **change)
                every = list(case_repository.case_rowids(uow.session, query))
                first, complete = case_repository.first_matching_rowids(uow.session, query, 400)
                start = cases.start_case_list(uow, query=query, first=400)
            # A common word is walked; a rare one is read from its matches, all of them.
            assert list(first) == every[:len(first)], (change, term)
            assert list(first) == every if complete else len(first) == 400
            assert (start.counted, start.total) == (complete, len(every) if complete else 400)
            if not change and tiers[0]:
                assert complete == (term != "nguyen")  # in most demonstration cases


def test_spelled_out_words_match_the_same_cases_as_prefixes(team_db, monkeypatch):
    from sqlalchemy import text

    from db.repositories import search_terms
    from db.repositories.search_terms import (
        MOST_SPELLED_OUT,
        prefix_expression,
        spelled_out_expression,
    )
    from desktop.core.demo.team_data import generate_demo

    with team_db.uow() as uow:
        generate_demo(uow, cases=500, seed=4, today=date(2026, 11, 1))
    matching = "SELECT rowid FROM case_search WHERE case_search MATCH :m ORDER BY rowid"
    for prefixed_up_to in ({}, search_terms.PREFIX_INDEXED_UP_TO):
        monkeypatch.setattr(search_terms, "PREFIX_INDEXED_UP_TO", prefixed_up_to)
        with team_db.uow() as uow:
            for search in ("n", "ng", "tran", "Trần Thị", "hoa binh", "đ", "xyzq",
                           "nguyen xyzq", "HG-2026-00", "nguyenx"):
                spelled = spelled_out_expression(uow.session, "case_search", search)
                found = [uow.session.execute(text(matching), {"m": m}).scalars().all()
                         for m in (spelled, prefix_expression(search))]
                assert found[0] == found[1], (search, spelled)
            assert spelled_out_expression(uow.session, "case_search", "n").endswith("*")
            # Without prefix indexes a word is spelled out; with them it is looked up directly.
            assert ("OR" in spelled_out_expression(uow.session, "case_search", "tran")) == \
                (not prefixed_up_to)
    assert MOST_SPELLED_OUT >= 2


def test_the_case_search_is_remade_with_prefix_indexes_holding_the_same_cases(team_db):
    from alembic import command
    from sqlalchemy import text

    from db import migrate
    from db.repositories.search_index import remove_from_index
    from desktop.core.demo.team_data import generate_demo

    with team_db.uow() as uow:
        generate_demo(uow, cases=300, seed=5, today=date(2026, 11, 1))
        purged = uow.session.execute(text("SELECT id FROM mediation_case LIMIT 1")).scalar()
        remove_from_index(uow.session, "case_search", purged)  # as a retention purge does
        uow.commit()
    matching = "SELECT rowid FROM case_search WHERE case_search MATCH :m ORDER BY rowid"

    def found() -> dict[str, list[int]]:
        with team_db.engine.connect() as connection:
            return {term: connection.execute(text(matching), {"m": term}).scalars().all()
                    for term in ('"n"*', '"tran"* AND "thi"*', '"hoa"*', '"hg"* AND "2026"')}

    def definition() -> str:
        with team_db.engine.connect() as connection:
            return connection.execute(text(
                "SELECT sql FROM sqlite_master WHERE name = 'case_search'")).scalar()

    before = found()
    assert all(before.values()) and "prefix='1 2 3 4 5 6'" in definition()
    config = migrate._alembic_config()
    for revision in ("0013", migrate.HEAD_REVISION):
        with team_db.engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if revision == "0013" else command.upgrade)(config, revision)
        assert found() == before, revision
        assert ("prefix=" in definition()) == (revision != "0013")

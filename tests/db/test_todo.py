"""Today's work (the overview's lines): each kind of line, for a team and for a desk, on a
clock set to 15 December 2026 (whatever the date the suite runs on)."""

import json
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from db import clock
from db.models import BundleAlert, ExportLog, Installation, ReceivedBundle, ReceivedRecord
from desktop.core.bundles import keys
from desktop.core.bundles.escalated import list_escalated
from desktop.core.bundles.export import export_bundle
from desktop.core.mediation import progress
from desktop.core.monthly_report.periods import Month
from desktop.core.monthly_report.report import close_month
from desktop.core.paths import AppPaths
from desktop.core.privacy import ledgers
from desktop.core.todo.items import TodoItem, TodoKind
from desktop.core.todo.listing import list_todo
from desktop.core.todo.receiver import latest_month_due
from tests.db.test_cases import add_case

NOW = datetime(2026, 12, 15, 10, 0)
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def on_the_fifteenth_of_december():
    with clock.moved_to(NOW):
        yield


def lines(database, who: str | None = None, paths: AppPaths | None = None) -> dict[str, TodoItem]:
    """The lines by kind (and desk, for a bundle line: "kind/desk")."""
    with (database.uow(who) if who else database.uow()) as uow:
        found = list_todo(uow, paths=paths)
    return {f"{line.kind}/{line.desk}" if line.desk else str(line.kind): line for line in found}


def set_up_on(database, day: date) -> None:
    """As if the installation had been set up on `day`."""
    with database.engine.begin() as connection:
        connection.execute(update(Installation).values(created_at=datetime.combine(day, NOW.time())))


def assigned(team_db, assigned_on: date, **intake):
    case = add_case(team_db, received_date=assigned_on.isoformat(), **intake)
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=case.id, check="IN_SCOPE")
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=case.id, mediator="lan", no_conflict_confirmed=True,
                                 assigned_on=assigned_on)
    return case


def agreed(team_db, ended_on: date, deadline: date | None = None):
    """A case that ended with an agreement on `ended_on` (and its implementation deadline)."""
    start = ended_on - timedelta(days=10)
    case = assigned(team_db, start)
    with team_db.uow() as uow:
        progress.record_session(uow, case_ref=case.id, held_on=start + timedelta(days=1))
    with team_db.uow() as uow:
        progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED", ended_on=ended_on,
                          implementation_deadline=deadline)
    return case


def test_a_new_team_has_nothing_waiting(team_db):
    set_up_on(team_db, TODAY)
    assert lines(team_db) == {}


def test_cases_waiting_for_a_mediator_are_the_leaders_to_assign(team_db):
    first = add_case(team_db, received_date="2026-12-02")
    assert lines(team_db)["cases_awaiting_mediator"] == TodoItem(
        TodoKind.CASES_AWAITING_MEDIATOR, 1, date(2026, 12, 2), first.id, case_status="RECEIVED")
    add_case(team_db, received_date="2026-11-20")
    line = lines(team_db)["cases_awaiting_mediator"]
    assert (line.count, line.oldest, line.case_id) == (2, date(2026, 11, 20), None)
    assert "cases_awaiting_mediator" not in lines(team_db, "mediator")  # they cannot assign


def test_a_first_session_is_late_more_than_three_days_after_the_assignment(team_db):
    late = assigned(team_db, date(2026, 12, 10))
    assigned(team_db, date(2026, 12, 12))  # three days: a session today is still in time
    assigned(team_db, date(2026, 12, 1), immediate_on_scene=True)  # mediated on the spot
    started = assigned(team_db, date(2026, 12, 1))
    with team_db.uow() as uow:
        progress.record_session(uow, case_ref=started.id, held_on=date(2026, 12, 8))
    assert lines(team_db)["first_session_late"] == TodoItem(
        TodoKind.FIRST_SESSION_LATE, 1, date(2026, 12, 10), late.id, case_status="ASSIGNED")


def test_a_mediator_is_told_of_their_own_late_cases_only(team_db):
    assigned(team_db, date(2026, 12, 1))
    assert "first_session_late" not in lines(team_db, "mediator")
    theirs = add_case(team_db, received_date="2026-12-05")
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=theirs.id, check="IN_SCOPE")
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=theirs.id, mediator="duc",
                                 no_conflict_confirmed=True, assigned_on=date(2026, 12, 5))
    assert lines(team_db, "mediator")["first_session_late"].case_id == theirs.id
    assert lines(team_db)["first_session_late"].count == 2
    assert lines(team_db, "security") == {} and lines(team_db, "viewer") == {}


def test_court_recognition_deadlines_within_thirty_days(team_db):
    near = agreed(team_db, date(2026, 6, 20))  # last day 20/12/2026
    agreed(team_db, date(2026, 5, 10))  # last day 10/11/2026: passed
    agreed(team_db, date(2026, 8, 1))  # last day 01/02/2027: not yet
    told = agreed(team_db, date(2026, 7, 1))  # last day 01/01/2027, the parties told
    with team_db.uow() as uow:
        progress.record_recognition_notice(uow, case_ref=told.id, informed_on=date(2026, 12, 1))
    assert lines(team_db)["recognition_deadline_near"] == TodoItem(
        TodoKind.RECOGNITION_DEADLINE_NEAR, 1, date(2026, 12, 20), near.id, case_status="ENDED")
    agreed(team_db, date(2026, 7, 14))  # last day 14/01/2027: the thirtieth day
    line = lines(team_db)["recognition_deadline_near"]
    assert (line.count, line.oldest, line.case_id) == (2, date(2026, 12, 20), None)


def test_follow_ups_fall_due_on_the_implementation_deadline(team_db):
    due = agreed(team_db, date(2026, 11, 1), deadline=date(2026, 12, 1))
    agreed(team_db, date(2026, 11, 1), deadline=date(2026, 12, 31))  # not yet
    agreed(team_db, date(2026, 11, 1))  # no deadline agreed
    followed = agreed(team_db, date(2026, 11, 1), deadline=date(2026, 12, 1))
    done = agreed(team_db, date(2026, 11, 1), deadline=date(2026, 11, 30))
    agreed(team_db, date(2025, 12, 1), deadline=date(2025, 12, 20))  # reached over a year ago
    with team_db.uow() as uow:
        progress.record_followup(uow, case_ref=followed.id, followed_on=date(2026, 12, 3),
                                 implementation_status="IN_PROGRESS")
    with team_db.uow() as uow:
        progress.record_followup(uow, case_ref=done.id, followed_on=date(2026, 11, 28),
                                 implementation_status="DONE")
    assert lines(team_db)["follow_up_due"] == TodoItem(
        TodoKind.FOLLOW_UP_DUE, 1, date(2026, 12, 1), due.id, case_status="ENDED")
    with team_db.uow() as uow:  # a follow-up before the deadline does not settle it
        progress.record_followup(uow, case_ref=due.id, followed_on=date(2026, 11, 20),
                                 implementation_status="IN_PROGRESS")
    assert lines(team_db)["follow_up_due"].count == 1


def test_subject_requests_near_their_due_date(team_db):
    for received_on in (date(2026, 11, 25), date(2026, 12, 6), date(2026, 12, 14)):
        with team_db.uow() as uow:  # due 10/12 (overdue), 21/12, 29/12 (not yet near)
            ledgers.open_request(uow, subject_name="Đặng Văn Đức", kind="ACCESS",
                                 received_on=received_on)
    line = lines(team_db)["subject_requests_due"]
    assert (line.count, line.oldest) == (2, date(2026, 12, 10))
    with team_db.uow() as uow:
        ledgers.close_request(uow, request_no="YC-2026-0001", outcome="Đã cung cấp bản sao")
    assert lines(team_db)["subject_requests_due"].count == 1
    assert "subject_requests_due" not in lines(team_db, "mediator")


def test_months_not_closed_since_the_set_up(team_db):
    set_up_on(team_db, date(2026, 9, 3))
    with team_db.uow() as uow:
        close_month(uow, month=Month(2026, 10))
    assert lines(team_db)["months_not_closed"] == TodoItem(
        TodoKind.MONTHS_NOT_CLOSED, 2, date(2026, 9, 1))  # September and November
    assert "months_not_closed" not in lines(team_db, "mediator")
    set_up_on(team_db, TODAY)
    assert "months_not_closed" not in lines(team_db)  # nothing to close before the set-up


def test_each_desks_bundle_not_made_not_copied_or_not_acknowledged(team_with_police, tmp_path):
    team_db = team_with_police
    set_up_on(team_db, date(2026, 10, 1))
    assert lines(team_db)["bundle_not_made/police"] == TodoItem(
        TodoKind.BUNDLE_NOT_MADE, 1, date(2026, 11, 1), desk="police")
    assert not any(kind.endswith("/commune") for kind in lines(team_db))  # no card: no desk
    with team_db.uow() as uow:
        export_bundle(uow, month=Month(2026, 11), out_dir=tmp_path)
    assert not any(kind.endswith("/police") for kind in lines(team_db))
    with clock.moved_to(NOW + timedelta(days=8)):  # a week on, no receipt has said it arrived
        assert lines(team_db)["receipts_missing/police"] == TodoItem(
            TodoKind.RECEIPTS_MISSING, 1, TODAY, desk="police")
        with team_db.engine.begin() as connection:  # the receipt says it was received
            connection.execute(update(ExportLog).values(receipt_status="received"))
        assert "receipts_missing/police" not in lines(team_db)
    with team_db.engine.begin() as connection:  # as if the stick had refused the copy
        connection.execute(update(ExportLog).values(copied_to_media_at=None))
    assert lines(team_db)["bundles_not_copied/police"] == TodoItem(
        TodoKind.BUNDLES_NOT_COPIED, 1, TODAY, desk="police")
    assert lines(team_db, "mediator") == {}


def make_backup(paths: AppPaths, moment: datetime) -> None:
    stamp = clock.as_utc(moment).strftime("%Y%m%dT%H%M%S%f")
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    (paths.backups_dir / f"tuquan-{stamp}-daily.db").write_bytes(b"backup")


def make_offsite_backup(team_db, moment: datetime) -> None:
    """As `backup create --to` records it: the moment the copy was made, in UTC."""
    from desktop.core.audit import AuditAction, record_event

    with team_db.uow() as uow:
        record_event(uow, AuditAction.OFFSITE_BACKUP_WRITTEN, details={
            "file": "x.tqbackup", "size_bytes": 1, "made_at": clock.as_utc(moment).isoformat()})
        uow.commit()


def test_a_team_is_told_when_its_data_has_not_left_the_laptop_for_a_month(team_db, tmp_path):
    set_up_on(team_db, TODAY)
    paths = AppPaths(tmp_path / "data")
    make_backup(paths, NOW)
    assert lines(team_db, paths=paths) == {"offsite_backup_old": TodoItem(
        TodoKind.OFFSITE_BACKUP_OLD, 0, None)}  # never
    make_offsite_backup(team_db, datetime(2026, 11, 14, 9, 0))
    assert lines(team_db, paths=paths) == {"offsite_backup_old": TodoItem(
        TodoKind.OFFSITE_BACKUP_OLD, 31, date(2026, 11, 14))}
    assert lines(team_db, "mediator", paths=paths) == {}  # only who may make one is told
    make_offsite_backup(team_db, datetime(2026, 11, 20, 9, 0))
    assert lines(team_db, paths=paths) == {}  # 25 days: not yet


def test_the_backup_line_says_how_old_the_latest_backup_is(team_db, tmp_path):
    set_up_on(team_db, TODAY)
    paths = AppPaths(tmp_path / "data")
    make_offsite_backup(team_db, NOW)
    assert lines(team_db, paths=paths)["backup_old"] == TodoItem(TodoKind.BACKUP_OLD, 0, None)
    make_backup(paths, datetime(2026, 12, 12, 8, 0))
    assert lines(team_db, paths=paths)["backup_old"] == TodoItem(
        TodoKind.BACKUP_OLD, 3, date(2026, 12, 12))
    assert lines(team_db, "mediator", paths=paths) == {}  # only who may make one is told
    make_backup(paths, datetime(2026, 12, 15, 7, 30))
    assert lines(team_db, paths=paths) == {}


# -- a desk ----------------------------------------------------------------------------------

def enrol_team(receiver_db, name: str, on: datetime) -> str:
    team_id = str(uuid.uuid4())
    card = keys.Card(keys.CARD_FORMAT, "team", team_id, name, "00004", uuid.uuid4().hex * 2, None)
    with clock.moved_to(on), receiver_db.uow() as uow:
        keys.enrol_card(uow, card=card)
    return team_id


def received(receiver_db, team_id: str, seq: int, period: str, status: str = "imported") -> None:
    with receiver_db.uow() as uow:
        uow.session.add(ReceivedBundle(team_id=team_id, seq=seq, inner_sha256=f"{seq:064x}",
                                       period=period, status=status))
        uow.commit()


def test_the_month_due_is_the_last_whose_due_day_has_passed():
    assert latest_month_due(date(2026, 12, 15)) == Month(2026, 11)
    assert latest_month_due(date(2026, 12, 10)) == Month(2026, 10)  # November's is due today


def test_a_desk_is_told_of_teams_missing_the_month_gaps_and_forks(receiver_db):
    early = datetime(2026, 9, 20, 9, 0)
    sent, silent, gapped = (enrol_team(receiver_db, name, early) for name in
                            ("Tổ hòa giải số 1", "Tổ hòa giải số 2", "Tổ hòa giải số 3"))
    enrol_team(receiver_db, "Tổ mới", NOW - timedelta(days=1))  # enrolled after November
    received(receiver_db, sent, 1, "2026-11")
    received(receiver_db, gapped, 2, "2026-11", status="gap")  # bundle 1 never came
    found = lines(receiver_db)
    assert found["teams_missing_bundle"] == TodoItem(
        TodoKind.TEAMS_MISSING_BUNDLE, 1, date(2026, 11, 1))  # the silent team
    assert found["teams_with_gaps"] == TodoItem(TodoKind.TEAMS_WITH_GAPS, 1)
    assert "teams_with_forks" not in found
    with receiver_db.uow() as uow:
        uow.session.add(BundleAlert(team_id=silent, seq=1, kind="fork", inner_sha256="f" * 64,
                                    period="2026-11"))
        uow.commit()
    assert lines(receiver_db, "officer")["teams_with_forks"] == TodoItem(
        TodoKind.TEAMS_WITH_FORKS, 1, TODAY)
    with clock.moved_to(NOW + timedelta(days=31)):  # the grid keeps it; the overview moves on
        assert "teams_with_forks" not in lines(receiver_db)


def escalated_case(receiver_db, team_id: str, number: str) -> None:
    body = {"case_no": number, "received_date": "2026-12-01", "signs_of_violation": True,
            "main_content": "Lấn chiếm lối đi", "scope_category": "CIVIL"}
    with receiver_db.uow() as uow:
        uow.session.add(ReceivedRecord(id=str(uuid.uuid4()), team_id=team_id,
                                       type="mediation_case", version=1,
                                       updated_at=NOW.isoformat(), body=json.dumps(body),
                                       escalated=True))
        uow.commit()


def test_escalations_that_came_since_the_list_was_last_opened(receiver_db):
    team = enrol_team(receiver_db, "Tổ hòa giải số 1", datetime(2026, 9, 20, 9, 0))
    escalated_case(receiver_db, team, "HG-2026-0001")
    received(receiver_db, team, 1, "2026-11")
    assert lines(receiver_db)["escalations_not_viewed"] == TodoItem(
        TodoKind.ESCALATIONS_NOT_VIEWED, 1)
    with receiver_db.uow() as uow:
        list_escalated(uow)
    assert "escalations_not_viewed" not in lines(receiver_db)
    with clock.moved_to(NOW + timedelta(hours=1)):
        escalated_case(receiver_db, team, "HG-2026-0002")
        escalated_case(receiver_db, team, "HG-2026-0003")
        received(receiver_db, team, 2, "2026-12")
        assert lines(receiver_db)["escalations_not_viewed"].count == 2

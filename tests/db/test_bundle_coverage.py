"""What a bundle covers, said plainly (issue 23): a bundle labelled with a month carries that
month's report and every change recorded until it was made — a case received in December travels
in the November bundle made on 7 December — and a month sent before is known, so the window asks
before making another bundle of it."""

from datetime import datetime
from pathlib import Path

from db import clock
from desktop.core.bundles import outbox
from desktop.core.bundles.export import export_bundle, export_bundles
from desktop.core.bundles.importing import changes_up_to
from desktop.core.monthly_report.periods import Month
from tests.db.test_cases import add_case
from tests.db.test_export import IDENTITY, open_bundle

NOVEMBER, DECEMBER = Month(2026, 11), Month(2026, 12)
MADE = datetime(2026, 12, 7, 10, 42)  # Vietnam's wall clock: 03:42 UTC


def test_a_november_bundle_made_in_december_says_it_holds_changes_up_to_then(
        team_with_police, tmp_path):
    team_db = team_with_police
    add_case(team_db, received_date="2026-12-03")  # after the month it is labelled with
    with clock.moved_to(MADE, ticking=False), team_db.uow() as uow:
        result = export_bundle(uow, month=NOVEMBER, out_dir=tmp_path)
    assert (result.period, result.changes_up_to) == ("2026-11", MADE)
    _, manifest, _, records = open_bundle(team_db, Path(result.path), IDENTITY)
    assert manifest["period_to"] == "2026-11" and manifest["created_at"] == "2026-12-07T03:42:00Z"
    assert changes_up_to(manifest) == MADE  # what the desk's inbox shows
    assert any(r["type"] == "report_summary" for r in records)
    with team_db.uow() as uow:
        [entry] = outbox.list_exports(uow)
    assert (entry.period, entry.changes_up_to, entry.copied_at_local) == ("2026-11", MADE, MADE)


def test_a_stamp_that_cannot_be_read_is_left_out_not_refused():
    assert changes_up_to({"created_at": "2026-12-07T03:42:00.123456Z"}) \
        == datetime(2026, 12, 7, 10, 42, 0, 123456)
    for manifest in ({}, {"created_at": "hôm qua"}, {"created_at": "9999-12-31T23:00:00Z"}):
        assert changes_up_to(manifest) is None
    # a receipt written at 20:00 UTC on 7 December was written on the 8th in Vietnam
    assert clock.local_time_of_text("2026-12-07T20:00:00Z") == datetime(2026, 12, 8, 3, 0)


def test_a_month_already_sent_is_known_with_what_another_bundle_would_hold(
        team_with_both_desks, tmp_path):
    team_db = team_with_both_desks
    with team_db.uow() as uow:
        assert outbox.month_already_sent(uow, month=NOVEMBER) == ()
    with clock.moved_to(MADE, ticking=False), team_db.uow() as uow:
        export_bundles(uow, month=NOVEMBER, out_dir=tmp_path)
    with clock.moved_to(datetime(2026, 12, 20, 8, 5), ticking=False), team_db.uow() as uow:
        export_bundle(uow, month=DECEMBER, out_dir=tmp_path, to="commune")
    with team_db.uow() as uow:
        sent = {s.recipient: s for s in outbox.month_already_sent(uow, month=NOVEMBER)}
        assert outbox.month_already_sent(uow, month=DECEMBER)[0].recipient == "commune"
        assert outbox.month_already_sent(uow, month=Month(2026, 10)) == ()
    assert (sent["police"].month_seqs, sent["police"].last_seq, sent["police"].last_up_to) \
        == ((1,), 1, MADE)
    # The commune's next bundle would follow its December one, not its November one.
    assert (sent["commune"].month_seqs, sent["commune"].last_seq, sent["commune"].last_up_to) \
        == ((1,), 2, datetime(2026, 12, 20, 8, 5))


def test_exporting_a_month_again_makes_a_bundle_of_the_changes_since_the_last(
        team_with_police, tmp_path):
    team_db = team_with_police
    add_case(team_db, received_date="2026-11-20")
    with team_db.uow() as uow:
        first = export_bundle(uow, month=NOVEMBER, out_dir=tmp_path)
    add_case(team_db, received_date="2026-12-02", signs_of_violation=True,
             violation_reported_at="2026-12-02T09:00:00", violation_reported_to="Công an phường")
    with team_db.uow() as uow:
        second = export_bundle(uow, month=NOVEMBER, out_dir=tmp_path)
    assert (first.seq, second.seq, second.period) == (1, 2, "2026-11")
    records = open_bundle(team_db, Path(second.path), IDENTITY)[3]
    assert [r["body"]["case_no"] for r in records if r["type"] == "mediation_case"] \
        == ["HG-2026-0002"]
    with team_db.uow() as uow:  # only the police's card is enrolled here
        assert [s.recipient for s in outbox.month_already_sent(uow, month=NOVEMBER)] == ["police"]

"""Enrolment: a key is trusted for one team, once. A second card for an enrolled team replaces
its key only on purpose (revoking the old one, in the audit trail); a revoked key never comes
back; the grid and the report count a team once, whatever its history of keys."""

import dataclasses

import pytest
from sqlalchemy import select

from db.models import AuditEvent, EnrolledCard
from db.repositories.cards import one_card_per_team
from desktop.core.bundles import keys
from desktop.core.bundles.completeness import completeness
from desktop.core.bundles.importing import import_bundle
from desktop.core.errors import CardAlreadyEnrolled, InvalidInput
from desktop.core.monthly_report.periods import Month
from tests.bundle_forge import case, public_hex, signing_key_from, summary
from tests.db.test_hostile_bundles import KEYS, police_unit
from tests.fixtures.hostile_bundles.make_corpus import TEAM_B, forgers


@pytest.fixture
def unit(tmp_path):
    workspace = police_unit(tmp_path / "police")
    yield workspace
    workspace.close()


def enrol(unit, card, replace=False):
    with unit.unit_of_work() as uow:
        return keys.enrol_card(uow, card=card, replace=replace)


def new_key_card(name="Tổ B (máy mới)"):
    b = forgers(KEYS)[1]
    return dataclasses.replace(b.card(), name=name,
                               signing_public=public_hex(signing_key_from("team B, new laptop")))


def test_a_second_card_for_an_enrolled_team_is_refused_unless_it_replaces(unit):
    with pytest.raises(CardAlreadyEnrolled) as refused:
        enrol(unit, new_key_card())
    assert refused.value.params["name"] == "Tổ B"
    enrol(unit, new_key_card(), replace=True)
    with unit.unit_of_work() as uow:
        cards = uow.session.scalars(select(EnrolledCard).where(EnrolledCard.party_id == TEAM_B)
                                    .order_by(EnrolledCard.enrolled_at)).all()
        assert [c.revoked_at is not None for c in cards] == [True, False]
        assert uow.session.scalar(select(AuditEvent.action).where(
            AuditEvent.action == "card_replaced")) == "card_replaced"
        assert [row.name for row in one_card_per_team(uow.session)
                if row.party_id == TEAM_B] == ["Tổ B (máy mới)"]
    with unit.unit_of_work() as uow:  # the old key signs nothing now
        result = import_bundle(uow, data=forgers(KEYS)[1].seal([case(TEAM_B, "b-x", 9)]),
                               file_name="old-key.tqb")
    assert result.status == "rejected" and "revoked" in result.reason
    with unit.unit_of_work() as uow:
        grid = completeness(uow, last=Month(2026, 10), months=1)
    assert [row.id for row in grid.teams].count(TEAM_B) == 1


def test_a_revoked_key_is_never_enrolled_again_nor_for_another_team(unit):
    b = forgers(KEYS)[1]
    with unit.unit_of_work() as uow:
        keys.revoke_card(uow, party_or_key=TEAM_B)
    for card in (b.card(), dataclasses.replace(b.card(), id="team-c", name="Tổ C")):
        with pytest.raises(InvalidInput) as refused:
            enrol(unit, card, replace=True)
        assert refused.value.params["problem"] == "this key was revoked; ask for a new card"


def test_one_key_serves_one_team(unit):
    a = forgers(KEYS)[0]
    with pytest.raises(InvalidInput) as refused:
        enrol(unit, dataclasses.replace(a.card(), id="team-c", name="Tổ C"))
    assert refused.value.params["problem"] == "this key is already enrolled for someone else"
    with pytest.raises(InvalidInput):
        enrol(unit, a.card())  # the same card twice


def test_a_summary_from_an_older_version_without_a_name_still_adds_up(unit):
    """The consolidated report reads what a summary has; a name it lacks counts as nothing."""
    from desktop.core.monthly_report.report import build_report

    a = forgers(KEYS)[0]
    old = summary(a.team_id)
    del old["body"]["mediation"]["carried_over"], old["body"]["figures"]["patrols"]
    with unit.unit_of_work() as uow:
        assert import_bundle(uow, data=a.seal([old]), file_name="a.tqb").status == "imported"
    with unit.unit_of_work() as uow:
        report = build_report(uow, first=Month(2026, 10), last=Month(2026, 10))
    assert report.mediation["received"] == 2 and report.mediation["carried_over"] == 0

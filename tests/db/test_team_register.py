"""The team register's composition rules (Law 35 Art. 12; R-MED-11, R-SEC-03)."""

from datetime import date, timedelta

import pytest

from desktop.core import clock
from desktop.core.errors import InvalidInput, PermissionDenied
from desktop.core.mediation import team_register


def test_a_register_without_a_team_leader_is_warned(team_db):
    def warnings():
        with team_db.uow() as uow:
            return team_register.check_register(uow).warnings

    for name, gender in (("Trần Thị Mai", "female"), ("Lê Văn Tám", "male"),
                         ("Phạm Văn Bình", "male")):
        with team_db.uow() as uow:
            team_register.add_member(uow, full_name=name, position="mediator", gender=gender)
    assert warnings() == ("NO_LEADER",)
    with team_db.uow() as uow:
        team_register.add_member(uow, full_name="Nguyễn Thị Lan", position="leader",
                                 gender="female")
    assert warnings() == ()
    with team_db.uow() as uow:
        team_register.add_member(uow, full_name="Đỗ Văn Hải", position="deputy")
    assert warnings() == ()  # a tổ phó is no tổ trưởng, but does not take one's place either


def test_a_member_is_corrected_and_leaves_with_the_day_and_the_reason(team_db):
    with team_db.uow() as uow:
        member = team_register.add_member(uow, full_name="Trần Thi Mai", position="mediator",
                                          recognised_on=date(2024, 3, 1), decision="12/QĐ-UBND")
    with team_db.uow() as uow:
        changed = team_register.edit_member(
            uow, member_id=member.id, full_name="Trần Thị  Mai", position="leader",
            gender="female", recognised_on=date(2024, 3, 1), decision="12/QĐ-UBND",
            trained_on=date(2024, 5, 20))
    assert (changed.full_name, changed.position, changed.trained_on) == (
        "Trần Thị Mai", "leader", date(2024, 5, 20))
    with team_db.uow() as uow, pytest.raises(InvalidInput) as refused:
        team_register.end_member(uow, member_id=member.id, ended_on=date(2024, 2, 1),
                                 reason="Chuyển nơi ở")
    assert refused.value.params == {"field": "ended_on",
                                    "problem": "before the member was recognised"}
    with team_db.uow() as uow, pytest.raises(InvalidInput):
        team_register.end_member(uow, member_id=member.id, ended_on=date(2025, 2, 1), reason=" ")
    with team_db.uow() as uow:
        team_register.end_member(uow, member_id=member.id, ended_on=date(2025, 2, 1),
                                 reason="Chuyển nơi ở")
    with team_db.uow() as uow:
        register = team_register.read_register(uow)
        assert team_register.mediator_choices(uow) == []  # no longer offered as a mediator
    (left,) = register.members
    assert (left.dismissed_on, left.dismissal_reason) == (date(2025, 2, 1), "Chuyển nơi ở")
    assert "NO_LEADER" in register.warnings and register.figures["mediators"] == 0
    with team_db.uow() as uow, pytest.raises(InvalidInput):
        team_register.end_member(uow, member_id=member.id, ended_on=date(2025, 3, 1),
                                 reason="Lần nữa")


def test_a_training_day_in_the_future_is_refused_and_only_the_leader_edits(team_db):
    with team_db.uow() as uow, pytest.raises(InvalidInput):
        team_register.add_member(uow, full_name="Lê Văn Tám", position="mediator",
                                 trained_on=clock.today() + timedelta(days=1))
    with team_db.uow() as uow:
        member = team_register.add_member(uow, full_name="Lê Văn Tám", position="mediator")
    with team_db.uow("viewer") as uow, pytest.raises(PermissionDenied):
        team_register.end_member(uow, member_id=member.id, ended_on=clock.today(), reason="x")
    with team_db.uow("mediator") as uow, pytest.raises(PermissionDenied):
        team_register.edit_member(uow, member_id=member.id, full_name="Lê Văn Tâm",
                                  position="mediator")

"""The team register's composition rules (Law 35 Art. 12; R-MED-11, R-SEC-03)."""

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

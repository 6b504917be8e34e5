"""Mediators by identity: two members of the same name are two mediators, told apart."""

from datetime import date

from desktop.core.mediation import progress, statistics, team_register
from desktop.core.mediation.namesakes import identify
from tests.db.test_cases import add_case

NAMESAKE = "Huỳnh Thị Trang"


def _member(team_db, recognised_on: date) -> str:
    with team_db.uow() as uow:
        return team_register.add_member(uow, full_name=NAMESAKE, position="mediator",
                                        gender="female", recognised_on=recognised_on).id


def _case_ended_by(team_db, member_id: str, reason: str) -> None:
    case = add_case(team_db)
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=case.id, check="IN_SCOPE")
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=case.id, mediator=member_id,
                                 no_conflict_confirmed=True, assigned_on=date(2026, 3, 5))
    with team_db.uow() as uow:
        progress.record_session(uow, case_ref=case.id, held_on=date(2026, 3, 7))
    with team_db.uow() as uow:
        progress.end_case(uow, case_ref=case.id, end_reason=reason, ended_on=date(2026, 3, 20))


def namesakes_with_cases(team_db) -> tuple[str, str]:
    """Two members named NAMESAKE: the first ended one case (thành), the second two (one thành,
    one không thành), all in March 2026; returns their member ids."""
    first, second = _member(team_db, date(2024, 2, 1)), _member(team_db, date(2025, 5, 9))
    _case_ended_by(team_db, first, "AGREEMENT_REACHED")
    _case_ended_by(team_db, second, "PARTY_REQUESTED_STOP")
    _case_ended_by(team_db, second, "AGREEMENT_REACHED")
    return first, second


def test_two_members_of_the_same_name_are_counted_apart(team_db):
    first, second = namesakes_with_cases(team_db)
    with team_db.uow() as uow:
        counts = statistics.mediator_counts(uow, date_from=date(2026, 3, 1),
                                            date_to=date(2026, 3, 31))
    assert [(c.member_id, c.name, c.ended, c.successful) for c in counts] == [
        (first, NAMESAKE, 1, 1), (second, NAMESAKE, 2, 1)]
    assert counts[0].detail == "công nhận ngày 01/02/2024" != counts[1].detail


def test_namesakes_with_nothing_else_apart_are_told_apart_by_their_register_id(team_db):
    first, second = _member(team_db, date(2024, 2, 1)), _member(team_db, date(2024, 2, 1))
    with team_db.uow() as uow:
        found = identify(uow.session, [(first, NAMESAKE), (second, "Huỳnh Thị  Trang"),
                                       (None, "Lê Văn Dũng")])
    assert found[first].label == f"{NAMESAKE} (công nhận ngày 01/02/2024; mã {first[-8:]})"
    assert found[second].detail.endswith(second[-8:])
    assert found[first].label != found[second].label  # made in the same instant, still apart
    assert found["name:le van dung"].label == "Lê Văn Dũng"


def test_a_name_two_members_share_does_not_pick_one_of_them(team_db):
    """Assigning by a shared name is refused with the choices; the id, or the label the
    mediator field offers, picks the one meant."""
    import pytest

    from desktop.core.errors import MediatorAmbiguous

    first, second = _member(team_db, date(2024, 2, 1)), _member(team_db, date(2025, 5, 9))
    case = add_case(team_db)
    with team_db.uow() as uow, pytest.raises(MediatorAmbiguous) as refused:
        progress.assign_mediator(uow, case_ref=case.id, mediator=NAMESAKE,
                                 no_conflict_confirmed=True, assigned_on=date(2026, 3, 5))
    assert first in refused.value.message and second in refused.value.message
    with team_db.uow() as uow:
        choices = [c for c in team_register.mediator_choices(uow) if c.member_id in (first, second)]
    assert len({choice.label for choice in choices}) == 2
    with team_db.uow() as uow:
        detail = progress.assign_mediator(uow, case_ref=case.id, mediator=second,
                                          no_conflict_confirmed=True, assigned_on=date(2026, 3, 5))
    assert [m.member_id for m in detail.mediators] == [second]

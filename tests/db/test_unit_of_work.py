"""Units of work: nothing kept unless committed; versions, authors and change numbers stamped."""

from dataclasses import dataclass

from sqlalchemy import select

from db.models import Hamlet


@dataclass
class FakeActor:
    user_id: str


def _add_hamlet(uow, name="Thôn Đông Hòa"):
    hamlet = Hamlet(name=name, name_fold="x", active=True)
    uow.session.add(hamlet)
    return hamlet


def test_uncommitted_work_is_rolled_back(uow_factory):
    with uow_factory() as uow:
        _add_hamlet(uow)
    with uow_factory() as uow:
        assert uow.session.scalars(select(Hamlet)).all() == []


def test_each_change_takes_a_version_and_a_later_change_number(uow_factory):
    with uow_factory(FakeActor("user-a")) as uow:
        first, second = _add_hamlet(uow), _add_hamlet(uow, "Tổ dân phố 5")
        uow.commit()
    assert (first.version, second.version) == (1, 1)
    assert first.created_by == "user-a" and first.updated_by == "user-a"
    assert {first.change_seq, second.change_seq} == {1, 2}
    with uow_factory(FakeActor("user-b")) as uow:
        hamlet = uow.session.get(Hamlet, first.id)
        hamlet.name = "Thôn Đông Hoà"
        uow.session.flush()
        hamlet.active = False  # a second edit in the same action is the same change
        uow.commit()
    assert hamlet.version == 2 and hamlet.change_seq > 2
    assert hamlet.updated_by == "user-b" and hamlet.created_by == "user-a"


def test_unchanged_rows_keep_their_version(uow_factory):
    with uow_factory() as uow:
        hamlet = _add_hamlet(uow)
        uow.commit()
    with uow_factory() as uow:
        again = uow.session.get(Hamlet, hamlet.id)
        again.name = again.name
        uow.commit()
    assert again.version == 1 and again.change_seq == hamlet.change_seq

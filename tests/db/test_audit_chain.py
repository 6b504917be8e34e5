"""The audit trail is append-only and any edit breaks its hash chain."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.core.audit import record_event, verify_audit_trail
from desktop.core.errors import PermissionDenied
from desktop.core.types import Actor

LEADER = Actor("user-1", "lan", "leader")


def _three_events(uow_factory):
    with uow_factory(LEADER) as uow:
        for action in ("signed_in", "user_added", "password_changed"):
            record_event(uow, action, details={"n": 1})
        uow.commit()


def test_intact_chain_verifies(uow_factory):
    _three_events(uow_factory)
    with uow_factory(LEADER) as uow:
        report = verify_audit_trail(uow)
    assert report.ok and report.events_checked == 3


def test_updates_and_deletes_are_refused_by_the_database(uow_factory, engine):
    _three_events(uow_factory)
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(statement))


@pytest.mark.parametrize(("statement", "broken_at"), [
    ("UPDATE audit_event SET details = replace(details, '1', '2') WHERE seq = 2", 2),
    ("UPDATE audit_event SET actor_username = 'someone' WHERE seq = 1", 1),
    ("DELETE FROM audit_event WHERE seq = 2", 2),
])
def test_direct_edits_break_the_chain_at_the_edited_event(uow_factory, engine, statement,
                                                          broken_at):
    _three_events(uow_factory)
    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_event_no_update"))
        connection.execute(text("DROP TRIGGER audit_event_no_delete"))
        connection.execute(text(statement))
    with uow_factory(LEADER) as uow:
        report = verify_audit_trail(uow)
    assert not report.ok and report.first_broken_seq == broken_at


def test_only_leaders_and_admins_verify(uow_factory):
    with uow_factory(Actor("user-2", "hoa", "mediator")) as uow, pytest.raises(PermissionDenied):
        verify_audit_trail(uow)

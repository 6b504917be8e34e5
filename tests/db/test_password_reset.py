"""Forgotten passwords: a leader resets a member's, the recovery code resets anyone's; both are
audited, refused to whom the rules refuse, and a wrong code counts like a wrong password."""

import json

import pytest

from db.repositories.audit import iterate_events
from desktop.core.access import accounts, throttle
from desktop.core.access.account_recovery import reset_with_recovery_code
from desktop.core.access.unlock import sign_in
from desktop.core.audit import AuditAction, verify_audit_trail
from desktop.core.errors import (
    InvalidInput,
    PasswordResetRefused,
    PermissionDenied,
    UnlockThrottled,
    WrongPassword,
    WrongRecoveryCode,
)
from tests.conftest import ADMIN_PASSWORD

DUC_PASSWORD = "mật khẩu của Đức"
HOA_PASSWORD = "mật khẩu của Hoa"
MINH_PASSWORD = "mật khẩu của Minh"
TEMPORARY = "tạm thời 2026"


@pytest.fixture
def team(team_install):
    """The team's leader "lan", mediators "duc" and "hoa", and a second leader "minh"."""
    paths, recovery_code = team_install
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    for username, role, password in (("duc", "mediator", DUC_PASSWORD),
                                     ("hoa", "mediator", HOA_PASSWORD),
                                     ("minh", "leader", MINH_PASSWORD)):
        accounts.add_user(workspace, username=username, role=role, full_name="",
                          password=password)
    workspace.close()
    return paths, recovery_code


def events(workspace, action: AuditAction) -> list:
    with workspace.unit_of_work() as uow:
        return [(event.actor_username, event.target_id, json.loads(event.details))
                for event in iterate_events(uow.session) if event.action == action]


def user_id(workspace, username: str) -> str:
    with workspace.unit_of_work() as uow:
        return next(u.id for u in accounts.list_users(uow) if u.username == username)


def test_a_leader_resets_a_members_password(team):
    paths, _ = team
    leader = sign_in(paths, "lan", ADMIN_PASSWORD)
    reset = accounts.reset_password(leader, username="Duc", new_password=TEMPORARY)
    assert reset.username == "duc" and reset.role == "mediator"
    member = sign_in(paths, "duc", TEMPORARY)
    assert member.actor.username == "duc"
    member.close()
    with pytest.raises(WrongPassword):
        sign_in(paths, "duc", DUC_PASSWORD)
    assert events(leader, AuditAction.PASSWORD_RESET) == [
        ("lan", user_id(leader, "duc"), {"role": "mediator"})]
    with leader.unit_of_work() as uow:
        assert verify_audit_trail(uow).ok
    leader.close()


def test_a_member_cannot_reset_a_password(team):
    paths, _ = team
    member = sign_in(paths, "duc", DUC_PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(member, username="hoa", new_password=TEMPORARY)
    assert events(member, AuditAction.PASSWORD_RESET) == []
    assert [actor for actor, _target, _details in events(member, AuditAction.PERMISSION_DENIED)
            ] == ["duc"]
    member.close()
    sign_in(paths, "hoa", HOA_PASSWORD).close()


@pytest.mark.parametrize("target", ["minh", "lan"])
def test_no_administrator_resets_an_administrators_password(team, target):
    """Another leader's (or one's own) password: its owner changes it, or the recovery code."""
    paths, _ = team
    leader = sign_in(paths, "lan", ADMIN_PASSWORD)
    with pytest.raises(PasswordResetRefused):
        accounts.reset_password(leader, username=target, new_password=TEMPORARY)
    assert events(leader, AuditAction.PASSWORD_RESET) == []
    assert events(leader, AuditAction.PERMISSION_DENIED) == [
        ("lan", user_id(leader, target), {"action": "reset an administrator's password"})]
    leader.close()
    sign_in(paths, "minh", MINH_PASSWORD).close()
    sign_in(paths, "lan", ADMIN_PASSWORD).close()


def test_a_weak_temporary_password_changes_nothing(team):
    paths, _ = team
    leader = sign_in(paths, "lan", ADMIN_PASSWORD)
    with pytest.raises(InvalidInput):
        accounts.reset_password(leader, username="duc", new_password="1234567")
    leader.close()
    sign_in(paths, "duc", DUC_PASSWORD).close()


def test_the_recovery_code_resets_a_forgotten_password(team):
    paths, code = team
    stored = reset_with_recovery_code(paths, code=code.lower().replace("-", " "),
                                      username="Lan", new_password="mật khẩu mới 2027")
    assert stored == "lan"
    with pytest.raises(WrongPassword):
        sign_in(paths, "lan", ADMIN_PASSWORD)
    workspace = sign_in(paths, "lan", "mật khẩu mới 2027")
    changes = events(workspace, AuditAction.PASSWORD_CHANGED)
    assert changes[-1] == ("recovery-code", user_id(workspace, "lan"), {"by_recovery_code": True})
    workspace.close()


def test_mistakes_in_a_recovery_change_nothing(team):
    paths, code = team
    wrong_code = ("ABCDE-" * 6)[:-1]
    with pytest.raises(WrongRecoveryCode):
        reset_with_recovery_code(paths, code=wrong_code, username="duc", new_password=TEMPORARY)
    assert throttle.read_state(paths.unlock_state_file).failures == 1
    with pytest.raises(WrongRecoveryCode):  # not a code's shape: no key derivation, no count
        reset_with_recovery_code(paths, code="12345", username="duc", new_password=TEMPORARY)
    assert throttle.read_state(paths.unlock_state_file).failures == 1
    with pytest.raises(InvalidInput) as weak:
        reset_with_recovery_code(paths, code=code, username="duc", new_password="short")
    assert weak.value.params["field"] == "password"
    with pytest.raises(InvalidInput) as unknown:
        reset_with_recovery_code(paths, code=code, username="nobody", new_password=TEMPORARY)
    assert unknown.value.params == {"field": "user name",
                                    "problem": "no account has this user name"}
    sign_in(paths, "duc", DUC_PASSWORD).close()


def test_wrong_recovery_codes_are_throttled_like_passwords(team):
    paths, code = team
    wrong_code = ("ABCDE-" * 6)[:-1]
    for _ in range(throttle.FREE_ATTEMPTS):
        with pytest.raises(WrongRecoveryCode):
            reset_with_recovery_code(paths, code=wrong_code, username="duc",
                                     new_password=TEMPORARY)
    with pytest.raises(UnlockThrottled):
        reset_with_recovery_code(paths, code=code, username="duc", new_password=TEMPORARY)
    with pytest.raises(UnlockThrottled):  # the same throttle as a password
        sign_in(paths, "duc", DUC_PASSWORD)

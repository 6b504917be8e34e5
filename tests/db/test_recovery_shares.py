"""Shared recovery (issue 24, point 3): any k of n shares open the installation and let a new
leader set a password; fewer, or shares of an earlier split, open nothing."""

import itertools
import json

import pytest

from db.repositories import audit as audit_repository
from desktop.core.access import accounts, throttle
from desktop.core.access.recovery_shares import (
    recover_with_shares,
    recovery_shares_status,
    share_sheets_pdf,
    sign_in_with_shares,
    split_recovery_shares,
)
from desktop.core.access.unlock import sign_in
from desktop.core.audit import AuditAction, verify_audit_trail
from desktop.core.errors import (
    InvalidInput,
    NoRecoveryShares,
    PermissionDenied,
    SharesMismatched,
    SharesReplaced,
    SharesTooFew,
    ShareUnreadable,
    WrongPassword,
)
from tests.conftest import ADMIN_PASSWORD

HOLDERS = ("Nguyễn Thị Lan", "Đặng Văn Đức", "Trần Thị Hòa")


def split(paths, threshold=2, holders=HOLDERS):
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    try:
        return split_recovery_shares(workspace, threshold=threshold, holders=holders)
    finally:
        workspace.close()


def words(result) -> list[str]:
    return [sheet.words for sheet in result.sheets]


def recorded(paths, password: str) -> list[tuple[str, dict]]:
    workspace = sign_in(paths, "lan", password)
    with workspace.unit_of_work() as uow:
        assert verify_audit_trail(uow).ok
        events = [(e.action, json.loads(e.details))
                  for e in audit_repository.iterate_events(uow.session)]
    workspace.close()
    return events


def test_any_two_of_three_shares_restore_access(team_install):
    paths, _code = team_install
    shares = words(split(paths))
    old_password = ADMIN_PASSWORD
    for number, pair in enumerate(itertools.combinations(shares, 2)):
        new_password = f"mật khẩu mới số {number}"
        account = recover_with_shares(paths, shares=list(pair), username="lan",
                                      new_password=new_password)
        assert (account.username, account.role, account.created) == ("lan", "leader", False)
        with pytest.raises(WrongPassword):
            sign_in(paths, "lan", old_password)
        sign_in(paths, "lan", new_password).close()
        old_password = new_password
    actions = [action for action, _details in recorded(paths, new_password)]
    assert actions.count(AuditAction.RECOVERY_SHARES_SPLIT) == 1
    assert actions.count(AuditAction.RECOVERY_SHARES_USED) == 3


def test_one_share_opens_nothing_and_changes_nothing(team_install):
    paths, _code = team_install
    shares = words(split(paths))
    for share in shares:
        with pytest.raises(SharesTooFew) as refused:
            recover_with_shares(paths, shares=[share], username="lan", new_password="kẻ lạ 12345")
        assert refused.value.params == {"given": 1, "needed": 2}
    sign_in(paths, "lan", ADMIN_PASSWORD).close()


def test_a_share_from_before_a_resplit_opens_nothing(team_install):
    paths, _code = team_install
    old = words(split(paths))
    new = words(split(paths, threshold=2, holders=HOLDERS[:2] + ("Lê Văn Tám",)))
    with pytest.raises(SharesReplaced):
        recover_with_shares(paths, shares=old[:2], username="lan", new_password="kẻ lạ 12345")
    with pytest.raises(SharesMismatched):
        recover_with_shares(paths, shares=[old[0], new[1]], username="lan",
                            new_password="kẻ lạ 12345")
    assert throttle.read_state(paths.unlock_state_file).failures == 1  # the old pair counts
    sign_in(paths, "lan", ADMIN_PASSWORD).close()
    recover_with_shares(paths, shares=new[1:], username="lan", new_password="mật khẩu mới 1")
    sign_in(paths, "lan", "mật khẩu mới 1").close()


def test_shares_as_typed_from_paper(team_install):
    """Any case, numbering and line breaks; four letters a word are enough."""
    paths, _code = team_install
    first, second, _third = words(split(paths))
    numbered = "\n".join(f"{n}. {word.upper()}" for n, word in enumerate(first.split(), 1))
    prefixes = " ".join(word[:4] for word in second.split())
    recover_with_shares(paths, shares=[numbered, prefixes], username="lan",
                        new_password="mật khẩu mới 2")
    sign_in(paths, "lan", "mật khẩu mới 2").close()


def test_a_mistyped_share_is_named_and_not_counted(team_install):
    paths, _code = team_install
    first, second, _third = words(split(paths))
    wrong = second.split()
    wrong[5] = "academic" if wrong[5] != "academic" else "acid"
    with pytest.raises(ShareUnreadable) as refused:
        sign_in_with_shares(paths, [first, " ".join(wrong)])
    assert refused.value.params == {"number": 2}
    with pytest.raises(SharesMismatched):
        sign_in_with_shares(paths, [first, first])  # the same sheet twice
    assert throttle.read_state(paths.unlock_state_file).failures == 0


def test_shares_can_make_a_new_leader_account(team_install):
    paths, _code = team_install
    shares = words(split(paths))
    account = recover_with_shares(paths, shares=shares[::2], username="hoa",
                                  full_name="Trần Thị Hòa", new_password="mật khẩu của Hòa",
                                  new_account=True)
    assert (account.username, account.role, account.created) == ("hoa", "leader", True)
    workspace = sign_in(paths, "hoa", "mật khẩu của Hòa")
    assert workspace.actor.role == "leader"
    workspace.close()


def test_without_a_split_shares_open_nothing(team_install):
    paths, _code = team_install
    before = paths.keyslots_file.read_bytes()
    other = words(split(paths))
    paths.keyslots_file.write_bytes(before)  # the slots as they were before the split
    with pytest.raises(NoRecoveryShares):
        sign_in_with_shares(paths, other[:2])


def test_only_the_leader_splits_and_the_rule_is_checked(team_install):
    paths, _code = team_install
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    accounts.add_user(workspace, username="duc", role="mediator", full_name="Đặng Văn Đức",
                      password="mật khẩu của Đức")
    for threshold, holders in ((1, HOLDERS), (4, HOLDERS), (2, HOLDERS[:1]), (2, ("Lan", " "))):
        with pytest.raises(InvalidInput):
            split_recovery_shares(workspace, threshold=threshold, holders=holders)
    assert recovery_shares_status(workspace) is None
    workspace.close()
    mediator = sign_in(paths, "duc", "mật khẩu của Đức")
    with pytest.raises(PermissionDenied):
        split_recovery_shares(mediator, threshold=2, holders=HOLDERS)
    mediator.close()


def test_the_split_is_audited_without_names_and_its_sheets_print(team_install):
    paths, _code = team_install
    made = split(paths, threshold=3, holders=HOLDERS + ("Lê Văn Tám", "Phạm Thu"))
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    status = recovery_shares_status(workspace)
    assert (status.threshold, status.count, status.made_on) == (3, 5, made.made_on)
    with workspace.unit_of_work() as uow:
        pdf = share_sheets_pdf(uow, split=made)
    workspace.close()
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 5  # one sheet a holder
    events = recorded(paths, ADMIN_PASSWORD)
    split_events = [details for action, details in events
                    if action == AuditAction.RECOVERY_SHARES_SPLIT]
    assert split_events == [{"threshold": 3, "count": 5, "replaced": False}]
    trail = json.dumps(events, ensure_ascii=False)
    assert not any(holder in trail for holder in HOLDERS)
    assert not any(sheet.words.split()[4] in trail for sheet in made.sheets)

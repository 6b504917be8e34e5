"""Hand-over to a new leader (issue 24, point 4): the role moves, the old account is retired,
the recovery code and shares are re-issued, and all of it is audited and put on paper."""

import json
import subprocess

import pytest

from db.repositories import audit as audit_repository
from desktop.core.access import accounts
from desktop.core.access.handover import HandOverRequest, hand_over_leadership
from desktop.core.access.recovery_shares import (
    recover_with_shares,
    sign_in_with_shares,
    split_recovery_shares,
)
from desktop.core.access.unlock import sign_in, sign_in_with_recovery_code
from desktop.core.audit import AuditAction, verify_audit_trail
from desktop.core.clock import today
from desktop.core.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    SharesReplaced,
    WrongPassword,
)
from desktop.core.mediation.volumes import open_volume
from desktop.core.text import format_date
from tests.conftest import ADMIN_FULL_NAME, ADMIN_PASSWORD

HOLDERS = ("Nguyễn Thị Lan", "Đặng Văn Đức", "Trần Thị Hòa")
NEW_HOLDERS = ("Đặng Văn Đức", "Trần Thị Hòa", "Lê Văn Tám")
DUC_PASSWORD = "mật khẩu của Đức"
HOA_PASSWORD = "mật khẩu của Hòa"


@pytest.fixture
def team(team_install):
    """Lan leads, Đức mediates, a log-book volume is open and shares were split."""
    paths, code = team_install
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    accounts.add_user(workspace, username="duc", role="mediator", full_name="Đặng Văn Đức",
                      password=DUC_PASSWORD)
    with workspace.unit_of_work() as uow:
        volume = open_volume(uow, opened_on=today())
    old_shares = split_recovery_shares(workspace, threshold=2, holders=HOLDERS)
    workspace.close()
    return paths, code, [sheet.words for sheet in old_shares.sheets], volume


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


def hand_over_to_hoa(paths, **changes):
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    request = HandOverRequest(new_username="hoa", new_account=True, new_full_name="Trần Thị Hòa",
                              new_password=HOA_PASSWORD, share_holders=NEW_HOLDERS)
    try:
        return hand_over_leadership(workspace, request=HandOverRequest(**(vars(request) | changes)))
    finally:
        workspace.close()


def test_hand_over_moves_the_role_and_retires_the_old_account(team):
    paths, old_code, old_shares, _volume = team
    result = hand_over_to_hoa(paths)
    with pytest.raises(WrongPassword):  # its key slot is gone, not only its flag
        sign_in(paths, "lan", ADMIN_PASSWORD)
    hoa = sign_in(paths, "hoa", HOA_PASSWORD)
    assert hoa.actor.role == "leader"
    with hoa.unit_of_work() as uow:
        users = {user.username: user for user in accounts.list_users(uow)}
        assert verify_audit_trail(uow).ok
        events = [(e.action, e.actor_username, json.loads(e.details), e.target_id)
                  for e in audit_repository.iterate_events(uow.session)]
    hoa.close()
    assert (users["lan"].active, users["lan"].role) == (False, "viewer")
    assert (users["hoa"].active, users["hoa"].role) == (True, "leader")
    handed = [e for e in events if e[0] == AuditAction.LEADER_HANDED_OVER]
    assert handed == [(AuditAction.LEADER_HANDED_OVER, "lan", {
        "from": users["lan"].id, "account_created": True, "shares_split": True}, users["hoa"].id)]
    assert [action for action, *_rest in events[-7:-2]] == [  # then the failed and the good sign-in
        AuditAction.USER_ADDED, AuditAction.USER_DISABLED, AuditAction.RECOVERY_CODE_REISSUED,
        AuditAction.RECOVERY_SHARES_SPLIT, AuditAction.LEADER_HANDED_OVER]
    assert result.record.share_holders == NEW_HOLDERS


def test_the_old_code_and_shares_stop_and_the_new_ones_open(team):
    paths, old_code, old_shares, _volume = team
    result = hand_over_to_hoa(paths)
    with pytest.raises(WrongPassword):
        sign_in_with_recovery_code(paths, old_code)
    with pytest.raises(SharesReplaced):
        sign_in_with_shares(paths, old_shares[:2])
    # nor through the spare copy read when the slot file is damaged
    slots = paths.keyslots_file.read_bytes()
    paths.keyslots_file.write_bytes(b"damaged")
    with pytest.raises(WrongPassword):
        sign_in_with_recovery_code(paths, old_code)
    with pytest.raises(WrongPassword):
        sign_in(paths, "lan", ADMIN_PASSWORD)
    paths.keyslots_file.write_bytes(slots)
    sign_in_with_recovery_code(paths, result.recovery_code).close()
    new_shares = [sheet.words for sheet in result.shares.sheets]
    recover_with_shares(paths, shares=new_shares[1:], username="hoa", new_password="mật khẩu mới 3")
    sign_in(paths, "hoa", "mật khẩu mới 3").close()


def test_an_existing_member_account_is_promoted_and_keeps_its_password(team):
    paths, *_rest = team
    result = hand_over_to_hoa(paths, new_username="duc", new_account=False)
    assert not result.record.account_created
    duc = sign_in(paths, "duc", DUC_PASSWORD)
    assert duc.actor.role == "leader"
    duc.close()


def test_shares_that_exist_need_their_new_holders_and_nothing_changes_if_refused(team):
    paths, old_code, old_shares, _volume = team
    with pytest.raises(InvalidInput, match="share holders"):
        hand_over_to_hoa(paths, share_holders=())
    with pytest.raises(InvalidInput, match="old leader"):
        hand_over_to_hoa(paths, new_username="LAN", new_account=False)
    with pytest.raises(InvalidInput, match="user name"):  # taken
        hand_over_to_hoa(paths, new_username="duc")
    with pytest.raises(InvalidInput, match="password"):
        hand_over_to_hoa(paths, new_password="short")
    with pytest.raises(NotFound):
        hand_over_to_hoa(paths, new_account=False)
    sign_in(paths, "lan", ADMIN_PASSWORD).close()
    sign_in_with_recovery_code(paths, old_code).close()
    sign_in_with_shares(paths, old_shares[1:]).close()


def test_only_the_leader_hands_over_and_after_recovery_names_the_old_leader(team):
    paths, old_code, *_rest = team
    duc = sign_in(paths, "duc", DUC_PASSWORD)
    with pytest.raises(PermissionDenied):
        hand_over_leadership(duc, request=HandOverRequest(new_username="duc"))
    duc.close()
    opened = sign_in_with_recovery_code(paths, old_code)
    with pytest.raises(InvalidInput, match="old leader"):
        hand_over_leadership(opened, request=HandOverRequest(
            new_username="duc", share_holders=NEW_HOLDERS))
    result = hand_over_leadership(opened, request=HandOverRequest(
        new_username="duc", old_username="lan", share_holders=NEW_HOLDERS))
    opened.close()
    assert (result.record.old_username, result.record.new_username) == ("lan", "duc")


def test_the_record_says_who_when_and_what_without_the_secrets(team):
    paths, *_rest, volume = team
    result = hand_over_to_hoa(paths)
    text = " ".join(pdf_text(result.record_pdf()).split())
    for expected in ("BIÊN BẢN BÀN GIAO", ADMIN_FULL_NAME, "Trần Thị Hòa", "tên đăng nhập: lan",
                     "Cần 2 trong 3 mảnh", "Lê Văn Tám", result.record.own_card_fingerprint,
                     f"Quyển số {volume.volume_no}, mở ngày {format_date(volume.opened_on)}",
                     format_date(result.record.handed_over_at.date())):
        assert expected in text, expected
    assert result.recovery_code not in text
    assert result.shares.sheets[0].words.split()[5] not in text.lower().split()


def test_one_leader_may_not_retire_another_and_take_the_new_code(team):
    paths, _code, _shares, _volume = team
    lan = sign_in(paths, "lan", ADMIN_PASSWORD)
    accounts.add_user(lan, username="binh", role="leader", full_name="Lê Văn Bình",
                      password="mật khẩu của Bình")
    lan.close()
    binh = sign_in(paths, "binh", "mật khẩu của Bình")
    with pytest.raises(InvalidInput, match="their own role"):
        hand_over_leadership(binh, request=HandOverRequest(
            new_username="binh", old_username="lan", share_holders=NEW_HOLDERS))
    binh.close()
    sign_in(paths, "lan", ADMIN_PASSWORD).close()  # still a leader, still opens

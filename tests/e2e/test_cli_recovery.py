"""`tuquan recovery split`, `tuquan recover --shares` and `tuquan handover` as a subprocess."""

import json
import shutil

import pytest

from tests.e2e.test_cli import tuquan

HOLDERS = ("--holder", "Nguyễn Thị Lan", "--holder", "Đặng Văn Đức", "--holder", "Trần Thị Hòa")


@pytest.fixture
def data_dir(installed, tmp_path):
    """A copy of the module's installation (made by `tuquan init`)."""
    copy = tmp_path / "data"
    shutil.copytree(installed[0], copy)
    return copy


def split(data_dir, *extra):
    made = tuquan(data_dir, "--user", "lan", "recovery", "split", "--k", "2", "--n", "3",
                  *HOLDERS, "--json", *extra)
    assert made.returncode == 0, made.stderr
    return [share["words"] for share in json.loads(made.stdout)["shares"]]


def test_split_then_two_shares_reset_a_password_and_one_does_not(data_dir, tmp_path):
    sheets = tmp_path / "manh.pdf"
    shares = split(data_dir, "--sheets", str(sheets))
    assert sheets.read_bytes().startswith(b"%PDF")
    status = tuquan(data_dir, "--user", "lan", "recovery", "status")
    assert status.returncode == 0 and "Any 2 of 3 shares" in status.stdout
    one = tuquan(data_dir, "recover", "--shares", "--reset-user", "lan",
                 TUQUAN_RECOVERY_SHARES=shares[0], TUQUAN_NEW_PASSWORD="kẻ lạ 12345")
    assert one.returncode == 1 and "2 recovery shares are needed; 1 were given" in one.stderr
    two = tuquan(data_dir, "recover", "--shares", "--reset-user", "lan",
                 TUQUAN_RECOVERY_SHARES="\n".join(shares[1:]), TUQUAN_NEW_PASSWORD="mật khẩu mới 9")
    assert two.returncode == 0, two.stderr
    assert tuquan(data_dir, "--user", "lan", "info", password="mật khẩu mới 9").returncode == 0


def test_a_resplit_retires_the_old_shares(data_dir):
    old = split(data_dir)
    split(data_dir)
    refused = tuquan(data_dir, "recover", "--shares", "--new-leader", "hoa",
                     TUQUAN_RECOVERY_SHARES="\n".join(old[:2]), TUQUAN_NEW_PASSWORD="mật khẩu Hòa")
    assert refused.returncode == 1 and "replaced by a newer split" in refused.stderr


def test_handover_to_a_new_account(data_dir, tmp_path):
    split(data_dir)
    record, sheets = tmp_path / "bien-ban.pdf", tmp_path / "manh.pdf"
    handed = tuquan(data_dir, "--user", "lan", "handover", "--to", "hoa", "--new-account",
                    "--full-name", "Trần Thị Hòa", "--holder", "Đặng Văn Đức", "--holder",
                    "Trần Thị Hòa", "--record", str(record), "--sheets", str(sheets), "--json",
                    TUQUAN_NEW_PASSWORD="mật khẩu của Hòa")
    assert handed.returncode == 0, handed.stderr
    result = json.loads(handed.stdout)
    assert (result["record"]["old_username"], result["record"]["new_username"]) == ("lan", "hoa")
    assert len(result["shares"]["shares"]) == 2
    assert record.read_bytes().startswith(b"%PDF") and sheets.read_bytes().startswith(b"%PDF")
    assert tuquan(data_dir, "--user", "lan", "info").returncode == 1
    assert tuquan(data_dir, "--user", "hoa", "info", password="mật khẩu của Hòa").returncode == 0
    recovered = tuquan(data_dir, "recover", "--reset-user", "hoa",
                       TUQUAN_RECOVERY_CODE=result["recovery_code"], TUQUAN_NEW_PASSWORD="sau đó 123")
    assert recovered.returncode == 0, recovered.stderr

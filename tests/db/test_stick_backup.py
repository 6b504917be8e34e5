"""Backups that leave the laptop (issue 24): one file that opens with a password or the recovery
code and says what it holds, verified before it takes its name, older copies kept up to a limit,
every damaged byte refused in one sentence, and a new laptop set up from it as the team was."""

import hashlib
import json
import os
import random
import re
from datetime import datetime
from pathlib import Path

import pytest

from db import clock
from desktop.core.access.unlock import sign_in
from desktop.core.atomic import TEMP_SUFFIX
from desktop.core.audit import verify_audit_trail
from desktop.core.backups import backup_file, copies, offsite
from desktop.core.backups.restore import restore_backup
from desktop.core.bundles import keys
from desktop.core.bundles.export import export_bundle, read_chain_end
from desktop.core.errors import (
    AlreadyInitialised,
    BackupFileDamaged,
    NotABackupFile,
    PermissionDenied,
    StickBackupFailed,
    WrongPassword,
)
from desktop.core.installation import stick_backup
from desktop.core.installation.from_backup import (
    WithPassword,
    WithRecoveryCode,
    initialise_from_backup,
    inspect_backup,
)
from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD, TEAM_NAME
from tests.db.test_export import RECIPIENT, desk_card

NAME = re.compile(r"^00004-to-hoa-giai-thon-dong-hoa-[0-9a-f]{6}-\d{8}-\d{4}\.tqbackup$")


@pytest.fixture
def signed_in(team_install):
    workspace = sign_in(team_install[0], "lan", ADMIN_PASSWORD)
    yield workspace
    workspace.close()


def add_case(workspace, name: str) -> str:
    with workspace.unit_of_work() as uow:
        return cases.create_case(uow, data=case_input_from_json({
            "received_date": "2026-10-02", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
            "parties": [{"full_name": name}]})).id


def case_ids(workspace) -> set[str]:
    with workspace.unit_of_work() as uow:
        return {row.id for row in cases.list_cases(uow)}


def test_the_file_opens_with_the_password_or_the_code_and_says_what_it_holds(
        signed_in, team_install, tmp_path):
    with clock.moved_to(datetime(2030, 1, 20, 9, 41), ticking=False):
        made = stick_backup.back_up_to_folder(signed_in, folder=tmp_path / "usb")
    assert NAME.match(made.file_name) and made.file_name.endswith("20300120-0941.tqbackup")
    assert Path(made.path).parent == tmp_path / "usb" and made.size_bytes > 0
    assert not [p for p in (tmp_path / "usb").iterdir() if p.name.endswith(TEMP_SUFFIX)]
    for opener in (WithPassword("lan", ADMIN_PASSWORD), WithRecoveryCode(team_install[1].lower())):
        summary = inspect_backup(Path(made.path), opener)
        assert (summary.name, summary.commune_code, summary.mode) == (TEAM_NAME, "00004", "team")
        assert summary.made_at == datetime(2030, 1, 20, 9, 41)
        assert summary.covers_from is not None and summary.covers_from <= summary.made_at
        assert summary.administrators == ("lan",)
    with pytest.raises(WrongPassword):
        inspect_backup(Path(made.path), WithPassword("lan", "not the password"))
    with pytest.raises(WrongPassword):
        inspect_backup(Path(made.path), WithRecoveryCode("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"))
    with signed_in.unit_of_work() as uow:
        last = offsite.last_offsite_backup(uow)
    assert last is not None and last.made_at == datetime(2030, 1, 20, 9, 41)


def test_a_new_laptop_restored_from_it_has_every_record(signed_in, team_install, tmp_path):
    with signed_in.unit_of_work() as uow:
        assert offsite.last_offsite_backup(uow) is None
    made_ids = {add_case(signed_in, "Võ Thị Sáu"), add_case(signed_in, "Lê Văn Tám")}
    made = stick_backup.back_up_to_folder(signed_in, folder=tmp_path / "usb")
    new = AppPaths(tmp_path / "new laptop")
    restored = initialise_from_backup(new, Path(made.path), WithRecoveryCode(team_install[1]),
                                      reset=("lan", "mật khẩu máy mới 2027"))
    assert restored.username == "lan" and restored.summary.name == TEAM_NAME
    workspace = sign_in(new, "lan", "mật khẩu máy mới 2027")
    try:
        assert case_ids(workspace) == made_ids
        with workspace.unit_of_work() as uow:
            assert verify_audit_trail(uow).ok
            assert offsite.last_offsite_backup(uow).made_at == restored.summary.made_at
    finally:
        workspace.close()
    assert (new.data_dir / "settings.json").exists()
    with pytest.raises(AlreadyInitialised):
        initialise_from_backup(new, Path(made.path), WithPassword("lan", ADMIN_PASSWORD))
    with pytest.raises(WrongPassword):  # nothing is made for a secret that does not open it
        initialise_from_backup(AppPaths(tmp_path / "x"), Path(made.path), WithPassword("lan", "?"))
    assert not (tmp_path / "x").exists()


def flipped(source: Path, target: Path, position: int) -> Path:
    data = bytearray(source.read_bytes())
    data[position] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def test_any_flipped_byte_is_refused_in_one_sentence(signed_in, tmp_path):
    made = Path(stick_backup.back_up_to_folder(signed_in, folder=tmp_path / "usb").path)
    envelope = backup_file.read_envelope(made)
    size = made.stat().st_size
    edges = [0, 4, 8, 11, 12 + len(envelope.slots) // 2, envelope.database_offset - 9,
             envelope.database_offset - 1, envelope.database_offset, size - 33, size - 1]
    positions = sorted({*range(0, 64), *edges, *range(64, size, max(size // 150, 1))})
    for position in positions:
        damaged = flipped(made, tmp_path / "damaged.tqbackup", position)
        with pytest.raises((BackupFileDamaged, NotABackupFile)) as refused:
            inspect_backup(damaged, WithPassword("lan", ADMIN_PASSWORD))
        message = refused.value.message
        assert "\n" not in message and ". " not in message, (position, message)  # one sentence
    cut = tmp_path / "cut.tqbackup"
    cut.write_bytes(made.read_bytes()[: size // 2])
    with pytest.raises(BackupFileDamaged):
        initialise_from_backup(AppPaths(tmp_path / "x"), cut, WithPassword("lan", ADMIN_PASSWORD))
    assert not (tmp_path / "x").exists()


def test_older_copies_are_kept_up_to_the_limit(signed_in, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "00004-to-khac-20260101-0800.tqbackup").write_bytes(b"another team's")
    # the same team's name, set up again (after a theft): another installation, kept
    (usb / "00004-to-hoa-giai-thon-dong-hoa-000000-20260101-0800.tqbackup").write_bytes(b"old")
    (usb / "ghi-chu.txt").write_text("not ours")
    names = []
    for day in range(1, 8):
        with clock.moved_to(datetime(2030, 11, day, 8, 0)):
            names.append(stick_backup.back_up_to_folder(signed_in, folder=usb, keep=3).file_name)
    prefix = names[0][: -len("20301101-0800.tqbackup")]  # this installation's files

    def ours() -> list[str]:
        return sorted(p.name for p in usb.iterdir() if p.name.startswith(prefix))

    assert ours() == names[-3:]
    assert (usb / "00004-to-khac-20260101-0800.tqbackup").exists() and (usb / "ghi-chu.txt").exists()
    assert (usb / "00004-to-hoa-giai-thon-dong-hoa-000000-20260101-0800.tqbackup").exists()
    with clock.moved_to(datetime(2030, 11, 8, 8, 0)):  # the setting, 5 by default
        stick_backup.back_up_to_folder(signed_in, folder=usb)
    assert len(ours()) == 4


def test_only_a_role_that_manages_backups_may_take_one_away(signed_in, tmp_path):
    from desktop.core.access import accounts

    accounts.add_user(signed_in, username="duc", role="mediator", full_name="Đặng Văn Đức",
                      password="mật khẩu của Đức 2026")
    mediator = sign_in(signed_in.paths, "duc", "mật khẩu của Đức 2026")
    try:
        with pytest.raises(PermissionDenied):
            stick_backup.back_up_to_folder(mediator, folder=tmp_path / "usb")
    finally:
        mediator.close()
    assert not (tmp_path / "usb").exists()


def test_a_chain_ahead_of_the_database_travels_in_the_file(signed_in, team_install, tmp_path):
    """A local backup older than the last export was restored, then the stick backup made: the
    new laptop still continues the chain the police unit has seen."""
    paths, usb = team_install[0], tmp_path / "bundles"
    with signed_in.unit_of_work() as uow:
        keys.enrol_card(uow, card=desk_card(None, RECIPIENT, "Công an phường Ba Đình"))
    with signed_in.unit_of_work() as uow:
        export_bundle(uow, month=Month(2026, 9), out_dir=usb, chain_file=paths.export_chain_file)
    old = copies.backup_id(copies.create_backup(signed_in.engine, paths, "manual"))
    with signed_in.unit_of_work() as uow:
        second = export_bundle(uow, month=Month(2026, 10), out_dir=usb,
                               chain_file=paths.export_chain_file)
    key = signed_in.database_key()
    signed_in.close()
    restore_backup(paths, key, backup_id=old)
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    try:
        made = stick_backup.back_up_to_folder(workspace, folder=tmp_path / "usb")
    finally:
        workspace.close()
    new = AppPaths(tmp_path / "new")
    restored = initialise_from_backup(new, Path(made.path), WithPassword("lan", ADMIN_PASSWORD))
    assert [(end.desk, end.seq) for end in restored.summary.chain_ends] == [("police", 2)]
    assert read_chain_end(new.export_chain_file) == read_chain_end(paths.export_chain_file)
    workspace = sign_in(new, "lan", ADMIN_PASSWORD)
    try:
        with workspace.unit_of_work() as uow:
            third = export_bundle(uow, month=Month(2026, 11), out_dir=usb,
                                  chain_file=new.export_chain_file)
    finally:
        workspace.close()
    assert third.seq == second.seq + 1 and third.warnings == ("restored_backup_behind_exports",)
    assert json.loads(new.export_chain_file.read_text())["seq"] == 3


def resealed(source: Path, target: Path, position: int) -> Path:
    """A byte changed and the checksum made again: an altered file, not a damaged one."""
    data = bytearray(source.read_bytes()[:-32])
    data[position] ^= 0x01
    target.write_bytes(bytes(data) + hashlib.sha256(bytes(data)).digest())
    return target


def test_an_altered_file_with_a_fresh_checksum_is_refused(signed_in, tmp_path):
    made = Path(stick_backup.back_up_to_folder(signed_in, folder=tmp_path / "usb").path)
    envelope = backup_file.read_envelope(made)
    opener = WithPassword("lan", ADMIN_PASSWORD)
    header_at = 12 + len(envelope.slots) + 12 + 4 + 5
    for position, problem in ((header_at, "header"), (envelope.database_offset + 5000, "database")):
        altered = resealed(made, tmp_path / f"{problem}.tqbackup", position)
        with pytest.raises(BackupFileDamaged, match=problem):
            inspect_backup(altered, opener)


def test_a_copy_that_reads_back_wrong_never_takes_a_backups_name(signed_in, tmp_path,
                                                                 monkeypatch):
    def stick_flips_a_bit(descriptor: int) -> None:
        os.pwrite(descriptor, b"\xff", 4096)

    monkeypatch.setattr(stick_backup, "_forget_cached", stick_flips_a_bit)
    with pytest.raises(StickBackupFailed, match="read back"):
        stick_backup.back_up_to_folder(signed_in, folder=tmp_path / "usb")
    assert list((tmp_path / "usb").iterdir()) == []
    with signed_in.unit_of_work() as uow:
        assert offsite.last_offsite_backup(uow) is None


def test_cut_or_foreign_files_are_refused_in_one_sentence(signed_in, tmp_path):
    made = Path(stick_backup.back_up_to_folder(signed_in, folder=tmp_path / "usb").path).read_bytes()
    rng = random.Random(24)
    samples = [made[:cut] for cut in (*range(0, 80), *rng.sample(range(80, len(made)), 40))]
    samples += [backup_file.MAGIC + rng.randbytes(size) for size in (0, 3, 4, 100, 5000)]
    samples += [b"SQLite format 3\x00" + rng.randbytes(4000), made + b"\x00"]
    for number, data in enumerate(samples):
        path = tmp_path / f"{number}.tqbackup"
        path.write_bytes(data)
        with pytest.raises((BackupFileDamaged, NotABackupFile)) as refused:
            inspect_backup(path, WithPassword("lan", ADMIN_PASSWORD))
        assert ". " not in refused.value.message, (number, refused.value.message)


def test_a_backup_whose_key_slots_ask_for_an_endless_derivation_is_refused(signed_in, tmp_path):
    """The checksum has no key, so anyone can remake it: the slots are bounded before a guess."""
    made = Path(stick_backup.back_up_to_folder(signed_in, folder=tmp_path / "usb").path)
    data = made.read_bytes()[:-32]
    slots_length = int.from_bytes(data[8:12], "big")
    document = json.loads(data[12:12 + slots_length])
    for slot in document["slots"]:
        slot["header"]["kdf"]["memory_kib"] = 2**31
    slots = json.dumps(document).encode()
    forged = data[:8] + len(slots).to_bytes(4, "big") + slots + data[12 + slots_length:]
    hostile = tmp_path / "hostile.tqbackup"
    hostile.write_bytes(forged + hashlib.sha256(forged).digest())
    with pytest.raises(BackupFileDamaged, match="key slots"):
        inspect_backup(hostile, WithPassword("lan", ADMIN_PASSWORD))

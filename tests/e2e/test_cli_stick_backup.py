"""The lost-laptop drill from the command line (issue 24): a team with cases, notes, closed months
and three bundles sent backs up to a stick; its data folder is gone; a new installation set up
from the file with the recovery code holds every record under the same ids, its audit trail
verifies, and its next bundle is the next one the police unit accepts in the chain."""

import shutil
from pathlib import Path

from sqlalchemy import select

from db.models import Base
from desktop.core.access.unlock import sign_in
from desktop.core.paths import AppPaths
from tests.e2e.test_cli import PASSWORD, tuquan
from tests.e2e.test_cli_bundles import ESCALATED, QUIET, TIP, exchange_cards, feed, run_json

NEW_PASSWORD = "mật khẩu máy mới 2027"
# Rows a sign-in or the restore itself writes: compared by id (and the trail as a prefix).
CHANGED_BY_SIGNING_IN = {"audit_event", "app_user", "change_counter"}


def every_row(data_dir, password=PASSWORD) -> dict[str, list[tuple]]:
    workspace = sign_in(AppPaths(data_dir), "lan", password)
    try:
        with workspace.engine.connect() as connection:
            return {table.name: [tuple(map(repr, row)) for row in connection.execute(
                select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables}
    finally:
        workspace.close()


def ids_of(rows: list[tuple]) -> set[str]:
    return {row[0] for row in rows}


def a_team_that_sent_three_bundles(installed, tmp_path):
    """Cases, a note, two closed months and three bundles the police unit imported."""
    team_dir, police_dir, usb = tmp_path / "team", tmp_path / "police", tmp_path / "usb"
    shutil.copytree(installed[0], team_dir)
    exchange_cards(team_dir, police_dir, tmp_path)
    sent = []
    for month, document in (("2026-03", ESCALATED), ("2026-04", QUIET)):
        feed(team_dir, "case", "add", document=document)
        sent += run_json(team_dir, "lan", "export", "--month", month, "--out", str(usb))
        run_json(team_dir, "lan", "month", "close", month)
    feed(team_dir, "note", "add", document=TIP)
    sent += run_json(team_dir, "lan", "export", "--month", "2026-05", "--out", str(usb))
    assert [bundle["seq"] for bundle in sent] == [1, 2, 3]
    statuses = run_json(police_dir, "an", "import", *(bundle["path"] for bundle in sent))
    assert [s["status"] for s in statuses] == ["imported"] * 3
    return team_dir, police_dir, usb


def test_a_new_laptop_from_the_stick_has_every_record_and_continues_the_chain(installed,
                                                                              tmp_path):
    team_dir, police_dir, usb = a_team_that_sent_three_bundles(installed, tmp_path)
    before = every_row(team_dir)  # what the backup holds, and the sign-in that makes it
    stick = tmp_path / "stick"
    made = run_json(team_dir, "lan", "backup", "create", "--to", str(stick))
    assert made["verified"] and made["path"].endswith(".tqbackup")
    shutil.rmtree(team_dir)  # the laptop is gone

    new_dir = tmp_path / "new laptop"
    restored = tuquan(new_dir, "--json", "init", "--from-backup", made["path"], "--recovery-code",
                      "--reset-user", "lan", TUQUAN_RECOVERY_CODE=installed[1],
                      TUQUAN_NEW_PASSWORD=NEW_PASSWORD)
    assert restored.returncode == 0, restored.stderr
    after = every_row(new_dir, NEW_PASSWORD)
    for table, rows in before.items():
        if table in CHANGED_BY_SIGNING_IN:
            assert ids_of(rows) <= ids_of(after[table]), table
        else:
            assert after[table] == rows, table
    assert after["audit_event"][: len(before["audit_event"])] == before["audit_event"]
    assert before["mediation_case"] and before["observation_note"] and before["month_closure"]
    assert tuquan(new_dir, "--user", "lan", "audit", "verify",
                  password=NEW_PASSWORD).returncode == 0

    fourth = run_json(new_dir, "lan", "export", "--month", "2026-06", "--out", str(usb),
                      TUQUAN_PASSWORD=NEW_PASSWORD)[0]
    assert fourth["seq"] == 4 and not fourth["warnings"]
    assert run_json(police_dir, "an", "import", fourth["path"])[0]["status"] == "imported"
    status = run_json(police_dir, "an", "status", "--month", "2026-06", "--months", "1")
    assert status["teams"][0]["last_contiguous_seq"] == 4


def test_init_from_backup_refuses_a_wrong_secret_and_a_damaged_file(installed, tmp_path):
    team_dir, stick = tmp_path / "team", tmp_path / "stick"
    shutil.copytree(installed[0], team_dir)
    made = run_json(team_dir, "lan", "backup", "create", "--to", str(stick))["path"]
    wrong = tuquan(tmp_path / "a", "--user", "lan", "init", "--from-backup", made,
                   password="not the password")
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
    assert not AppPaths(tmp_path / "a").is_initialised()
    assert not (tmp_path / "a" / "keyslots.json").exists()
    data = bytearray(Path(made).read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.tqbackup"
    damaged.write_bytes(bytes(data))
    refused = tuquan(tmp_path / "b", "--user", "lan", "init", "--from-backup", str(damaged))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "damaged or was altered" in refused.stderr
    assert not [p.name for p in (tmp_path / "b").glob("*") if p.name.startswith(("tuquan.db",
                                                                                  "keyslots"))]
    bare = tuquan(tmp_path / "c", "init")
    assert bare.returncode == 2 and "--from-backup" in bare.stderr


def test_the_leader_and_the_code_gone_two_share_holders_restore_the_team(installed, tmp_path):
    """The lost-laptop drill without the leader: the stick and any 2 of the 3 shares."""
    from tests.e2e.test_cli_recovery import split

    team_dir = tmp_path / "team"
    shutil.copytree(installed[0], team_dir)
    shares = split(team_dir)
    made = run_json(team_dir, "lan", "backup", "create", "--to", str(tmp_path / "stick"))["path"]
    shutil.rmtree(team_dir)
    one = tuquan(tmp_path / "a", "init", "--from-backup", made, "--shares", "--reset-user", "lan",
                 TUQUAN_RECOVERY_SHARES=shares[1], TUQUAN_NEW_PASSWORD=NEW_PASSWORD)
    assert one.returncode != 0 and not AppPaths(tmp_path / "a").is_initialised()
    new_dir = tmp_path / "new laptop"
    restored = tuquan(new_dir, "init", "--from-backup", made, "--shares", "--reset-user", "lan",
                      TUQUAN_RECOVERY_SHARES="\n".join((shares[2], shares[0])),
                      TUQUAN_NEW_PASSWORD=NEW_PASSWORD)
    assert restored.returncode == 0, restored.stderr
    sign_in(AppPaths(new_dir), "lan", NEW_PASSWORD).close()


def test_a_mistyped_name_to_reset_leaves_the_new_laptop_ready_to_try_again(installed, tmp_path):
    team_dir = tmp_path / "team"
    shutil.copytree(installed[0], team_dir)
    made = run_json(team_dir, "lan", "backup", "create", "--to", str(tmp_path / "stick"))["path"]
    new_dir = tmp_path / "new laptop"
    wrong = tuquan(new_dir, "init", "--from-backup", made, "--recovery-code", "--reset-user",
                   "lna", TUQUAN_RECOVERY_CODE=installed[1], TUQUAN_NEW_PASSWORD=NEW_PASSWORD)
    assert wrong.returncode == 1 and not AppPaths(new_dir).is_initialised()
    again = tuquan(new_dir, "init", "--from-backup", made, "--recovery-code", "--reset-user",
                   "lan", TUQUAN_RECOVERY_CODE=installed[1], TUQUAN_NEW_PASSWORD=NEW_PASSWORD)
    assert again.returncode == 0, again.stderr
    sign_in(AppPaths(new_dir), "lan", NEW_PASSWORD).close()

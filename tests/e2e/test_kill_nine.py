"""kill -9 at random moments during export, import, case save, backup (in the data folder and
to a stick) and password change (security checklist item 7; issue 7 crash safety): every file
is complete or absent, the database passes its integrity checks, no committed record is lost,
nobody is locked out."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.integrity import integrity_problems
from db.models import ExportLog, ReceivedBundle, ReceivedRecord
from desktop.core.access.unlock import sign_in
from desktop.core.atomic import TEMP_SUFFIX
from desktop.core.bundles.export import export_bundle
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD

TRIALS = 25
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


NEW_PASSWORD = "mật khẩu mới sau sự cố"


def start(data_dir: Path, user: str, *arguments) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": ADMIN_PASSWORD,
            "TUQUAN_NEW_PASSWORD": NEW_PASSWORD}
    return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                             "--user", user, "--json", *arguments], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)


def timed_run(data_dir: Path, user: str, *arguments) -> float:
    began = time.monotonic()
    done = start(data_dir, user, *arguments)
    stdout, stderr = done.communicate(timeout=120)
    assert done.returncode in (0, 1), stderr
    return time.monotonic() - began


def kill_moment(rng: random.Random, trial: int, span: float, beyond: float = 1.4) -> float:
    """A random moment in the trial's own slice of 0 … beyond × span: the trials cover the
    whole run, its last instants included, however short the work after start-up is; the
    slices past the timed span allow for a run slower than the timed one."""
    return span * beyond * (trial + rng.random()) / TRIALS


# A loaded machine can run a command slower than its timed run, so that every planned kill lands
# before its commit: then up to EXTRA_TRIALS more are killed later, from the timed span to six
# times it (a machine busy with other work was seen to need more than three), until the other
# outcome is seen too. The planned trials keep their spread.
EXTRA_TRIALS = 10


def late_moment(extra: int, span: float) -> float:
    return span * (1.0 + 5.0 * (extra + 1) / EXTRA_TRIALS)


def trial_moments(rng: random.Random, span: float, enough) -> Iterator[tuple[int, float]]:
    """(trial, kill moment): the planned trials, then late ones while `enough()` is false."""
    for trial in range(TRIALS):
        yield trial, kill_moment(rng, trial, span)
    for extra in range(EXTRA_TRIALS):
        if enough():
            return
        yield TRIALS + extra, late_moment(extra, span)


def killed_run(data_dir: Path, user: str, delay: float, *arguments) -> None:
    process = start(data_dir, user, *arguments)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def intact(workspace) -> None:
    """SQLite's integrity check and SQLCipher's check of every page's MAC."""
    with workspace.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert integrity_problems(workspace.paths.database_file, workspace.database_key()) == []


def test_kill_during_export_leaves_whole_files_and_a_whole_database(pair_with_data, tmp_path):
    rng = random.Random(20261127)
    out = tmp_path / "usb"
    template = pair_with_data / "team"
    shutil.copytree(template, tmp_path / "timing")
    span = timed_run(tmp_path / "timing", "an", "export", "--month", "2026-10",
                     "--out", str(tmp_path / "x"))
    outcomes: set = set()
    for trial, moment in trial_moments(rng, span, lambda: len(outcomes) >= 2):
        team_dir = tmp_path / f"team{trial}"
        shutil.copytree(template, team_dir)
        killed_run(team_dir, "an", moment, "export", "--month", "2026-10",
                   "--out", str(out / str(trial)))
        workspace = sign_in(AppPaths(team_dir), "an", ADMIN_PASSWORD)
        try:
            intact(workspace)
            with workspace.unit_of_work() as uow:
                outbox = {row.file_name: row.ciphertext
                          for row in uow.session.scalars(select(ExportLog))}
        finally:
            workspace.close()
        for path in (out / str(trial)).glob("*"):
            if path.name.endswith(TEMP_SUFFIX):
                continue  # an orphan: hidden, swept by the next write to this folder
            assert path.read_bytes() == outbox[path.name], f"trial {trial}: torn {path.name}"
        outcomes.add((len(outbox), len(list((out / str(trial)).glob("*.tqb")))))
        shutil.rmtree(team_dir)
    assert len(outcomes) >= 2, f"every kill landed at the same point: {outcomes}"


def test_kill_during_import_leaves_a_whole_chain(pair_with_data, tmp_path):
    rng = random.Random(27112026)
    team_dir = tmp_path / "team"
    shutil.copytree(pair_with_data / "team", team_dir)
    bundles = []
    workspace = sign_in(AppPaths(team_dir), "an", ADMIN_PASSWORD)
    for month in (Month(2026, 9), Month(2026, 10), Month(2026, 11)):
        with workspace.unit_of_work() as uow:
            bundles.append(export_bundle(uow, month=month, out_dir=tmp_path / "usb").path)
    workspace.close()
    expected = _records_per_prefix(pair_with_data / "police", tmp_path / "reference", bundles)
    span = timed_run(pair_with_data / "police", "an", "verify", bundles[0]) * len(bundles)
    outcomes: set = set()
    moments = ((trial, rng.uniform(0, span)) for trial in range(TRIALS))
    late = ((TRIALS + extra, late_moment(extra, span)) for extra in range(EXTRA_TRIALS))
    for trial, moment in (*moments, *late):
        if trial >= TRIALS and len(outcomes) >= 2:
            break
        police_dir = tmp_path / f"police{trial}"
        shutil.copytree(pair_with_data / "police", police_dir)
        killed_run(police_dir, "an", moment, "import", *bundles)
        unit = sign_in(AppPaths(police_dir), "an", ADMIN_PASSWORD)
        try:
            intact(unit)
            with unit.unit_of_work() as uow:
                held = sorted(b.seq for b in uow.session.scalars(select(ReceivedBundle)))
                records = len(uow.session.scalars(select(ReceivedRecord.id)).all())
        finally:
            unit.close()
        assert held == list(range(1, len(held) + 1)), f"trial {trial}: {held}"
        assert records == expected[len(held)], f"trial {trial}: half a bundle applied"
        outcomes.add(len(held))
        shutil.rmtree(police_dir)
    assert len(outcomes) >= 2, f"every kill landed at the same point: {outcomes}"


def _records_per_prefix(police_template: Path, scratch: Path, bundles: list[str]) -> dict:
    """How many records the unit holds after 0, 1, 2 … bundles, from an undisturbed run."""
    shutil.copytree(police_template, scratch)
    counts = {0: 0}
    for number, path in enumerate(bundles, start=1):
        timed_run(scratch, "an", "import", path)
        unit = sign_in(AppPaths(scratch), "an", ADMIN_PASSWORD)
        with unit.unit_of_work() as uow:
            counts[number] = len(uow.session.scalars(select(ReceivedRecord.id)).all())
        unit.close()
    return counts



def killed_trials(template: Path, tmp_path: Path, seed: int, *arguments, enough=lambda: True):
    """Yield (trial, data folder) after each of TRIALS runs killed at a random moment (and
    late ones while `enough()` is false)."""
    rng = random.Random(seed)
    shutil.copytree(template, tmp_path / "timing")
    span = timed_run(tmp_path / "timing", "an", *arguments)
    for trial, moment in trial_moments(rng, span, enough):
        data_dir = tmp_path / f"trial{trial}"
        shutil.copytree(template, data_dir)
        killed_run(data_dir, "an", moment, *arguments)
        yield trial, data_dir
        shutil.rmtree(data_dir)


def test_kill_during_case_save_keeps_the_case_whole_or_absent(pair_with_data, tmp_path):
    import json

    from desktop.core.mediation.cases import search_cases

    intake = tmp_path / "case.json"
    intake.write_text(json.dumps({"received_date": "2026-11-02", "basis": "PARTY_REQUEST",
                                  "scope_category": "CIVIL",
                                  "parties": [{"full_name": "Quách Thị Kiên Định"}]}), "utf-8")
    outcomes: set = set()
    for trial, data_dir in killed_trials(pair_with_data / "team", tmp_path, 11,
                                         "case", "add", "--json", str(intake),
                                         enough=lambda: len(outcomes) == 2):
        workspace = sign_in(AppPaths(data_dir), "an", ADMIN_PASSWORD)
        try:
            intact(workspace)
            with workspace.unit_of_work() as uow:
                found = search_cases(uow, text="Quách Thị Kiên Định")
        finally:
            workspace.close()
        assert len(found) in (0, 1), f"trial {trial}: {len(found)} copies"
        assert all(row.first_party == "Quách Thị Kiên Định" for row in found)
        outcomes.add(len(found))
    assert len(outcomes) == 2, f"every kill landed at the same point: {outcomes}"


def test_kill_during_backup_leaves_no_torn_backup(pair_with_data, tmp_path):
    for trial, data_dir in killed_trials(pair_with_data / "team", tmp_path, 12, "backup", "create"):
        workspace = sign_in(AppPaths(data_dir), "an", ADMIN_PASSWORD)
        try:
            intact(workspace)
            for backup in (data_dir / "backups").glob("tuquan-*.db"):
                assert integrity_problems(backup, workspace.database_key()) == [], \
                    f"trial {trial}: torn {backup.name}"
        finally:
            workspace.close()
        assert not list((data_dir / "backups").glob(f"*{TEMP_SUFFIX}")), "orphans not swept"


def test_kill_during_password_change_never_locks_out(pair_with_data, tmp_path):
    outcomes: set = set()
    for trial, data_dir in killed_trials(pair_with_data / "team", tmp_path, 13,
                                         "user", "passwd", "an", enough=lambda: len(outcomes) == 2):
        for password in (ADMIN_PASSWORD, NEW_PASSWORD):
            try:
                workspace = sign_in(AppPaths(data_dir), "an", password)
            except Exception:  # noqa: BLE001  the other password is the one that must work
                continue
            intact(workspace)
            workspace.close()
            outcomes.add(password)
            break
        else:
            pytest.fail(f"trial {trial}: neither the old nor the new password opens")
    assert len(outcomes) == 2, f"every kill landed at the same point: {outcomes}"


def test_kill_during_backup_to_a_stick_leaves_a_verified_file_or_none(pair_with_data, tmp_path):
    from desktop.core.installation.from_backup import WithPassword, initialise_from_backup

    rng = random.Random(24)
    template = pair_with_data / "team"
    shutil.copytree(template, tmp_path / "timing")
    span = timed_run(tmp_path / "timing", "an", "backup", "create", "--to",
                     str(tmp_path / "timing-stick"))
    outcomes: set = set()
    for trial, moment in trial_moments(rng, span, lambda: len(outcomes) >= 2):
        data_dir, stick = tmp_path / f"team{trial}", tmp_path / f"stick{trial}"
        shutil.copytree(template, data_dir)
        killed_run(data_dir, "an", moment, "backup", "create", "--to", str(stick))
        written = sorted(stick.glob("*.tqbackup")) if stick.is_dir() else []
        assert len(written) <= 1, f"trial {trial}: {written}"
        for path in written:  # the whole check: checksum, header, database, every page
            restored = AppPaths(tmp_path / f"restored{trial}")
            initialise_from_backup(restored, path, WithPassword("an", ADMIN_PASSWORD))
            shutil.rmtree(restored.data_dir)
        workspace = sign_in(AppPaths(data_dir), "an", ADMIN_PASSWORD)
        try:
            intact(workspace)
        finally:
            workspace.close()
        outcomes.add(len(written))
        shutil.rmtree(data_dir)
    assert len(outcomes) >= 2, f"every kill landed at the same point: {outcomes}"

"""kill -9 during export and during import, at random moments (security checklist item 7):
every bundle file is complete or absent, the database passes its integrity check, and what it
records agrees with what is on disk."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.integrity import integrity_problems
from db.models import ExportLog, ReceivedBundle, ReceivedRecord
from desktop.core.atomic import TEMP_SUFFIX
from desktop.core.bundles import keys
from desktop.core.bundles.export import export_bundle
from desktop.core.demo import generate_demo
from desktop.core.paths import AppPaths
from desktop.core.reporting.periods import Month
from desktop.core.setup import SetupRequest, initialise
from desktop.core.unlock import sign_in
from tests.conftest import ADMIN_PASSWORD

TRIALS = 25
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def start(data_dir: Path, user: str, *arguments) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": ADMIN_PASSWORD}
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


def killed_run(data_dir: Path, user: str, delay: float, *arguments) -> None:
    process = start(data_dir, user, *arguments)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def _enrol(a, b) -> None:
    with a.unit_of_work() as uow:
        card = keys.own_card(uow)
    with b.unit_of_work() as uow:
        keys.enrol_card(uow, card=card)


@pytest.fixture(scope="module")
def pair_with_data(tmp_path_factory):
    """A team with 1,500 demonstration cases and its police unit, cards exchanged, no export yet."""
    root = tmp_path_factory.mktemp("kill")
    for directory, mode, name in ((root / "team", "team", "Tổ hòa giải Đông Hòa"),
                                  (root / "police", "receiver", "Công an phường")):
        initialise(AppPaths(directory), SetupRequest(
            mode=mode, name=name, commune_code="00004", admin_username="an",
            admin_password=ADMIN_PASSWORD, hamlets=("Thôn Đông",) if mode == "team" else ()))
    team = sign_in(AppPaths(root / "team"), "an", ADMIN_PASSWORD)
    police = sign_in(AppPaths(root / "police"), "an", ADMIN_PASSWORD)
    _enrol(team, police)
    _enrol(police, team)
    with team.unit_of_work() as uow:
        generate_demo(uow, cases=1500, seed=7)
    team.close()
    police.close()
    return root


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
    outcomes = set()
    for trial in range(TRIALS):
        team_dir = tmp_path / f"team{trial}"
        shutil.copytree(template, team_dir)
        killed_run(team_dir, "an", rng.uniform(0, span * 1.1), "export", "--month", "2026-10",
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
    outcomes = set()
    for trial in range(TRIALS):
        police_dir = tmp_path / f"police{trial}"
        shutil.copytree(pair_with_data / "police", police_dir)
        killed_run(police_dir, "an", rng.uniform(0, span), "import", *bundles)
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


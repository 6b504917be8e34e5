"""A bundle signed with an enrolled team's own key, in hostile hands: it never touches another
team's records, never stops the police unit, and is rejected in one sentence.

The corpus is in tests/fixtures/hostile_bundles (made by make_corpus.py beside it)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import InstallationKey, ReceivedBundle, ReceivedRecord
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys
from desktop.core.bundles.completeness import MAX_SEQ_AHEAD, completeness
from desktop.core.bundles.importing import import_bundle, import_files
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.monthly_report.consolidated import consolidated_values
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.bundle_forge import case, summary
from tests.conftest import ADMIN_PASSWORD
from tests.fixtures.hostile_bundles.make_corpus import B_CASES, TEAM_A, TEAM_B, forgers

CORPUS = Path(__file__).parents[1] / "fixtures" / "hostile_bundles"
KEYS = json.loads((CORPUS / "keys.json").read_text("utf-8"))
EXPECTED = json.loads((CORPUS / "expected.json").read_text("utf-8"))
OCTOBER = Month(2026, 10)


def police_unit(data_dir: Path):
    """A police unit holding the corpus's identity, teams A and B enrolled, B's bundle in."""
    initialise(AppPaths(data_dir), SetupRequest(mode="receiver", name="Công an phường",
                                                commune_code="00004", admin_username="an",
                                                admin_password=ADMIN_PASSWORD))
    unit = sign_in(AppPaths(data_dir), "an", ADMIN_PASSWORD)
    with unit.unit_of_work() as uow:
        identity = uow.session.get(InstallationKey, keys.AGE_IDENTITY)
        identity.private_material, identity.public_material = KEYS["identity"], KEYS["recipient"]
        uow.commit()
    for forger in forgers(KEYS):
        with unit.unit_of_work() as uow:
            keys.enrol_card(uow, card=forger.card())
    (result,) = import_files(unit, paths=[CORPUS / "00-team-b.tqb"])
    assert result.status == "imported", result.reason
    return unit


@pytest.fixture
def unit(tmp_path):
    workspace = police_unit(tmp_path / "police")
    yield workspace
    workspace.close()


def team_b_state(unit) -> tuple:
    """Every row team B sent, column by column, its bundles, and its share of the report."""
    with unit.unit_of_work() as uow:
        session = uow.session
        rows = [tuple(getattr(row, column.key) for column in ReceivedRecord.__table__.columns)
                for row in session.scalars(select(ReceivedRecord).where(
                    ReceivedRecord.team_id == TEAM_B).order_by(ReceivedRecord.id))]
        bundles = [(b.seq, b.inner_sha256, b.status) for b in session.scalars(
            select(ReceivedBundle).where(ReceivedBundle.team_id == TEAM_B))]
        owners = {row.id: row.team_id for row in session.scalars(select(ReceivedRecord).where(
            ReceivedRecord.id.in_([*B_CASES, f"{TEAM_B}:2026-10", TEAM_B])))}
        _, coverage = consolidated_values(session, OCTOBER, OCTOBER)
    return rows, bundles, owners, [c for c in coverage if c["team"] == "Tổ B"]


def test_every_hostile_bundle_is_rejected_in_one_sentence_and_the_rest_still_imports(unit):
    before = team_b_state(unit)
    files = sorted(CORPUS.glob("[0-9][0-9]-*.tqb"))[1:]  # all but team B's own
    results = {Path(r.file).name: r for r in import_files(unit, paths=files)}
    for name, reason in EXPECTED.items():
        assert results[name].status == "rejected", name
        assert reason in results[name].reason and "\n" not in results[name].reason, \
            (name, results[name].reason)
    assert results["99-team-a-honest.tqb"].status == "imported"
    after = team_b_state(unit)
    assert after == before  # B's rows, bundles, ids and months, as B sent them


def test_the_unit_still_reports_and_answers_after_a_number_of_2_62(unit):
    """A bundle numbered 2^62 held by an older version must not cost its size anywhere."""
    with unit.unit_of_work() as uow:
        uow.session.add(ReceivedBundle(team_id=TEAM_B, seq=2**62, inner_sha256="0" * 64,
                                       period="2026-10", status="gap", prev_sha256="1" * 64))
        uow.commit()
    with unit.unit_of_work() as uow:
        grid = completeness(uow, last=OCTOBER, months=2)
    (b_row,) = [row for row in grid.teams if row.id == TEAM_B]
    assert b_row.last_contiguous_seq == 1 and len(b_row.missing_seqs) == MAX_SEQ_AHEAD - 1
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(unit.paths.data_dir),
                           "--user", "an", "--json", "status"], capture_output=True, text=True,
                          env={"TUQUAN_PASSWORD": ADMIN_PASSWORD, "TUQUAN_KDF_TARGET_SECONDS": "0",
                               "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["teams"]


def test_a_huge_file_and_a_newline_bomb_are_refused_in_little_memory(unit, tmp_path):
    huge = tmp_path / "huge.tqb"
    with huge.open("wb") as stream:  # 2 GB of nothing, sparse: it costs no disk
        stream.truncate(2 * 1024**3)
    command = [sys.executable, "-m", "desktop", "--data-dir", str(unit.paths.data_dir), "--user",
               "an", "--json", "import", str(huge), str(CORPUS / "08-newline-bomb.tqb"),
               str(CORPUS / "99-team-a-honest.tqb")]
    measure = ("import json, resource, subprocess, sys\n"
               "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "print(json.dumps({'out': done.stdout, 'err': done.stderr, 'status': done.returncode,"
               " 'peak_kib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n")
    done = subprocess.run([sys.executable, "-c", measure, *command], capture_output=True,
                          text=True, timeout=300,
                          env={"TUQUAN_PASSWORD": ADMIN_PASSWORD, "TUQUAN_KDF_TARGET_SECONDS": "0",
                               "PATH": "/usr/bin:/bin"})
    report = json.loads(done.stdout)
    statuses = [r["status"] for r in json.loads(report["out"])]
    assert statuses == ["rejected", "rejected", "imported"], report["err"]
    assert report["peak_kib"] < 200 * 1024, f"{report['peak_kib'] // 1024} MiB"


record_ids = st.sampled_from([*B_CASES, f"{TEAM_B}:2026-10", TEAM_B, f"{TEAM_A}:2026-10",
                              TEAM_A, "a-case-1", "a-case-2"])
hostile_records = st.one_of(
    st.builds(lambda i, n, v, t: case(t, i, n, version=v), record_ids, st.integers(1, 9999),
              st.integers(1, 2**53), st.sampled_from([TEAM_A, TEAM_B])),
    st.builds(lambda i, v: {"type": "tombstone", "id": i, "version": v,
                            "updated_at": "2026-10-06T09:00:00",
                            "body": {"table": "mediation_case"}}, record_ids, st.integers(1, 2**53)),
    st.builds(lambda t, v: summary(t, received=7, version=v), st.sampled_from([TEAM_A, TEAM_B]),
              st.integers(1, 2**53)),
    st.builds(lambda i, v: {"type": "team", "id": i, "version": v,
                            "updated_at": "2026-10-06T09:00:00", "body": {"name": "Đổi tên"}},
              record_ids, st.integers(1, 2**53)))


@pytest.fixture(scope="module")
def shared_unit(tmp_path_factory):
    workspace = police_unit(tmp_path_factory.mktemp("property") / "police")
    yield workspace, forgers(KEYS)[0]
    workspace.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(hostile_records, min_size=1, max_size=6), min_size=1, max_size=4))
def test_no_sequence_of_team_a_bundles_changes_team_b(shared_unit, bundles):
    unit, team_a = shared_unit
    before = team_b_state(unit)
    for records in bundles:
        with unit.unit_of_work() as uow:
            result = import_bundle(uow, data=team_a.seal(records), file_name="a.tqb")
        if result.status in ("imported", "gap"):
            team_a.accepted()
    assert team_b_state(unit) == before

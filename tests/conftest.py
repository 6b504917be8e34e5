"""Shared fixtures: raw test keys, migrated SQLCipher files, and initialised installations."""

import contextlib
import os
import shutil
from pathlib import Path

import pytest

# The floor Argon2id parameters are still used; only the calibration search is skipped.
os.environ.setdefault("TUQUAN_KDF_TARGET_SECONDS", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db import migrate  # noqa: E402
from db.engine import open_engine  # noqa: E402
from db.unit_of_work import UnitOfWork, make_session_factory  # noqa: E402
from desktop.core.installation.create import SetupRequest, initialise  # noqa: E402
from desktop.core.paths import AppPaths  # noqa: E402

# The long stories: subprocess runs of the `tuquan` command (the kill -9 harness among them),
# the fuzzer, and anything built on 100,000 cases. `make test` runs them; `-m "not slow"` skips.
SLOW_FOLDERS = frozenset({"e2e", "fuzz"})
SLOW_FIXTURES = frozenset({"big_database"})


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.parent.name in SLOW_FOLDERS or SLOW_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.slow)


TEST_KEY = bytes.fromhex("5a17c0ffee" * 6 + "0123")
TEAM_NAME = "Tổ hòa giải thôn Đông Hòa"
ADMIN_FULL_NAME = "Nguyễn Thị Lan"
ADMIN_PASSWORD = "mật khẩu đúng 2026"
COMMUNE_CODE = "00004"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One empty database migrated to head per run: copying it costs a fraction of migrating."""
    path = tmp_path_factory.mktemp("migrated") / "template.db"
    engine = open_engine(path, TEST_KEY)
    migrate.upgrade_to_head(engine)
    engine.dispose()  # the last connection to close folds the WAL back into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def engine(migrated_template, tmp_path):
    """A migrated, empty SQLCipher database keyed with the raw test key (a copy of the template)."""
    target = tmp_path / "test.db"
    shutil.copyfile(migrated_template, target)
    engine = open_engine(target, TEST_KEY)
    yield engine
    engine.dispose()


@pytest.fixture
def uow_factory(engine):
    factory = make_session_factory(engine)
    return lambda actor=None: UnitOfWork(factory, actor)


@pytest.fixture(scope="session")
def team_template(tmp_path_factory) -> tuple[Path, str]:
    """One team installation made once per run; tests get a copy (set-up costs a KDF run)."""
    data_dir = tmp_path_factory.mktemp("template") / "team"
    result = initialise(AppPaths(data_dir), SetupRequest(
        mode="team", name=TEAM_NAME, commune_code=COMMUNE_CODE, admin_username="lan",
        admin_password=ADMIN_PASSWORD, admin_full_name=ADMIN_FULL_NAME,
        hamlets=("Thôn Đông Hòa", "Tổ dân phố số 5")))
    return data_dir, result.recovery_code


@pytest.fixture
def team_install(team_template, tmp_path) -> tuple[AppPaths, str]:
    """A fresh copy of the team installation and its recovery code."""
    source, recovery_code = team_template
    target = tmp_path / "data"
    shutil.copytree(source, target)
    return AppPaths(target), recovery_code


@pytest.fixture
def team_db(engine):
    """A migrated team database with a leader and a mediator account, no key slots (fast)."""
    from db.models import AppUser, Installation, Team
    from desktop.core.types import Actor

    factory = make_session_factory(engine)
    with UnitOfWork(factory) as uow:
        team = Team(name=TEAM_NAME, commune_code=COMMUNE_CODE, commune_name="Phường Ba Đình",
                    province_code="01", province_name="Hà Nội", admin_dataset_version="test")
        uow.session.add(team)
        uow.session.flush()
        leader = AppUser(username="lan", full_name=ADMIN_FULL_NAME, role="leader",
                         key_slot_id="slot-lan", active=True, team_id=team.id)
        mediator = AppUser(username="duc", full_name="Đặng Văn Đức", role="mediator",
                           key_slot_id="slot-duc", active=True, team_id=team.id)
        others = [AppUser(username=name, full_name=name, role=role, key_slot_id=f"slot-{name}",
                          active=True, team_id=team.id)
                  for name, role in (("hung", "security"), ("mai", "viewer"), ("tam", "mediator"))]
        uow.session.add_all([leader, mediator, *others, Installation(
            installation_id="test", mode="team", own_team_id=team.id, commune_code=COMMUNE_CODE,
            commune_name="Phường Ba Đình", province_code="01", province_name="Hà Nội",
            admin_dataset_version="test")])
        uow.commit()
        actors = {"leader": Actor(leader.id, "lan", "leader"),
                  "mediator": Actor(mediator.id, "duc", "mediator"),
                  **{user.role if user.role != "mediator" else "other_mediator":
                     Actor(user.id, user.username, user.role) for user in others}}

    class TeamDb:
        engine = None

        def uow(self, who: str = "leader") -> UnitOfWork:  # leader, mediator, other_mediator,
        # security or viewer
            return UnitOfWork(factory, actors[who])

    database = TeamDb()
    database.engine = engine
    database.actors = actors
    return database


@pytest.fixture
def receiver_db(engine):
    """A migrated police unit's database with an admin and an officer account, no key slots."""
    from db.models import AppUser, Installation
    from desktop.core.types import Actor

    factory = make_session_factory(engine)
    with UnitOfWork(factory) as uow:
        admin = AppUser(username="an", full_name="Trần Văn An", role="admin", key_slot_id="slot-an",
                        active=True)
        officer = AppUser(username="binh", full_name="Lê Văn Bình", role="officer",
                          key_slot_id="slot-binh", active=True)
        uow.session.add_all([admin, officer, Installation(
            installation_id="test-unit", mode="receiver", receiver_kind="police",
            unit_name="Công an phường Ba Đình", commune_code=COMMUNE_CODE,
            commune_name="Phường Ba Đình", province_code="01", province_name="Hà Nội",
            admin_dataset_version="test")])
        uow.commit()
        actors = {"admin": Actor(admin.id, "an", "admin"),
                  "officer": Actor(officer.id, "binh", "officer")}

    class ReceiverDb:
        def uow(self, who: str = "admin") -> UnitOfWork:  # admin or officer
            return UnitOfWork(factory, actors[who])

    database = ReceiverDb()
    database.engine = engine
    database.actors = actors
    return database


_HOLD_SCRIPT = """import sys, pathlib
from desktop.core.data_folder import folder_lock
from desktop.core.errors import AppError
from desktop.core.paths import AppPaths
try:
    folder_lock.acquire(AppPaths(pathlib.Path(sys.argv[1])), sys.argv[2])
except AppError as error:
    print(type(error).__name__, flush=True)
    sys.exit(1)
print("held", flush=True)
sys.stdin.read()
"""


def _holding_process(data_dir: Path, holder: str):
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-c", _HOLD_SCRIPT, str(data_dir), holder],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).parents[1])


def refusal_in_another_process(data_dir: Path, holder: str) -> str:
    """What another process trying to take the folder hears: "held", or the refusal's name."""
    process = _holding_process(data_dir, holder)
    answer = process.stdout.readline().strip()
    process.stdin.close()
    process.wait(timeout=30)
    return answer


@contextlib.contextmanager
def held_by_another_process(data_dir: Path, holder: str):
    """The data folder's lock held by another process (as a window or a command would)."""
    process = _holding_process(data_dir, holder)
    try:
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        process.stdin.close()
        process.wait(timeout=30)

"""Key lifecycle (security checklist item 13): rotating the database key with exclusive access,
finishing a rotation cut short, and who can still sign in afterwards."""

import pytest
from sqlalchemy import func, select

from db.engine import connect_raw
from db.errors import WrongDatabaseKey
from db.integrity import integrity_problems
from db.models import MediationCase
from desktop.core.access import accounts, key_rotation
from desktop.core.access.key_rotation import rotate_database_key
from desktop.core.access.unlock import sign_in, sign_in_with_recovery_code
from desktop.core.audit import verify_audit_trail
from desktop.core.backups import copies
from desktop.core.errors import RotationRefused, WrongPassword
from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from tests.conftest import ADMIN_PASSWORD

CASE = {"received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
        "parties": [{"full_name": "Lê Văn Tám"}]}
DUC_PASSWORD = "mật khẩu của Đức"


@pytest.fixture
def installed(team_install):
    paths, recovery_code = team_install
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    accounts.add_user(workspace, username="duc", role="mediator", full_name="Đặng Văn Đức",
                      password=DUC_PASSWORD)
    with workspace.unit_of_work() as uow:
        cases.create_case(uow, data=case_input_from_json(CASE))
    old_key = workspace.database_key()
    workspace.close()
    return paths, recovery_code, old_key


def case_count(workspace) -> int:
    with workspace.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(MediationCase))


def test_rotation_makes_the_old_key_and_code_useless(installed):
    paths, old_code, old_key = installed
    result, workspace = rotate_database_key(sign_in(paths, "lan", ADMIN_PASSWORD),
                                            password=ADMIN_PASSWORD)
    new_key = workspace.database_key()
    assert case_count(workspace) == 1 and result.accounts_needing_a_password == ("duc",)
    with workspace.unit_of_work() as uow:
        assert verify_audit_trail(uow).first_broken_seq is None
    workspace.close()
    with pytest.raises(WrongDatabaseKey):
        connect_raw(paths.database_file, old_key)
    assert integrity_problems(paths.database_file, new_key) == []
    assert [b.reason for b in copies.list_backups(paths)] == ["after-key-rotation"]
    with pytest.raises(WrongPassword):
        sign_in(paths, "duc", DUC_PASSWORD)
    with pytest.raises(WrongPassword):
        sign_in_with_recovery_code(paths, old_code)
    admin = sign_in_with_recovery_code(paths, result.recovery_code)
    accounts.change_password(admin, username="duc", new_password="mật khẩu mới của Đức")
    admin.close()
    duc = sign_in(paths, "duc", "mật khẩu mới của Đức")
    assert case_count(duc) == 1
    duc.close()


def test_rotation_is_refused_while_another_window_has_the_data_open(installed):
    paths, _code, old_key = installed
    other_window = sign_in(paths, "duc", DUC_PASSWORD)
    try:
        with pytest.raises(RotationRefused, match="another TuQuan window"):
            rotate_database_key(sign_in(paths, "lan", ADMIN_PASSWORD), password=ADMIN_PASSWORD)
        assert case_count(other_window) == 1
    finally:
        other_window.close()
    assert not key_rotation.staged_slots_file(paths).exists()
    connect_raw(paths.database_file, old_key).close()  # untouched
    sign_in(paths, "lan", ADMIN_PASSWORD).close()


def test_a_wrong_password_rotates_nothing(installed):
    paths, _code, old_key = installed
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    with pytest.raises(WrongPassword):
        rotate_database_key(workspace, password="không phải mật khẩu")
    workspace.close()
    connect_raw(paths.database_file, old_key).close()


def test_a_rotation_cut_short_is_finished_at_the_next_sign_in(installed, monkeypatch):
    paths, _code, _old_key = installed

    def power_cut(_paths):
        raise RuntimeError("power cut")

    monkeypatch.setattr(key_rotation, "promote_staged_slots", power_cut)
    with pytest.raises(RuntimeError):
        rotate_database_key(sign_in(paths, "lan", ADMIN_PASSWORD), password=ADMIN_PASSWORD)
    monkeypatch.undo()
    assert key_rotation.staged_slots_file(paths).exists()  # database rekeyed, slots not yet
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    assert case_count(workspace) == 1
    workspace.close()
    assert not key_rotation.staged_slots_file(paths).exists()
    sign_in(paths, "lan", ADMIN_PASSWORD).close()


def test_a_police_unit_reopened_after_rotation_keeps_its_larger_page_cache(tmp_path):
    from desktop.core.installation.create import SetupRequest, initialise
    from desktop.core.paths import AppPaths

    def pages_kept(workspace) -> int:
        with workspace.unit_of_work() as uow:
            return -uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()

    paths = AppPaths(tmp_path / "police")
    initialise(paths, SetupRequest(mode="receiver", name="Công an phường Ba Đình",
                                   commune_code="00004", admin_username="an",
                                   admin_password=ADMIN_PASSWORD))
    signed_in = sign_in(paths, "an", ADMIN_PASSWORD)
    assert pages_kept(signed_in) == 64 * 1024
    _result, reopened = rotate_database_key(signed_in, password=ADMIN_PASSWORD)
    try:
        assert pages_kept(reopened) == 64 * 1024  # as after signing in, not a team's 16 MiB
    finally:
        reopened.close()

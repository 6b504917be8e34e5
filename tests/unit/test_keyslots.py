"""Key slots: wrapping the database key per password, tamper detection and the KDF floor."""

import json
import os

import pytest

from desktop.core.access import kdf, key_slots
from desktop.core.access.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, calibrate
from desktop.core.access.recovery import generate_recovery_code, normalise_recovery_code

DATABASE_KEY = os.urandom(32)


def _file_with_slot(password="mật khẩu 123", username="lan"):
    slots = key_slots.KeySlotFile("installation-1", os.urandom(16))
    header = slots.make_header("slot-1", key_slots.KIND_PASSWORD, calibrate(0), username)
    slots.put(key_slots.seal_slot(DATABASE_KEY, password, header))
    return slots


def test_calibration_never_goes_below_the_floor():
    params = calibrate(0)
    assert params.memory_kib >= FLOOR_MEMORY_KIB and params.iterations >= FLOOR_ITERATIONS
    with pytest.raises(ValueError):
        KdfParams(os.urandom(16), FLOOR_MEMORY_KIB // 2, FLOOR_ITERATIONS)
    with pytest.raises(ValueError):
        KdfParams(os.urandom(16), FLOOR_MEMORY_KIB, FLOOR_ITERATIONS - 1)


def test_calibration_reaches_the_target_time(monkeypatch):
    """Against a machine whose floor derivation takes 0.1 s (a model, not the clock: a timed
    test failed whenever the other tests loaded the machine): memory first, then iterations."""
    def model(memory_kib, iterations):
        return 0.1 * memory_kib / FLOOR_MEMORY_KIB * iterations / FLOOR_ITERATIONS

    monkeypatch.setattr(kdf, "_seconds_for", model)
    assert (calibrate(0.15).memory_kib, calibrate(0.15).iterations) == (2 * FLOOR_MEMORY_KIB, 3)
    params = calibrate(0.5)
    assert (params.memory_kib, params.iterations) == (kdf.MAX_MEMORY_KIB, 4)
    assert model(params.memory_kib, params.iterations) >= 0.5


def test_right_password_opens_and_wrong_one_does_not():
    slots = _file_with_slot()
    key, slot = key_slots.unlock(slots, key_slots.KIND_PASSWORD, "mật khẩu 123", "lan")
    assert key == DATABASE_KEY and slot.slot_id == "slot-1"
    with pytest.raises(key_slots.WrongSecret):
        key_slots.unlock(slots, key_slots.KIND_PASSWORD, "mat khau 123", "lan")
    with pytest.raises(key_slots.WrongSecret):
        key_slots.unlock(slots, key_slots.KIND_PASSWORD, "mật khẩu 123", "someone-else")


def test_editing_a_slot_header_breaks_it(tmp_path):
    path = tmp_path / "keyslots.json"
    key_slots.save(path, _file_with_slot())
    document = json.loads(path.read_text())
    document["slots"][0]["header"]["slot_id"] = "slot-2"
    path.write_text(json.dumps(document))
    with pytest.raises(key_slots.WrongSecret):
        key_slots.unlock(key_slots.load(path), key_slots.KIND_PASSWORD, "mật khẩu 123", "lan")


def test_file_holds_no_login_name_and_its_spare_copy_is_never_the_old_one(tmp_path):
    path = tmp_path / "keyslots.json"
    key_slots.save(path, _file_with_slot(username="lan.nguyen"))
    assert b"lan.nguyen" not in path.read_bytes()
    first = path.read_bytes()
    key_slots.save(path, _file_with_slot(username="lan.nguyen"))
    # the old slots would still open with a secret just revoked: the spare is the new file
    assert path.with_suffix(".json.bak").read_bytes() == path.read_bytes() != first
    if os.name == "posix":  # Windows keeps access lists, not permission bits
        assert oct(path.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("garbage", [b"", b"{}", b"not json", b'{"format": "other"}', b"[1,2]"])
def test_garbage_files_are_rejected_cleanly(tmp_path, garbage):
    path = tmp_path / "keyslots.json"
    path.write_bytes(garbage)
    with pytest.raises(key_slots.KeySlotFileInvalid):
        key_slots.load(path)


def test_recovery_codes_are_forgiving_to_type():
    code = generate_recovery_code()
    assert len(code) == 35 and code.count("-") == 5
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code


@pytest.mark.parametrize("kdf_change", [{"memory_kib": 2**31}, {"iterations": 10**9},
                                        {"lanes": 0}, {"lanes": 1000}])
def test_a_slot_asking_for_an_unbounded_derivation_is_refused_before_any_is_tried(kdf_change):
    """A key slot file from outside (a backup on a stick) could ask for terabytes or a year."""
    document = json.loads(_file_with_slot().to_bytes())
    document["slots"][0]["header"]["kdf"] |= kdf_change
    with pytest.raises(key_slots.KeySlotFileInvalid):
        key_slots.parse(json.dumps(document).encode())


def test_a_file_with_many_recovery_slots_is_refused():
    """Every recovery slot is tried on each attempt: thousands would make one last hours."""
    slots = _file_with_slot()
    for number in range(key_slots.MAX_SLOTS_TRIED_TOGETHER + 1):
        header = slots.make_header(f"recovery-{number}", key_slots.KIND_RECOVERY, calibrate(0),
                                   None)
        slots.put(key_slots.KeySlot(header, os.urandom(12), os.urandom(48)))
    with pytest.raises(key_slots.KeySlotFileInvalid, match="too many"):
        key_slots.parse(slots.to_bytes())

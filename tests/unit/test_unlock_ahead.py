"""The command line's key derived while the libraries load: taken once, by the matching call."""

import pytest

from desktop.core.access import kdf, key_slots
from desktop.core.access.unlock import sign_in
from desktop.core.access.unlock_ahead import derive_password_key_ahead
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def derivations(monkeypatch):
    """Counts the Argon2id runs, wherever they run (the thread looks the function up too)."""
    runs = []
    real = kdf._derive

    def counted(secret, params):
        runs.append(params)
        return real(secret, params)

    monkeypatch.setattr(kdf, "_derive", counted)
    monkeypatch.setattr(kdf, "_ahead", None)
    return runs


def test_a_key_derived_ahead_is_taken_once_by_the_matching_call(derivations):
    params = kdf.calibrate(0)
    kdf.derive_ahead("mật khẩu", params)
    other = kdf.derive_key("mật khẩu khác", params)  # another secret derives on its own
    assert len(derivations) == 2
    key = kdf.derive_key("mật khẩu", params)
    assert len(derivations) == 2 and key != other
    assert kdf.derive_key("mật khẩu", params) == key and len(derivations) == 3
    kdf.derive_ahead("mật khẩu", params)
    assert kdf.derive_key("mật khẩu", kdf.calibrate(0)) != key  # another salt: not taken


def test_signing_in_takes_the_key_the_command_line_derived_ahead(team_install, monkeypatch,
                                                                  derivations):
    paths, _ = team_install
    monkeypatch.setenv("TUQUAN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("TUQUAN_USER", raising=False)
    arguments = ["--data-dir", str(paths.data_dir), "info", "--user", "LAN"]
    assert derive_password_key_ahead(arguments)
    slot = key_slots.load(paths.keyslots_file).candidates(key_slots.KIND_PASSWORD, "lan")[0]
    assert derivations == [kdf.KdfParams.from_json(slot.header["kdf"])]
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    assert len(derivations) == 1 and workspace.actor.username == "lan"
    workspace.close()


def test_nothing_is_derived_ahead_when_the_sign_in_is_not_known(team_install, monkeypatch,
                                                                 derivations, tmp_path):
    paths, _ = team_install
    data_dir = ["--data-dir", str(paths.data_dir), "info"]
    monkeypatch.setenv("TUQUAN_USER", "lan")
    monkeypatch.delenv("TUQUAN_PASSWORD", raising=False)
    assert not derive_password_key_ahead(data_dir)  # the password will be asked for
    monkeypatch.setenv("TUQUAN_PASSWORD", ADMIN_PASSWORD)
    assert not derive_password_key_ahead(data_dir + ["--user", "nobody"])
    assert not derive_password_key_ahead(data_dir + ["--user", "tên có dấu"])
    assert not derive_password_key_ahead(["--data-dir", str(tmp_path / "none"), "info"])
    assert not derive_password_key_ahead(data_dir + ["--user"])
    assert derivations == [] and kdf._ahead is None


def test_two_derivations_at_once_both_finish():
    """Two at once wait for each other (OpenSSL's thread pool left them both waiting)."""
    import threading

    params, keys = kdf.calibrate(0), []
    threads = [threading.Thread(target=lambda s=secret: keys.append(kdf.derive_key(s, params)),
                                daemon=True) for secret in ("một", "hai")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(keys) == 2 and keys[0] != keys[1]

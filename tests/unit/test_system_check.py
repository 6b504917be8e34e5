"""`make run`'s system check: the libraries Qt's X11 plugin needs, found missing through `ldd`."""

import pytest

from build_scripts import check_system

ALL_FOUND = """/venv/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c4ad72000)
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f0c4ad6b000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f0c4b923000)
"""
ONE_MISSING = ALL_FOUND.replace(
    "libxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c4ad72000)",
    "libxcb-cursor.so.0 => not found")


def test_nothing_missing_says_nothing():
    assert check_system.missing_libraries(ALL_FOUND) == []
    assert check_system.advice([]) == ""


def test_a_missing_library_is_named_with_its_package_and_the_install_line():
    missing = check_system.missing_libraries(ONE_MISSING + ONE_MISSING)  # listed by two plugins
    assert missing == ["libxcb-cursor.so.0"]
    message = check_system.advice(missing)
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt-get install -y libxcb-cursor0" in message.splitlines()[-1]


def test_a_library_of_no_known_package_is_still_named():
    message = check_system.advice(["libxcb-icccm.so.4", "libexotic.so.9"])
    assert "sudo apt-get install -y libxcb-icccm4" in message
    assert "apt-file search libexotic.so.9" in message


@pytest.fixture
def machine(monkeypatch):
    """A Linux machine whose `ldd` answers from `state["ldd"]`; installs are recorded."""
    state = {"ldd": ONE_MISSING, "root": False, "installed": []}

    def install(packages):
        state["installed"] += packages
        state["ldd"] = ALL_FOUND

    monkeypatch.setattr(check_system.sys, "platform", "linux")
    monkeypatch.setattr(check_system, "qt_directory", lambda: check_system.Path("/nowhere"))
    monkeypatch.setattr(check_system, "ldd_output", lambda _files: state["ldd"])
    monkeypatch.setattr(check_system.os, "geteuid", lambda: 0 if state["root"] else 1000)
    monkeypatch.setattr(check_system.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(check_system, "_install", install)
    return state


def test_a_user_is_told_the_command_and_the_run_stops(machine, capsys):
    assert check_system.main() == 1
    captured = capsys.readouterr()
    assert "sudo apt-get install -y libxcb-cursor0" in captured.err and captured.out == ""
    assert machine["installed"] == []


def test_root_installs_what_is_missing_and_goes_on(machine, capsys):
    machine["root"] = True
    assert check_system.main() == 0
    assert machine["installed"] == ["libxcb-cursor0"]
    assert capsys.readouterr().err == ""


def test_a_complete_machine_passes_in_silence(machine, capsys):
    machine["ldd"] = ALL_FOUND
    assert check_system.main() == 0
    assert capsys.readouterr() == ("", "")

"""Windows paths checked on any system: the long name of a profile folder appdirs gives in 8.3
form, and the data folder's access list (the owner and the system only)."""

import os
import stat

import pytest

from desktop.core.data_folder import private_folder
from desktop.core.paths import long_path_name

SHORT = "C:\\Users\\NGUYNT~1\\AppData\\Local"
LONG = "C:\\Users\\Nguyễn Thị\\AppData\\Local"


class FakeKernel32:
    """GetLongPathNameW as Windows answers it: 0 for a path that does not exist."""

    def GetLongPathNameW(self, path, buffer, size):
        if path.lower() != SHORT.lower():
            return 0
        buffer.value = LONG
        return len(LONG)


def test_an_8_3_profile_folder_is_shown_by_its_long_name():
    assert long_path_name(SHORT + "\\TuQuan", FakeKernel32()) == LONG + "\\TuQuan"
    assert long_path_name(SHORT + "\\TuQuan\\new", FakeKernel32()) == LONG + "\\TuQuan\\new"
    assert long_path_name("D:\\portable\\TuQuan", FakeKernel32()) == "D:\\portable\\TuQuan"


def test_paths_are_left_alone_off_windows():
    assert long_path_name("/home/lan/.local/share/TuQuan") == "/home/lan/.local/share/TuQuan"


def test_on_windows_the_data_folder_gets_an_access_list_of_its_own(tmp_path, monkeypatch):
    ran = []
    monkeypatch.setattr(private_folder.sys, "platform", "win32")
    monkeypatch.setattr(private_folder.subprocess, "run",
                        lambda command, **_: ran.append(command) or
                        type("Done", (), {"returncode": 0})())
    monkeypatch.setenv("USERDOMAIN", "MAY-XA")
    monkeypatch.setenv("USERNAME", "Nguyễn Thị Lan")
    private_folder.make_private_folder(tmp_path / "TuQuan")
    assert ran == [["icacls", str(tmp_path / "TuQuan"), "/inheritance:r", "/grant:r",
                    "MAY-XA\\Nguyễn Thị Lan:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F"]]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_elsewhere_the_data_folder_is_the_owners_alone(tmp_path):
    folder = tmp_path / "TuQuan"
    folder.mkdir(mode=0o755)
    private_folder.make_private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

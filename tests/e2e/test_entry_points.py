"""The installed commands exist and point at the right functions."""

from importlib.metadata import entry_points

from desktop import __version__


def test_console_and_gui_entry_points():
    scripts = {ep.name: ep.value for ep in entry_points(group="console_scripts")}
    gui_scripts = {ep.name: ep.value for ep in entry_points(group="gui_scripts")}
    assert scripts["tuquan"] == "desktop.app:console_main"
    assert gui_scripts["tuquan-gui"] == "desktop.app:main"


def test_version_matches_the_package_metadata():
    from importlib.metadata import version

    assert version("tuquan") == __version__

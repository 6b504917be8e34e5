"""PySide6's look at each imported module reads its file's bytes, with PySide6's own answer."""

import inspect
import json
import sys

import pytest

import desktop.core.clock
import desktop.gui.labels
from desktop.gui import pyside_source_scan


def pyside_answer(module) -> bool:
    """What PySide6 decides, as it decides it: "PySide6" somewhere in the module's source."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_screens_package_replaces_pysides_source_reading():
    feature = sys.modules[pyside_source_scan.FEATURE_MODULE]
    assert feature._mod_uses_pyside is pyside_source_scan._module_mentions_pyside


@pytest.mark.parametrize("module", [desktop.gui.labels, desktop.core.clock, json, sys, inspect],
                         ids=lambda module: module.__name__)
def test_each_module_gets_the_answer_pyside_would_give(module):
    assert pyside_source_scan._module_mentions_pyside(module) == pyside_answer(module)


def test_a_module_whose_file_is_gone_does_not_use_pyside(tmp_path):
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert pyside_source_scan._module_mentions_pyside(gone) is False


def test_without_pysides_step_nothing_is_replaced(monkeypatch):
    monkeypatch.delitem(sys.modules, pyside_source_scan.FEATURE_MODULE)
    assert pyside_source_scan.read_sources_directly() is False

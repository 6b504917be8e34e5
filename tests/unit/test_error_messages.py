"""Every error the user can act on lives in errors.py, with one message, translated for the window."""

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from desktop.core import errors

ROOT = Path(__file__).parent.parent.parent


def error_classes() -> list[type[errors.AppError]]:
    found, todo = [], [errors.AppError]
    while todo:
        for subclass in todo.pop().__subclasses__():
            found.append(subclass)
            todo.append(subclass)
    return found


def test_every_error_class_is_declared_in_errors_py():
    """A private refinement (a fork is a kind of rejection) may live beside its one use."""
    outside = []
    for path in (ROOT / "desktop").rglob("*.py"):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_") and any(
                    getattr(base, "id", getattr(base, "attr", "")) in
                    {cls.__name__ for cls in [errors.AppError, *error_classes()]}
                    for base in node.bases):
                outside.append(f"{path.relative_to(ROOT)}:{node.name}")
    assert outside == []


def test_every_message_the_window_shows_has_a_vietnamese_translation():
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "tuquan_vi.ts")
    translated = {message.findtext("source"): message.find("translation")
                  for context in tree.iter("context") if context.findtext("name") == "errors"
                  for message in context.iter("message")}
    shown = {cls.in_window or cls.template for cls in error_classes()}
    missing = [text for text in shown if text not in translated
               or translated[text].get("type") == "unfinished" or not translated[text].text]
    assert missing == []

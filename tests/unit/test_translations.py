"""Every interface string is translated into Vietnamese and English, placeholders intact."""

import re
import xml.etree.ElementTree as ET

import pytest

from desktop.core.paths import resource_dir

PLACEHOLDER = re.compile(r"\{\w+\}|%\w|%\d")


def _messages(language: str, catalogue: str = "tuquan"):
    tree = ET.parse(resource_dir() / "translations" / f"{catalogue}_{language}.ts")
    for context in tree.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.mark.parametrize(("catalogue", "language"),
                         [("tuquan", "vi"), ("tuquan", "en"), ("qt", "vi")])
def test_every_string_is_translated_and_keeps_its_placeholders(catalogue, language):
    """Ours, and Qt's own texts (buttons, file and print dialogs), which Qt ships no Vietnamese for."""
    messages = list(_messages(language, catalogue))
    assert len(messages) > 50
    for context, source, translation in messages:
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        for text in texts:
            assert text, (context, source)
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), \
                (context, source)


def test_vietnamese_is_really_vietnamese():
    translated = {source: t.text or t.findtext("numerusform") for _, source, t in _messages("vi")}
    assert translated["Wrong user name or password."] == "Sai tên đăng nhập hoặc mật khẩu."
    assert sum(source != text for source, text in translated.items()) > 0.9 * len(translated)

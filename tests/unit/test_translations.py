"""Every interface string is translated into Vietnamese and English, placeholders intact."""

import re
import xml.etree.ElementTree as ET

import pytest

from desktop.core.paths import resource_dir

PLACEHOLDER = re.compile(r"\{\w+\}|%\w|%\d")


def _messages(language: str):
    tree = ET.parse(resource_dir() / "translations" / f"tuquan_{language}.ts")
    for context in tree.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_string_is_translated_and_keeps_its_placeholders(language):
    messages = list(_messages(language))
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

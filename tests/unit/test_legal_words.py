"""The words a user reads follow the law that governs the thing (issue 22, item 5): no state-secret
grade for a volunteer's note (Law 29/2018), no biometric word for a key, no "(miễn)" that reads
as "exempt from liability", and the scope categories and end reasons in the decree's words."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.core.mediation import wording

ROOT = Path(__file__).resolve().parents[2]
# "Mật" alone is a state-secret grade; "Mật khẩu" (password) is not.
FORBIDDEN = [re.compile(r"\bMật\b(?! khẩu)"), re.compile(r"[Dd]ấu vân tay"), re.compile(r"\(miễn\)"),
             re.compile(r"\bSinh hoạt\b"), re.compile(r"\bVi phạm nhỏ\b")]


def vietnamese_translations() -> list[str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "tuquan_vi.ts")
    texts = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        texts += [translation.text or ""] + [form.text or "" for form in
                                             translation.findall("numerusform")]
    return texts


def python_strings() -> list[str]:
    """Every string written in the application's code (PDF text is written there)."""
    found = []
    for path in (ROOT / "desktop").rglob("*.py"):
        found += re.findall(r'"([^"\n]*)"', path.read_text("utf-8"))
    return found


def test_no_user_visible_word_names_a_secret_grade_a_biometric_or_an_exemption():
    guide = (ROOT / "docs" / "huong-dan.md").read_text("utf-8")
    for text in vietnamese_translations() + python_strings() + [guide]:
        for pattern in FORBIDDEN:
            assert not pattern.search(text), (pattern.pattern, text[:120])


def test_scope_categories_and_end_reasons_are_the_decrees_and_the_laws():
    assert wording.SCOPE_CATEGORY["OTHER_NOT_PROHIBITED"] == "Những vụ, việc khác mà pháp luật không cấm"
    assert wording.SCOPE_CATEGORY["CIVIL"] == "Tranh chấp phát sinh từ quan hệ dân sự"
    assert all("(điểm " in short for short in wording.SCOPE_SHORT.values())
    assert wording.END_REASON["PARTY_REQUESTED_STOP"] == "Một bên hoặc các bên yêu cầu chấm dứt hòa giải"

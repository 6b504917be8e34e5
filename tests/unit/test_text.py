"""Vietnamese text handling: folding, tone placement, names, collation, dates and numbers."""

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import text

VIETNAMESE = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ ")
                             + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
                             + list("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")),
    max_size=40)


@pytest.mark.parametrize(("typed", "stored"), [
    ("dang van duc", "Đặng Văn Đức"),
    ("hoa", "Hòa"),
    ("hoa", "Hoà"),
    ("nguyen", "Nguyễn"),
    ("thuy", "Thủy"),
    ("thuy", "Thuỷ"),
    ("  NGUYEN   thi  lan ", "Nguyễn Thị Lan"),
])
def test_search_folding_matches_what_people_type(typed, stored):
    assert text.fold_for_search(typed) == text.fold_for_search(stored)


def _fold_one_character_at_a_time(value: str) -> str:
    """The folding rule written plainly: đ→d, decompose, drop every non-spacing mark."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "d"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.casefold().split())


@given(st.one_of(VIETNAMESE, st.text(max_size=40)))
def test_fast_folding_equals_the_plain_rule(value):
    assert text.fold_for_search(value) == _fold_one_character_at_a_time(value)


def test_nfd_input_is_stored_as_nfc():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn Thị Lan ")
    assert text.nfc(decomposed) == "Nguyễn Thị Lan"
    assert unicodedata.is_normalized("NFC", text.nfc(decomposed))


@pytest.mark.parametrize(("old_style", "new_style"), [
    ("Hòa", "Hoà"), ("Thủy", "Thuỷ"), ("khỏe", "khoẻ"), ("Thanh Hóa", "Thanh Hoá"),
    ("Hoàng", "Hoàng"), ("Quý", "Quý"), ("hoặc", "hoặc"), ("Thuận", "Thuận"),
])
def test_canonical_tone_placement(old_style, new_style):
    assert text.canonical_tones(old_style) == new_style
    assert text.canonical_tones(new_style) == new_style


def test_display_keeps_the_original_spelling():
    assert text.nfc("Hòa") == "Hòa"
    assert text.collation_key("Hòa") == text.collation_key("Hoà")


@pytest.mark.parametrize(("full", "parts"), [
    ("Nguyễn Thị Lan", ("Nguyễn", "Thị", "Lan")),
    ("Tôn Nữ Thị Minh Khai", ("Tôn", "Nữ Thị Minh", "Khai")),
    ("Lan", ("", "", "Lan")),
    ("  Đặng   Văn  Đức ", ("Đặng", "Văn", "Đức")),
    ("H'Hen Niê", ("H'Hen", "", "Niê")),
    ("", ("", "", "")),
])
def test_name_split(full, parts):
    assert text.split_name(full) == parts


def test_people_sort_by_given_then_middle_then_family_name_in_vietnamese_order():
    people = ["Trần Văn Đức", "Nguyễn Thị Ánh", "Lê Văn Dũng", "Phạm Thị Anh", "Vũ Ân",
              "Nguyễn Văn Zung", "Bùi Ăn", "Đỗ Thị Ánh", "Hoàng An"]
    ordered = sorted(people, key=lambda p: text.name_sort_key(*text.split_name(p)))
    assert ordered == ["Hoàng An", "Phạm Thị Anh", "Đỗ Thị Ánh", "Nguyễn Thị Ánh", "Bùi Ăn",
                       "Vũ Ân", "Lê Văn Dũng", "Trần Văn Đức", "Nguyễn Văn Zung"]


def test_letters_with_marks_sort_before_z_not_after():
    assert sorted(["Zung", "Đức", "Ơn", "Ư", "Dung"], key=text.collation_key) == \
        ["Dung", "Đức", "Ơn", "Ư", "Zung"]


@pytest.mark.parametrize(("value", "printed"), [
    (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
    (date(2026, 1, 31), "ngày 31 tháng 01 năm 2026"),
    (date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
    (date(2026, 11, 27), "ngày 27 tháng 11 năm 2026"),
])
def test_document_dates(value, printed):
    assert text.format_document_date(value) == printed


def test_screen_dates_round_trip():
    assert text.format_date(date(2026, 7, 1)) == "01/07/2026"
    assert text.parse_date("01/07/2026") == date(2026, 7, 1)
    assert text.parse_date("1/7/2026") == date(2026, 7, 1)
    for bad in ("2026-07-01", "31/02/2026", "1/7/26", ""):
        with pytest.raises(ValueError):
            text.parse_date(bad)


def test_numbers():
    assert text.format_number(1234567.5) == "1.234.567,5"
    assert text.format_number(1000) == "1.000"
    assert text.format_number(0.25, 2) == "0,25"


@given(VIETNAMESE)
def test_folding_is_idempotent_and_form_independent(value):
    folded = text.fold_for_search(value)
    assert text.fold_for_search(folded) == folded
    assert text.fold_for_search(unicodedata.normalize("NFD", value)) == folded
    assert folded.isascii() or not any(ch in folded for ch in "đĐ")


@given(VIETNAMESE)
def test_canonical_tones_is_idempotent_and_keeps_letters(value):
    once = text.canonical_tones(value)
    assert text.canonical_tones(once) == once
    assert text.fold_for_search(once) == text.fold_for_search(value)


@given(VIETNAMESE)
def test_collation_key_ignores_normal_form(value):
    assert text.collation_key(unicodedata.normalize("NFD", value)) == text.collation_key(value)


@pytest.mark.parametrize("encoded", [
    "Đặng Văn Đức".encode(), "\ufeffĐặng Văn Đức".encode(), "\ufeffĐặng Văn Đức".encode("utf-16-le"),
    "\ufeffĐặng Văn Đức".encode("utf-16-be"), "Đặng Văn Đức".encode("utf-16"),
    "Đặng Văn Đức".encode("utf-32")])
def test_text_files_in_every_form_windows_writes_decode_the_same(encoded):
    assert text.decode_text_file(encoded) == "Đặng Văn Đức"


@pytest.mark.parametrize("encoded", ["Hà Nội".encode("windows-1258", "ignore"), "Đặng".encode("utf-16-le"),
                                     b"\xff\xfe\x00"])
def test_text_in_other_encodings_is_refused_not_guessed(encoded):
    with pytest.raises(UnicodeDecodeError):
        text.decode_text_file(encoded)

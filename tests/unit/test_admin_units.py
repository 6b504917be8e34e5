"""The shipped province and commune list after the 2025 reform (R-ADM-01, R-ADM-05)."""

from collections import Counter

import pytest

from desktop.core.admin_units import shipped_admin_units
from desktop.core.errors import InvalidInput
from desktop.core.text import fold_for_search as fold


@pytest.fixture(scope="module")
def units():
    return shipped_admin_units()


def test_counts_and_types(units):
    assert len(units.provinces) == 34
    assert Counter(p.type for p in units.provinces.values()) == {"tỉnh": 27, "thành phố": 7}
    assert len(units.communes) == 3321
    assert Counter(c.type for c in units.communes.values()) == {
        "xã": 2611, "phường": 697, "đặc khu": 13}


def test_codes_are_fixed_width_strings_and_unique(units):
    assert all(len(code) == 2 and code.isdigit() for code in units.provinces)
    assert all(len(code) == 5 and code.isdigit() for code in units.communes)
    assert len(set(units.communes)) == len(units.communes)


def test_known_units(units):
    assert units.provinces["75"].full_name == "Thành phố Đồng Nai"
    assert sum(1 for c in units.communes.values() if c.province_code == "38") == 166
    assert units.commune("4").full_name == "Phường Ba Đình"


@pytest.mark.parametrize("name", ["Thanh Hóa", "Thanh Hoá", "thanh hoa", "THANH HOA", "38"])
def test_province_lookup_ignores_marks_and_tone_placement(units, name):
    assert units.find_province(name).code == "38"


def test_commune_search_is_folded(units):
    found = units.search_communes("ba dinh ha noi")
    assert [c.code for c in found] == ["00004"]


def test_commune_search_matches_word_starts_and_ranks_exact_names_first(units):
    found = units.search_communes("dong hoa")
    assert [fold(c.name) for c in found[:3]] == ["dong hoa"] * 3
    assert fold(found[3].name) == "dong hoa lu"
    assert all(any(w.startswith("dong") for w in fold(c.label).split()) for c in found)
    assert units.search_communes("   ") == []


def test_unknown_commune_code_is_a_clear_error(units):
    with pytest.raises(InvalidInput, match="not a known commune code"):
        units.commune("99999")

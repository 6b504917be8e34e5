"""Card files are named after who they belong to (issue 23): a desk holding thirty teams' cards on
one stick tells them apart, and every name is safe on a Windows stick."""

import json

from desktop.core.bundles import keys
from tests.unit.test_hostile_files import VALID_CARD
from tests.unit.test_windows_safety import windows_safe


def card(**changes) -> keys.Card:
    return keys.read_card(json.dumps(VALID_CARD | changes).encode())


RECEIVER = {"mode": "receiver", "age_recipient": "age1" + "q" * 58}


def test_a_teams_card_is_named_after_its_commune_and_its_name_in_ascii():
    assert card(name="Tổ hòa giải số 1").file_name == "00004-to-hoa-giai-so-1.card"
    assert card(name="Tổ ANTT thôn Đồng Đức", commune_code="26734").file_name \
        == "26734-to-antt-thon-dong-duc.card"


def test_a_desks_card_says_which_desk_it_is():
    assert card(**RECEIVER, receiver_kind="police").file_name == "00004-congan.card"
    assert card(**RECEIVER, receiver_kind="commune").file_name == "00004-ubnd.card"
    assert card(**RECEIVER).file_name == "00004-congan.card"  # a police card made before


def test_every_card_name_is_short_and_windows_safe():
    names = [card(name=name).file_name for name in (
        "Tổ: hòa | giải? <số> 1*", "   ", "Tổ " + "rất dài " * 20, "Tổ 組 số 2", "CON")]
    assert names[1] == "00004-to.card"  # nothing left of the name: still a card of a team
    assert all(windows_safe(name) and len(name) <= 52 for name in names), names
    assert names[0] == "00004-to-hoa-giai-so-1.card"

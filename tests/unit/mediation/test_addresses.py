"""A party's address completed for the written agreement, and the parties' names in it."""

import pytest

from desktop.core.mediation.addresses import full_address
from desktop.core.pdf.agreement import side_name

PLACE = ("Thôn Đông Hòa", "Phường Ba Đình", "Thành phố Hà Nội")


@pytest.mark.parametrize(("typed", "printed"), [
    ("", "Thôn Đông Hòa, Phường Ba Đình, Thành phố Hà Nội"),
    ("Số 12, ngõ 3", "Số 12, ngõ 3, Thôn Đông Hòa, Phường Ba Đình, Thành phố Hà Nội"),
    ("Thôn Đông Hòa", "Thôn Đông Hòa, Phường Ba Đình, Thành phố Hà Nội"),
    ("số 3 Đông Hoà", "số 3 Đông Hoà, Phường Ba Đình, Thành phố Hà Nội"),  # the hamlet, unnamed
    ("Số 5, thôn Phú Xuân", "Số 5, thôn Phú Xuân, Phường Ba Đình, Thành phố Hà Nội"),
    ("Tổ 5, phường Ba Đình", "Tổ 5, phường Ba Đình, Thành phố Hà Nội"),
    # another commune: never this team's hamlet after it
    ("Xã Hòa Bình", "Xã Hòa Bình, Thành phố Hà Nội"),
    ("Xã Hòa Bình, tỉnh Nghệ An", "Xã Hòa Bình, tỉnh Nghệ An"),
    ("Ba Đình, Hà Nội", "Ba Đình, Hà Nội"),
])
def test_an_address_gets_the_levels_it_does_not_name(typed, printed):
    assert full_address(typed, *PLACE) == printed


def test_an_unknown_hamlet_is_left_out():
    assert full_address("Số 12", "", "Phường Ba Đình", "Thành phố Hà Nội") == \
        "Số 12, Phường Ba Đình, Thành phố Hà Nội"


def test_each_party_is_named_by_its_place():
    assert [side_name(n) for n in (1, 2, 3, 4, 10, 11)] == [
        "Bên thứ nhất", "Bên thứ hai", "Bên thứ ba", "Bên thứ tư", "Bên thứ mười", "Bên thứ 11"]

"""A team with its desks' cards enrolled (the tests of bundles share it)."""

import pytest

from desktop.core.bundles import keys
from tests.db.test_export import COMMUNE_RECIPIENT, RECIPIENT, desk_card


@pytest.fixture
def team_with_police(team_db):
    with team_db.uow() as uow:
        keys.ensure_keys(uow.session, "team")
        uow.commit()
    with team_db.uow() as uow:
        keys.enrol_card(uow, card=desk_card(None, RECIPIENT, "Công an phường Ba Đình"))
    return team_db


@pytest.fixture
def team_with_both_desks(team_with_police):
    with team_with_police.uow() as uow:
        keys.enrol_card(uow, card=desk_card("commune", COMMUNE_RECIPIENT, "UBND phường Ba Đình"),
                        expected_desk="commune")
    return team_with_police

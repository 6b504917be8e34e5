"""Fixtures for the command-line tests: one installation made by `tuquan init` per module, and
a team with 1,500 cases and its police unit (cards exchanged) for the crash and disk tests."""

import json
from datetime import date

import pytest

from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys
from desktop.core.demo.team_data import generate_demo
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD
from tests.e2e.test_cli import ADMIN, TEAM, tuquan


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    result = tuquan(data_dir, "init", "team", "--team-name", TEAM, "--commune-code", "00004",
                    "--hamlet", "Thôn Đông Hòa", "--admin", "lan", "--full-name", ADMIN, "--json")
    assert result.returncode == 0, result.stderr
    return data_dir, json.loads(result.stdout)["recovery_code"]


def _enrol(a, b) -> None:
    with a.unit_of_work() as uow:
        card = keys.own_card(uow)
    with b.unit_of_work() as uow:
        keys.enrol_card(uow, card=card)


@pytest.fixture(scope="module")
def pair_with_data(tmp_path_factory):
    """A team with 1,500 demonstration cases and its police unit, cards exchanged, no export yet."""
    root = tmp_path_factory.mktemp("kill")
    for directory, mode, name in ((root / "team", "team", "Tổ hòa giải Đông Hòa"),
                                  (root / "police", "receiver", "Công an phường")):
        initialise(AppPaths(directory), SetupRequest(
            mode=mode, name=name, commune_code="00004", admin_username="an",
            admin_password=ADMIN_PASSWORD, hamlets=("Thôn Đông",) if mode == "team" else ()))
    team = sign_in(AppPaths(root / "team"), "an", ADMIN_PASSWORD)
    police = sign_in(AppPaths(root / "police"), "an", ADMIN_PASSWORD)
    _enrol(team, police)
    _enrol(police, team)
    with team.unit_of_work() as uow:
        generate_demo(uow, cases=1500, seed=7, today=date(2026, 11, 20))
    team.close()
    police.close()
    return root

"""Fixtures for the command-line tests: one installation made by `tuquan init` per module."""

import json

import pytest

from tests.e2e.test_cli import ADMIN, TEAM, tuquan


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    result = tuquan(data_dir, "init", "team", "--team-name", TEAM, "--commune-code", "00004",
                    "--hamlet", "Thôn Đông Hòa", "--admin", "lan", "--full-name", ADMIN, "--json")
    assert result.returncode == 0, result.stderr
    return data_dir, json.loads(result.stdout)["recovery_code"]

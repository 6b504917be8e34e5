"""Bundles delivered in any order, any number of times (security checklist item 4): the accepted
chain is always a gap-free prefix, and once all have arrived the unit holds exactly what an
in-order delivery gives."""

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from db.models import ReceivedBundle, ReceivedRecord
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys
from desktop.core.bundles.export import export_bundle
from desktop.core.bundles.importing import import_bundle
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD
from tests.postgres import BACKENDS, copy_installation, database_url_for

BUNDLES = 5


def _enrol(a, b) -> None:
    with a.unit_of_work() as uow:
        card = keys.own_card(uow)
    with b.unit_of_work() as uow:
        keys.enrol_card(uow, card=card)


@pytest.fixture(scope="module", params=BACKENDS)
def delivery(request, team_template, tmp_path_factory):
    """The unit's installation before any import, and five chained bundles of one team."""
    root = tmp_path_factory.mktemp("order")
    shutil.copytree(team_template[0], root / "team")
    police_dir = root / "police"
    initialise(AppPaths(police_dir), SetupRequest(mode="receiver", name="Công an phường",
                                                  commune_code="00004", admin_username="an",
                                                  admin_password=ADMIN_PASSWORD,
                                                  database_url=database_url_for(request.param)))
    team = sign_in(AppPaths(root / "team"), "lan", ADMIN_PASSWORD)
    police = sign_in(AppPaths(police_dir), "an", ADMIN_PASSWORD)
    _enrol(team, police)
    _enrol(police, team)
    police.close()
    bundles, first_case = [], None
    for number in range(BUNDLES):
        with team.unit_of_work() as uow:
            created = cases.create_case(uow, data=case_input_from_json({
                "received_date": f"2026-0{number + 1}-03", "basis": "PARTY_REQUEST",
                "scope_category": "CIVIL", "parties": [{"full_name": "Lê Thị Thu"}]}))
        first_case = first_case or created.case_no
        with team.unit_of_work() as uow:  # one record changes in every bundle: versions compete
            cases.update_case(uow, case_ref=first_case,
                              data=case_input_from_json({"notes": f"lần {number}"}))
        with team.unit_of_work() as uow:
            path = export_bundle(uow, month=Month(2026, number + 1), out_dir=root / "usb").path
        bundles.append(Path(path).read_bytes())
    team.close()
    return police_dir, bundles


def _held(workspace) -> tuple[dict, dict]:
    with workspace.unit_of_work() as uow:
        statuses = {b.seq: b.status for b in uow.session.scalars(select(ReceivedBundle))}
        records = {r.id: (r.version, r.body) for r in uow.session.scalars(select(ReceivedRecord))}
    return statuses, records


def test_any_delivery_order_keeps_the_chain_whole(delivery):
    police_template, bundles = delivery
    in_order = _deliver_in_order(police_template, bundles)

    class Delivery(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.directory = Path(tempfile.mkdtemp(prefix="tuquan-order-"))
            copy_installation(police_template, self.directory / "police")
            self.unit = sign_in(AppPaths(self.directory / "police"), "an", ADMIN_PASSWORD)
            self.delivered: set[int] = set()

        @rule(index=st.integers(0, BUNDLES - 1))
        def deliver(self, index):
            with self.unit.unit_of_work() as uow:
                result = import_bundle(uow, data=bundles[index], file_name=f"{index + 1}.tqb")
            expected = "duplicate" if index + 1 in self.delivered else {"imported", "gap"}
            assert result.status == expected or result.status in expected
            self.delivered.add(index + 1)

        @precondition(lambda self: len(self.delivered) < BUNDLES)
        @rule()
        def deliver_all_remaining(self):
            for index in range(BUNDLES):
                if index + 1 not in self.delivered:
                    self.deliver(index)
            assert _held(self.unit)[1] == in_order

        @invariant()
        def accepted_chain_is_a_gap_free_prefix(self):
            statuses = _held(self.unit)[0]
            assert set(statuses) == self.delivered
            imported = sorted(seq for seq, status in statuses.items() if status == "imported")
            assert imported == list(range(1, len(imported) + 1))
            assert all(seq > len(imported) + 1 for seq, s in statuses.items() if s == "gap")

        def teardown(self):
            self.unit.close()
            shutil.rmtree(self.directory, ignore_errors=True)

    run_state_machine_as_test(Delivery, settings=settings(
        max_examples=20, stateful_step_count=8, deadline=None,
        suppress_health_check=list(HealthCheck)))


def _deliver_in_order(police_template: Path, bundles: list[bytes]) -> dict:
    directory = Path(tempfile.mkdtemp(prefix="tuquan-order-"))
    try:
        copy_installation(police_template, directory / "police")
        unit = sign_in(AppPaths(directory / "police"), "an", ADMIN_PASSWORD)
        for number, data in enumerate(bundles, start=1):
            with unit.unit_of_work() as uow:
                assert import_bundle(uow, data=data, file_name=f"{number}.tqb").status == "imported"
        held = _held(unit)[1]
        unit.close()
        return held
    finally:
        shutil.rmtree(directory, ignore_errors=True)

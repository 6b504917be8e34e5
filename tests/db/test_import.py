"""Import at the police unit: order, duplicates, gaps, forks, wrong keys — rejections change nothing."""

import json
import shutil

import pytest
from sqlalchemy import func, select

from db.models import ReceivedBundle, ReceivedRecord
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys
from desktop.core.bundles.completeness import completeness
from desktop.core.bundles.export import export_bundle
from desktop.core.bundles.importing import import_bundle
from desktop.core.bundles.receipts import write_receipt
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD
from tests.postgres import BACKENDS, copy_installation, database_url_for

INTAKE = {"received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
          "parties": [{"full_name": "Đặng Văn Đức"}]}


@pytest.fixture(scope="module", params=BACKENDS)
def police_template(request, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("police") / "data"
    initialise(AppPaths(data_dir), SetupRequest(mode="receiver", name="Công an phường Ba Đình",
                                                commune_code="00004", admin_username="an",
                                                admin_password=ADMIN_PASSWORD,
                                                database_url=database_url_for(request.param)))
    return data_dir


def open_copy(source, target):
    copy_installation(source, target)
    return sign_in(AppPaths(target), "an" if "police" in str(target) else "lan", ADMIN_PASSWORD)


@pytest.fixture
def pair(team_install, police_template, tmp_path):
    team = sign_in(team_install[0], "lan", ADMIN_PASSWORD)
    police = open_copy(police_template, tmp_path / "police")
    for a, b in ((team, police), (police, team)):
        with a.unit_of_work() as uow:
            card = keys.own_card(uow)
        with b.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)
    yield team, police
    team.close()
    police.close()


def export(team, tmp_path, month: Month) -> bytes:
    with team.unit_of_work() as uow:
        cases.create_case(uow, data=case_input_from_json(INTAKE))
    with team.unit_of_work() as uow:
        result = export_bundle(uow, month=month, out_dir=tmp_path / "usb")
    return open(result.path, "rb").read()


def receive(police, data: bytes, name: str = "bundle.tqb"):
    with police.unit_of_work() as uow:
        return import_bundle(uow, data=data, file_name=name)


def counts(police) -> tuple[int, int]:
    with police.unit_of_work() as uow:
        return (uow.session.scalar(select(func.count()).select_from(ReceivedBundle)),
                uow.session.scalar(select(func.count()).select_from(ReceivedRecord)))


def test_out_of_order_delivery_is_flagged_then_completed(pair, tmp_path):
    team, police = pair
    first, second = export(team, tmp_path, Month(2026, 3)), export(team, tmp_path, Month(2026, 4))
    assert receive(police, second).status == "gap"
    assert receive(police, first).status == "imported"
    assert receive(police, first).status == "duplicate"
    assert counts(police)[0] == 2
    with police.unit_of_work() as uow:  # the second one waited behind the gap and now joins
        assert {b.seq: b.status for b in uow.session.scalars(select(ReceivedBundle))} == {
            1: "imported", 2: "imported"}


def test_rejections_change_nothing(pair, tmp_path):
    team, police = pair
    data = export(team, tmp_path, Month(2026, 3))
    before = counts(police)
    for damaged in (data[:-1], data[:60], b"", bytes([data[0] ^ 1]) + data[1:]):
        assert receive(police, damaged).status == "rejected"
    assert counts(police) == before
    with police.unit_of_work() as uow:
        team_key_id = keys.list_cards(uow)[0].signer_key_id
    with police.unit_of_work() as uow:
        keys.revoke_card(uow, party_or_key=team_key_id)
    revoked = receive(police, data)
    assert revoked.status == "rejected" and "revoked" in revoked.reason
    assert counts(police) == before


def test_a_fork_is_refused(pair, tmp_path, team_install):
    team, police = pair
    backup = tmp_path / "team-backup"
    shutil.copytree(team_install[0].data_dir, backup)
    assert receive(police, export(team, tmp_path, Month(2026, 3))).status == "imported"
    restored = sign_in(AppPaths(backup), "lan", ADMIN_PASSWORD)  # an old copy, exporting seq 1 again
    try:
        forked = receive(police, export(restored, tmp_path / "old", Month(2026, 3)))
    finally:
        restored.close()
    assert forked.status == "rejected" and "different bundle number 1" in forked.reason
    with police.unit_of_work() as uow:  # refused, but remembered for the grid and the receipt
        row = completeness(uow, last=Month(2026, 3), months=1).teams[0]
    assert row.fork_seqs == (1,) and row.cells == {"2026-03": "received"}
    with police.unit_of_work() as uow:
        receipt = json.loads(json.loads(write_receipt(uow, team=row.id))["body"])
    assert receipt["forks"] == [1] and receipt["last_contiguous_seq"] == 1


def test_a_bundle_for_another_unit_is_refused(pair, tmp_path):
    team, _ = pair
    other_dir = tmp_path / "police-other"  # a unit of its own, with its own keys
    initialise(AppPaths(other_dir), SetupRequest(mode="receiver", name="Công an xã khác",
                                                 commune_code="00004", admin_username="an",
                                                 admin_password=ADMIN_PASSWORD))
    other = sign_in(AppPaths(other_dir), "an", ADMIN_PASSWORD)
    try:
        with team.unit_of_work() as uow:
            card = keys.own_card(uow)
        with other.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)
        result = receive(other, export(team, tmp_path, Month(2026, 3)))
    finally:
        other.close()
    assert result.status == "rejected" and "this unit's key" in result.reason


def test_an_installation_without_keys_gets_them_at_sign_in_and_keeps_them(team_install):
    from sqlalchemy import text

    workspace = sign_in(team_install[0], "lan", ADMIN_PASSWORD)
    with workspace.engine.begin() as connection:  # as if made before bundles existed
        connection.execute(text("DELETE FROM installation_key"))
    workspace.close()
    cards = []
    for _ in range(2):
        workspace = sign_in(team_install[0], "lan", ADMIN_PASSWORD)
        with workspace.unit_of_work() as uow:
            cards.append(keys.own_card(uow))
        workspace.close()
    assert cards[0] == cards[1]

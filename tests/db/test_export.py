"""Export (team side): one bundle per desk, each minimised by its profile, signed, encrypted to
that desk alone, chained per desk (R-REP-05, R-PRIV-04)."""

import hashlib
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from db.repositories import bundles as bundle_store
from desktop.core.bundles import age_crypto, envelope, keys, payload
from desktop.core.bundles.export import export_bundle, export_bundles
from desktop.core.errors import BundleRejected, InvalidInput
from desktop.core.monthly_report.periods import Month
from tests.db.test_cases import add_case

IDENTITY, RECIPIENT = age_crypto.new_identity()
COMMUNE_IDENTITY, COMMUNE_RECIPIENT = age_crypto.new_identity()
MARCH = Month(2026, 3)


def desk_card(kind: str | None, recipient: str, name: str) -> keys.Card:
    """A desk's card (kind None: a police card made before there were two desks)."""
    public = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return keys.Card(keys.CARD_FORMAT, "receiver", str(uuid.uuid4()), name, "00004", public.hex(),
                     recipient, kind)


def open_bundle(team_db, path, identity=IDENTITY):
    inner = age_crypto.decrypt(path.read_bytes(), identity)
    parsed = envelope.parse_inner(inner)
    with team_db.uow() as uow:
        public = bytes.fromhex(keys.own_public_key_hex(uow.session))
    envelope.verify(parsed, public)
    manifest = parsed.manifest
    jsonl = payload.decompress(parsed.payload, "zstd", manifest["uncompressed_len"])
    return inner, manifest, jsonl, payload.decode_records(jsonl)


def _texts(team_db, result, identity):
    _, manifest, jsonl, records = open_bundle(team_db, Path(result.path), identity)
    return manifest, jsonl.decode("utf-8"), records


def test_each_desk_receives_only_its_profile(team_with_both_desks, tmp_path):
    """Art. 4(3), 10(4), 10(5): violence-risk parties to the commune only, violation parties and
    notes to the police only, an ordinary case's parties to neither."""
    from tests.db.test_notes import add_note

    team_db = team_with_both_desks
    add_case(team_db, parties=[{"full_name": "Đặng Văn Đức", "address": "Số 12 ngõ 5"}],
             main_content="Hai anh em tranh chấp đất của cha mẹ")
    add_case(team_db, parties=[{"full_name": "Lê Thị Uyên", "address": "Số 3 ngõ 9"}],
             risk_of_violence=True, violence_reported_at="2026-03-05T09:00:00",
             violence_reported_to="Chủ tịch UBND phường", main_content="Đe dọa hành hung")
    add_case(team_db, parties=[{"full_name": "Trần Văn Khải", "address": "Số 8 ngõ 2"}],
             signs_of_violation=True, violation_reported_at="2026-03-06T10:00:00",
             violation_reported_to="Công an phường", main_content="Lấn chiếm lối đi")
    add_note(team_db, summary="Xe máy lạ đỗ lâu trước nhà văn hóa",
             reported_to_police_at="2026-03-06T21:20:00", report_channel="PHONE")
    with team_db.uow() as uow:
        police, commune = export_bundles(uow, month=MARCH, out_dir=tmp_path)
    assert (police.recipient, commune.recipient) == ("police", "commune")
    assert (police.seq, commune.seq) == (1, 1)
    assert Path(police.path).name == "00004-2026-03-congan-1.tqb"
    assert Path(commune.path).name == "00004-2026-03-ubnd-1.tqb"
    with pytest.raises(BundleRejected):  # each is sealed for its own desk alone
        age_crypto.decrypt(Path(police.path).read_bytes(), COMMUNE_IDENTITY)
    manifest, text, records = _texts(team_db, commune, COMMUNE_IDENTITY)
    assert manifest["export_profile"] == "commune"
    assert "Lê Thị Uyên" in text and "Đe dọa hành hung" in text
    for absent in ("Trần Văn Khải", "Lấn chiếm", "Đặng Văn Đức", "Hai anh em", "Xe máy lạ"):
        assert absent not in text
    kinds = {r["type"] for r in records}
    assert "observation_note" not in kinds and "monthly_figure" not in kinds
    assert {"register_figures", "report_summary"} <= kinds  # no volume was opened yet
    assert len([r for r in records if r["type"] == "mediation_case"]) == 3  # every case's frame
    summary = next(r["body"] for r in records if r["type"] == "report_summary")
    assert summary["notes"] == {} and summary["figures"] == {} and summary["mediation"]
    manifest, text, records = _texts(team_db, police, IDENTITY)
    assert manifest["export_profile"] == "police"
    assert "Trần Văn Khải" in text and "Lấn chiếm" in text and "Xe máy lạ" in text
    for absent in ("Lê Thị Uyên", "Đe dọa hành hung", "Đặng Văn Đức", "Hai anh em"):
        assert absent not in text
    cases = [r for r in records if r["type"] == "mediation_case"]
    assert [c["body"]["signs_of_violation"] for c in cases] == [True]  # aggregates otherwise
    assert {"register_figures", "logbook_volume"}.isdisjoint(r["type"] for r in records)
    assert next(r["body"] for r in records if r["type"] == "report_summary")["mediation"][
        "received"] == 3


def test_the_next_export_carries_only_new_changes_and_chains(team_with_both_desks, tmp_path):
    team_db = team_with_both_desks
    add_case(team_db)
    with team_db.uow() as uow:
        export_bundles(uow, month=MARCH, out_dir=tmp_path)
    first_inner, *_ = open_bundle(team_db, tmp_path / "00004-2026-03-ubnd-1.tqb", COMMUNE_IDENTITY)
    add_case(team_db, received_date="2026-04-02")
    with team_db.uow() as uow:
        second = export_bundle(uow, month=Month(2026, 4), out_dir=tmp_path, to="commune")
    _, manifest, _, records = open_bundle(team_db, tmp_path / "00004-2026-04-ubnd-2.tqb",
                                          COMMUNE_IDENTITY)
    assert second.seq == 2
    assert manifest["prev_bundle_sha256"] == hashlib.sha256(first_inner).hexdigest()
    cases = [r for r in records if r["type"] == "mediation_case"]
    assert [c["body"]["case_no"] for c in cases] == ["HG-2026-0002"]
    with team_db.uow() as uow:  # the police's chain went on its own way: still at its first
        assert export_bundle(uow, month=Month(2026, 4), out_dir=tmp_path).seq == 2


def test_export_needs_the_police_card(team_db, tmp_path):
    with team_db.uow() as uow:
        keys.ensure_keys(uow.session, "team")
        uow.commit()
    out = tmp_path / "usb"
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="commune police"):
        export_bundle(uow, month=MARCH, out_dir=out)
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="People's Committee"):
        export_bundles(uow, month=MARCH, out_dir=out)
    assert not out.exists()


def test_the_stock_age_tool_opens_a_bundle(team_with_police, tmp_path):
    """Interoperability (security.md §9.6 item 11): the police can always use `age -d`."""
    import subprocess

    add_case(team_with_police)
    with team_with_police.uow() as uow:
        result = export_bundle(uow, month=MARCH, out_dir=tmp_path)
    identity_file = tmp_path / "police.key"
    identity_file.write_text(IDENTITY + "\n")
    opened = subprocess.run(["age", "-d", "-i", str(identity_file), result.path],
                            capture_output=True, check=True)
    assert independent_verify(opened.stdout, team_with_police)["seq"] == 1


def independent_verify(inner: bytes, team_db) -> dict:
    """A verifier written from docs/bundle-format.md alone: struct, json and `cryptography`."""
    import json
    import struct

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    assert inner[:8] == b"TQB\x00\x01\x00\r\n"
    (manifest_len,) = struct.unpack(">I", inner[8:12])
    manifest_bytes = inner[12:12 + manifest_len]
    signature = inner[12 + manifest_len:76 + manifest_len]
    body = inner[76 + manifest_len:]
    with team_db.uow() as uow:
        public = bytes.fromhex(keys.own_public_key_hex(uow.session))
    Ed25519PublicKey.from_public_bytes(public).verify(
        signature, b"tuquan-bundle/1\x00" + manifest_bytes)  # raises if it does not hold
    manifest = json.loads(manifest_bytes)
    assert manifest_bytes == json.dumps(manifest, sort_keys=True, separators=(",", ":"),
                                        ensure_ascii=False).encode()
    assert len(body) == manifest["payload_len"]
    assert hashlib.sha256(body).hexdigest() == manifest["payload_sha256"]
    assert manifest["signer_key_id"] == hashlib.sha256(public).hexdigest()[:16]
    return manifest


DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
JSON_TYPES = {"string": str, "integer": int, "object": dict, "array of strings": list}


def documented_table(heading: str) -> list[list[str]]:
    """The rows of the Markdown table under `heading` in docs/bundle-format.md."""
    text = DOC.read_text("utf-8").split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def test_a_bundle_matches_its_documented_layout(team_with_police, tmp_path):
    """The spec a third party would implement from is the format the app writes."""
    import re

    add_case(team_with_police)
    with team_with_police.uow() as uow:
        result = export_bundle(uow, month=MARCH, out_dir=tmp_path)
    inner, manifest, _jsonl, records = open_bundle(team_with_police, Path(result.path))
    layout = documented_table("Inner bytes (inside age)")
    magic = bytes.fromhex("".join(re.search(r"`([0-9A-F ]+)`", layout[0][2]).group(1).split()))
    assert inner[:8] == magic == envelope.MAGIC
    fields = {}
    for names, kind, _meaning in documented_table("Manifest fields (all required)"):
        for name in re.findall(r"`(\w+)`", names):
            fields[name] = JSON_TYPES[kind]
    assert set(fields) == set(manifest) == set(envelope.MANIFEST_TYPES)
    assert all(isinstance(manifest[name], kind) for name, kind in fields.items())
    documented_types = {name for row in documented_table("Records")
                        for name in re.findall(r"`(\w+)`", row[0])}
    assert {record["type"] for record in records} <= documented_types
    from db.export_profiles import PROFILES  # every type any desk's profile may hold is documented

    assert set().union(*(profile.record_types for profile in PROFILES.values())) <= documented_types
    assert all(set(record) == {"type", "id", "version", "updated_at", "body"} for record in records)


def test_every_exported_value_is_the_column_value_with_dates_as_iso_text(team_db):
    from datetime import date, datetime

    from sqlalchemy import select, update

    from db.export_profiles import PROFILES
    from db.models import CaseParty, MediationCase, ObservationNote
    from desktop.core.bundles.export import collect_records
    from desktop.core.demo.team_data import generate_demo

    with team_db.uow() as uow:
        generate_demo(uow, cases=60, seed=6)
    with team_db.uow() as uow:
        # Escalated here and there, keeping their place in the change order (a Core update
        # leaves change_seq alone).
        uow.session.execute(update(MediationCase).where(MediationCase.number % 7 == 0).values(
            risk_of_violence=True))
        # Times with and without a fraction of a second (ISO text leaves a zero fraction out).
        uow.session.execute(update(MediationCase).where(MediationCase.number % 5 == 0).values(
            updated_at=datetime(2026, 11, 2, 8, 30)))
        records = collect_records(uow.session, 0, PROFILES["commune"])
        rows = {row["id"]: row for model in (MediationCase, CaseParty, ObservationNote)
                for row in uow.session.execute(select(model.__table__)).mappings()}
        in_change_order = uow.session.scalars(select(MediationCase.id).order_by(
            MediationCase.change_seq)).all()
    # Escalated cases (read in full) and the rest (read as frames) keep one change order.
    assert [r["id"] for r in records if r["type"] == "mediation_case"] == in_change_order
    assert any("main_content" in r["body"] for r in records if r["type"] == "mediation_case")
    def as_exported(value):
        return value.isoformat() if isinstance(value, (date, datetime)) else value

    checked, moments = 0, set()
    for record in records:
        row = rows.get(record["id"])
        if row is None or record["type"] == "tombstone":
            continue
        assert record["updated_at"] == row["updated_at"].isoformat()
        assert record["version"] == row["version"]
        for name, value in record["body"].items():
            expected = as_exported(row[name])
            # Of the same type too: a flag travels as true/false, never as 1/0.
            assert value == expected and type(value) is type(expected), (record["type"], name)
            checked += 1
        moments.add(len(record["updated_at"]))
    assert checked > 1000 and moments == {19, 26}  # with and without microseconds


def test_a_case_flagged_after_an_export_sends_its_parties_then(team_with_both_desks, tmp_path):
    """The parties were recorded (and the frame sent) before the risk of violence was known:
    raising the flag sends them to the chair with the case, though they did not change."""
    from desktop.core.mediation import cases
    from desktop.core.mediation.inputs import case_input_from_json

    team_db = team_with_both_desks
    case = add_case(team_db, parties=[{"full_name": "Lê Thị Uyên", "address": "Số 3 ngõ 9"}])
    with team_db.uow() as uow:
        export_bundle(uow, month=MARCH, out_dir=tmp_path, to="commune")
    with team_db.uow() as uow:
        cases.update_case(uow, case_ref=case.id, data=case_input_from_json({
            "risk_of_violence": True, "violence_reported_at": "2026-03-09T08:00:00",
            "violence_reported_to": "Chủ tịch UBND phường"}))
    with team_db.uow() as uow:
        second = export_bundle(uow, month=MARCH, out_dir=tmp_path, to="commune")
    _, text, records = _texts(team_db, second, COMMUNE_IDENTITY)
    assert "Lê Thị Uyên" in text and [r["type"] for r in records].count("case_party") == 1
    with team_db.uow() as uow:  # and once only: the next bundle has nothing new of the case
        third = export_bundle(uow, month=MARCH, out_dir=tmp_path, to="commune")
    assert "Lê Thị Uyên" not in _texts(team_db, third, COMMUNE_IDENTITY)[1]


def _tombstones(records) -> set[tuple[str, str]]:
    return {(r["body"]["table"], r["id"]) for r in records if r["type"] == "tombstone"}


def test_a_flag_cleared_withdraws_what_its_desk_received(team_with_both_desks, tmp_path):
    """A violation flag raised by mistake: the police are sent tombstones for the case and its
    party; a violence-risk flag cleared: the commune keeps the frame, its parties are withdrawn."""
    from desktop.core.mediation import cases
    from desktop.core.mediation.inputs import case_input_from_json

    team_db = team_with_both_desks
    violation = add_case(team_db, parties=[{"full_name": "Trần Văn Khải"}],
                         signs_of_violation=True, violation_reported_at="2026-03-06T10:00:00",
                         violation_reported_to="Công an phường")
    risk = add_case(team_db, parties=[{"full_name": "Lê Thị Uyên"}], risk_of_violence=True,
                    violence_reported_at="2026-03-05T09:00:00",
                    violence_reported_to="Chủ tịch UBND phường")
    with team_db.uow() as uow:
        export_bundles(uow, month=MARCH, out_dir=tmp_path / "first")
    for case, flag in ((violation, "signs_of_violation"), (risk, "risk_of_violence")):
        with team_db.uow() as uow:
            cases.update_case(uow, case_ref=case.id, data=case_input_from_json({flag: False}))
    with team_db.uow() as uow:
        police, commune = export_bundles(uow, month=MARCH, out_dir=tmp_path / "second")
    _, text, records = _texts(team_db, police, IDENTITY)
    withdrawn = _tombstones(records)
    assert ("mediation_case", violation.id) in withdrawn and "Trần Văn Khải" not in text
    assert {table for table, _id in withdrawn} == {"mediation_case", "case_party"}
    _, text, records = _texts(team_db, commune, COMMUNE_IDENTITY)
    assert {table for table, _id in _tombstones(records)} == {"case_party"}
    frame = next(r for r in records if r["id"] == risk.id)
    assert "main_content" not in frame["body"] and "Lê Thị Uyên" not in text
    with team_db.uow() as uow:  # given back once: the next bundle withdraws nothing
        again = export_bundle(uow, month=MARCH, out_dir=tmp_path / "third")
    assert _tombstones(_texts(team_db, again, IDENTITY)[2]) == set()


def test_the_first_police_bundle_after_the_upgrade_withdraws_violence_risk_cases(
        team_with_police, tmp_path):
    from db.models import ExportLog

    team_db = team_with_police
    risk = add_case(team_db, parties=[{"full_name": "Lê Thị Uyên"}], risk_of_violence=True,
                    violence_reported_at="2026-03-05T09:00:00",
                    violence_reported_to="Chủ tịch UBND phường")
    with team_db.uow() as uow:
        change = bundle_store.last_change_seq(uow.session)
        uow.session.add(ExportLog(  # the bundle that sent it to the police before the upgrade
            recipient="police", seq=1, profile="minimised", period="2026-02",
            inner_sha256="ab" * 32, bundle_sha256="cd" * 32, up_to_change_seq=change,
            file_name="00004-2026-02-1.tqb", ciphertext=b"\0", record_counts="{}"))
        uow.commit()
    with team_db.uow() as uow:
        first = export_bundle(uow, month=MARCH, out_dir=tmp_path)
    withdrawn = _tombstones(_texts(team_db, first, IDENTITY)[2])
    assert ("mediation_case", risk.id) in withdrawn and len(withdrawn) == 2
    with team_db.uow() as uow:
        second = export_bundle(uow, month=MARCH, out_dir=tmp_path)
    assert _tombstones(_texts(team_db, second, IDENTITY)[2]) == set()

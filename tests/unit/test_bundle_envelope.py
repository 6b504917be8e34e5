"""Bundle format 1: the envelope round-trips, and every damage is rejected (security.md §9.6)."""

import hashlib
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.bundles import age_crypto, envelope, payload
from desktop.core.errors import BundleRejected

KEY = Ed25519PrivateKey.generate()
PUBLIC = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
IDENTITY, RECIPIENT = age_crypto.new_identity()


def make_inner(records=None) -> bytes:
    records = records if records is not None else [
        {"type": "monthly_figure", "id": "f1", "version": 1, "updated_at": "2026-11-01T00:00:00",
         "body": {"name": "patrols", "value": 12, "ghi_chú": "Đông Hòa"}}]
    jsonl = payload.encode_records(records)
    packed = payload.compress(jsonl)
    manifest = {
        "format": envelope.FORMAT, "schema_version": "0007", "app_version": "0.1.0",
        "bundle_id": str(uuid.uuid4()), "team_id": "team-1", "signer_key_id": envelope.key_id(PUBLIC),
        "recipient_fprs": [age_crypto.recipient_fingerprint(RECIPIENT)], "seq": 1,
        "prev_bundle_sha256": "", "created_at": "2026-11-27T10:00:00Z", "period_from": "2026-10",
        "period_to": "2026-10", "record_counts": {"monthly_figure": len(records)},
        "payload_encoding": "jsonl", "payload_compression": "zstd",
        "uncompressed_len": len(jsonl), "payload_len": len(packed),
        "payload_sha256": hashlib.sha256(packed).hexdigest(), "export_profile": "minimised"}
    return envelope.build_inner(manifest, packed, KEY)


def open_inner(inner: bytes) -> list[dict]:
    parsed = envelope.parse_inner(inner)
    envelope.verify(parsed, PUBLIC)
    manifest = parsed.manifest
    return payload.decode_records(payload.decompress(
        parsed.payload, manifest["payload_compression"], manifest["uncompressed_len"]))


def test_round_trip_through_age():
    inner = make_inner()
    assert inner.startswith(b"TQB\x00\x01\x00\r\n")
    sealed = age_crypto.encrypt(inner, [RECIPIENT])
    assert "Đông Hòa".encode() not in sealed
    records = open_inner(age_crypto.decrypt(sealed, IDENTITY))
    assert records[0]["body"]["ghi_chú"] == "Đông Hòa"


def test_every_single_bit_flip_is_rejected():
    inner = make_inner()
    for position in range(len(inner)):
        for bit in (0, 7):
            damaged = bytearray(inner)
            damaged[position] ^= 1 << bit
            with pytest.raises(BundleRejected):
                open_inner(bytes(damaged))


def test_every_truncation_and_any_appended_byte_is_rejected():
    inner = make_inner()
    for length in range(len(inner)):
        with pytest.raises(BundleRejected):
            open_inner(inner[:length])
    with pytest.raises(BundleRejected):
        open_inner(inner + b"\x00")


def test_age_layer_rejects_other_units_and_damage():
    sealed = age_crypto.encrypt(make_inner(), [RECIPIENT])
    other_identity, _ = age_crypto.new_identity()
    for damaged in (sealed[:-1], sealed[:40], b"", sealed[:100] + bytes([sealed[100] ^ 1]) + sealed[101:]):
        with pytest.raises(BundleRejected):
            age_crypto.decrypt(damaged, IDENTITY)
    with pytest.raises(BundleRejected, match="another unit"):
        age_crypto.decrypt(sealed, other_identity)


def test_a_forged_signature_and_a_zip_bomb_are_rejected():
    parsed = envelope.parse_inner(make_inner())
    with pytest.raises(BundleRejected, match="signature"):
        envelope.verify(parsed, Ed25519PrivateKey.generate().public_key().public_bytes(
            Encoding.Raw, PublicFormat.Raw))
    bomb = payload.compress(b"\x00" * 10_000_000)
    with pytest.raises(BundleRejected):
        payload.decompress(bomb, "zstd", 1000)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "type": st.sampled_from(["mediation_case", "tombstone", "monthly_figure"]),
    "id": st.uuids().map(str), "version": st.integers(1, 10**6),
    "updated_at": st.just("2026-11-27T00:00:00"),
    "body": st.dictionaries(st.text(max_size=8), st.text(max_size=30) | st.integers(), max_size=4)}),
    max_size=20))
def test_any_records_round_trip(records):
    assert open_inner(make_inner(records)) == records


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_garbage_never_crashes_the_parser(data):
    with pytest.raises(BundleRejected):
        open_inner(data)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_number_json_cannot_hold_is_rejected(constant):
    line = ('{"type":"monthly_figure","id":"f1","version":1,"updated_at":"2026-11-01T00:00:00",'
            f'"body":{{"value":{constant}}}}}\n').encode()
    with pytest.raises(BundleRejected):
        payload.decode_records(line)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**80), max_value=2**80) | st.text(),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=5), children, max_size=3), max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6))
def test_a_received_body_is_stored_as_sorted_compact_json(body):
    import json

    from desktop.core.bundles.importing import body_text

    text = body_text(body)
    assert text == json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert json.loads(text) == body


def test_records_orjson_refuses_are_written_by_the_standard_library():
    records = [{"type": "t", "id": "a", "version": 1, "updated_at": "2026-11-01T00:00:00",
                "body": {"ghi_chú": "Đông Hòa", "lớn": 2**70}},
               {"type": "t", "id": "b", "version": 1, "updated_at": "2026-11-01T00:00:00",
                "body": {"ghi_chú": "Đông Hòa"}}]
    jsonl = payload.encode_records(records)
    assert payload.decode_records(jsonl) == records
    assert "Đông Hòa".encode() in jsonl.splitlines()[1]  # orjson: UTF-8, compact, sorted
    assert jsonl.splitlines()[1].startswith(b'{"body":{"ghi_ch')


@pytest.mark.parametrize("number", [-(2**63) - 1, 2**64, -(10**30), 10**30])
def test_an_integer_beyond_64_bits_comes_back_exact(number):
    """orjson reads these as floats; found by the round-trip property above."""
    records = [{"type": "mediation_case", "id": "a", "version": 1,
                "updated_at": "2026-11-27T00:00:00", "body": {"": number}}]
    assert open_inner(make_inner(records)) == records

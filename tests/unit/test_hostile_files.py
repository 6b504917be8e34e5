"""Hostile files (issue 7): cards, receipts, bundles and loads that are empty, huge, truncated,
of the wrong kind, zip bombs, deeply nested, not UTF-8 or carrying path tricks — each refused in
one sentence (an `AppError`), never a crash, within bounded memory and time."""

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.bundles import envelope, keys, payload, receipts
from desktop.core.errors import AppError, InvalidInput
from desktop.core.loading import tabular

NASTY = [b"", b"\x00" * 10, b"\xff\xfe\xfd", b"{" * 100_000, b"[" * 5000 + b"]" * 5000,
         json.dumps({"format": "tuquan-card/1"}).encode(), b'{"a": "\\ud800"}',
         "Tổ hòa giải".encode("utf-16"), b"PK\x03\x04" + b"\x00" * 100, b"x" * (2 * 1024 * 1024)]
VALID_CARD = {"format": "tuquan-card/1", "mode": "team", "id": "team-1", "name": "Tổ hòa giải",
              "commune_code": "00004", "signing_public": "ab" * 32, "age_recipient": None}


def refused_or_parsed(parse, data) -> None:
    try:
        parse(data)
    except AppError as error:
        assert error.message and "\n" not in error.message
    except RecursionError:  # pragma: no cover - the parsers must catch this themselves
        pytest.fail("recursion escaped the parser")


@given(st.binary(max_size=4096))
@settings(max_examples=300, suppress_health_check=list(HealthCheck))
def test_any_bytes_as_a_card_receipt_or_bundle_are_refused_cleanly(data):
    for parse in (keys.read_card, receipts.read_receipt_document, envelope.parse_inner,
                  lambda raw: payload.decode_records(raw)):
        refused_or_parsed(parse, data)


@pytest.mark.parametrize("data", NASTY, ids=range(len(NASTY)))
def test_nasty_inputs_are_refused_cleanly(data):
    for parse in (keys.read_card, receipts.read_receipt_document, envelope.parse_inner,
                  lambda raw: payload.decode_records(raw)):
        refused_or_parsed(parse, data)


@pytest.mark.parametrize("field,value", [
    ("name", "../../Windows/System32"), ("name", "a\nb"), ("id", "..\\..\\x"),
    ("commune_code", "../00"), ("name", "x" * 500), ("name", "")])
def test_a_card_with_path_tricks_or_control_characters_is_refused(field, value):
    with pytest.raises(InvalidInput):
        keys.read_card(json.dumps(VALID_CARD | {field: value}).encode())


def test_a_valid_card_still_reads():
    assert keys.read_card(json.dumps(VALID_CARD).encode()).name == "Tổ hòa giải"


@given(st.binary(max_size=2048), st.sampled_from([".csv", ".jsonl", ".xlsx", ".txt"]))
@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_bytes_as_a_load_file_are_refused_or_read(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("load") / f"input{suffix}"
    path.write_bytes(data)
    refused_or_parsed(tabular.read_rows, path)


def test_an_xlsx_zip_bomb_is_refused_before_unpacking(tmp_path):
    buffer = io.BytesIO()
    chunk = b"<row>" + b"0" * (1024 * 1024) + b"</row>"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
        for _ in range(tabular.MAX_UNZIPPED_BYTES // len(chunk) + 2):
            sheet.write(chunk)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk, huge unpacked
    with pytest.raises(InvalidInput, match="unpack"):
        tabular.read_rows(path)


def test_deeply_nested_json_lines_are_refused(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_bytes(b"[" * 200_000 + b"\n")
    with pytest.raises(InvalidInput):
        tabular.read_rows(path)

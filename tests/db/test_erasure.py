"""Erasure that erases (Law 91/2025): after a purge, an anonymisation or a correction, no word of
the removed person can be read anywhere in the database — not in a table, not in a full-text
index's segments, not in a free page, not in the write-ahead log — at the team, and at a desk
once the team's tombstones arrive."""

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import Engine

from db.folding import fold_for_search
from db.repositories.received import ReceivedQuery
from db.repositories.row_ids import refresh_planner_statistics
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys, received_register
from desktop.core.bundles.export import export_bundle
from desktop.core.bundles.importing import import_files
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.mediation import cases, progress
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.monthly_report.periods import Month
from desktop.core.notes import notes
from desktop.core.paths import AppPaths
from desktop.core.privacy import ledgers, retention, subjects
from desktop.core.text import collation_key
from tests.conftest import ADMIN_PASSWORD, TEST_KEY
from tests.postgres import BACKENDS, database_url_for

# Made-up words no other record holds; diacritics so that their stored forms differ.
NAME, ADDRESS, CONTENT, SESSION, NOTE = ("Ngạc Thị Quôkkacanary", "Ngõ Ýakcanary",
                                         "Tranh chấp về Zébracanary", "Gặp ở Ốcelotcanary",
                                         "Người lạ Ibìscanary")
CANARY_WORDS = [text.split()[-1] for text in (NAME, ADDRESS, CONTENT, SESSION, NOTE)]
TAIL = "the tail of a canary word"

PAGE, RESERVED = 4096, 80  # SQLCipher 4's page, and the IV (16) and HMAC-SHA512 (64) it ends with
WAL_HEADER, FRAME_HEADER = 32, 24


def needles() -> dict[bytes, str]:
    """What would betray each word: the word as typed (NFC or NFD) and folded, its first six
    folded letters (the case index keeps prefixes up to six), its letters as a name's sort key
    writes them, and the tail all share (an FTS5 term is stored after the prefix it shares
    with the term before it)."""
    found = {b"canary": TAIL}
    for word in CANARY_WORDS:
        forms = {unicodedata.normalize(form, word) for form in ("NFC", "NFD")}
        forms |= {fold_for_search(word), fold_for_search(word)[:6],
                  collation_key(word).split("\x02")[0]}
        found |= {form.encode("utf-8"): word for form in forms}
    return found


def _decrypt(page: bytes, key: bytes, page_number: int) -> bytes:
    start = 16 if page_number == 1 else 0  # page 1 begins with the file's salt, in the clear
    vector = page[PAGE - RESERVED:PAGE - RESERVED + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(vector)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVED]) + decryptor.finalize()


def file_pages(path: Path, key: bytes) -> bytes:
    """Every page of the database file decrypted, free pages and unused space included."""
    data = path.read_bytes()
    return b"".join(_decrypt(data[at:at + PAGE], key, at // PAGE + 1)
                    for at in range(0, len(data) - PAGE + 1, PAGE))


def log_pages(path: Path, key: bytes) -> bytes:
    """Every frame still in the write-ahead log, decrypted (old pages wait there)."""
    data = path.read_bytes() if path.exists() else b""
    pages = []
    for at in range(WAL_HEADER, len(data) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        number = int.from_bytes(data[at:at + 4], "big")
        pages.append(_decrypt(data[at + FRAME_HEADER:at + FRAME_HEADER + PAGE], key, number))
    return b"".join(pages)


def plaintext_export(engine: Engine, target: Path) -> bytes:
    """The whole database copied into an unencrypted file by SQLCipher itself."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        raw.execute("SELECT sqlcipher_export('plain')")
        raw.execute("DETACH DATABASE plain")
    return target.read_bytes()


def readable(engine: Engine, database: Path, key: bytes, scratch: Path) -> dict[str, bytes]:
    scratch.unlink(missing_ok=True)
    return {"export": plaintext_export(engine, scratch),
            "file": file_pages(database, key),
            "log": log_pages(database.with_name(database.name + "-wal"), key)}


def betrayed(places: dict[str, bytes]) -> list[tuple[str, str]]:
    """(place, word) for every canary word still readable somewhere."""
    return sorted({(place, word) for place, data in places.items()
                   for needle, word in needles().items() if needle in data
                   or needle in data.lower()})


def record_case(unit_of_work, *, escalated: bool = False, ended: bool = True) -> str:
    document = {"received_date": "2019-11-05", "basis": "PARTY_REQUEST",
                "scope_category": "EVERYDAY_CONFLICT", "main_content": CONTENT,
                "parties": [{"full_name": NAME, "birth_year": 1971, "address": ADDRESS},
                            {"full_name": "Trần Văn Khác", "birth_year": 1980,
                             "address": "Thôn Hòa Bình"}]}
    if escalated:
        document |= {"signs_of_violation": True, "violation_reported_at": "2019-11-05T09:00:00",
                     "violation_reported_to": "Công an xã"}
    with unit_of_work() as uow:
        case = cases.create_case(uow, data=case_input_from_json(document))
    with unit_of_work() as uow:
        progress.check_scope(uow, case_ref=case.id, check="IN_SCOPE")
    with unit_of_work() as uow:
        progress.assign_mediator(uow, case_ref=case.id, mediator="lan",
                                 no_conflict_confirmed=True, assigned_on=date(2019, 11, 6))
    with unit_of_work() as uow:
        progress.record_session(uow, case_ref=case.id, held_on=date(2019, 11, 7), summary=SESSION)
    if ended:
        with unit_of_work() as uow:
            progress.end_case(uow, case_ref=case.id, end_reason="PARTY_REQUESTED_STOP",
                              ended_on=date(2020, 3, 1))
    return case.id


def keep_twelve_months(unit_of_work) -> None:
    for record_type in retention.RECORD_TYPES:
        with unit_of_work() as uow:
            retention.set_retention(uow, record_type=record_type, keep_months=12)


def test_a_purged_case_leaves_no_word_in_the_file_its_indexes_or_the_log(team_db, tmp_path):
    record_case(team_db.uow)
    with team_db.uow("security") as uow:
        notes.create_note(uow, values=notes.note_input_from_json(
            {"category": "OTHER", "summary": NOTE, "observed_at": "2020-01-02T08:00:00"}))
    keep_twelve_months(team_db.uow)
    with team_db.uow() as uow:  # the list's statistics sample the first party's name
        refresh_planner_statistics(uow.session)
        uow.commit()
    database = tmp_path / "test.db"
    before = readable(team_db.engine, database, TEST_KEY, tmp_path / "plain.db")
    assert {word for _, word in betrayed(before)} >= set(CANARY_WORDS)  # the scan sees them
    with team_db.uow() as uow:
        report = retention.purge(uow, today=date(2026, 11, 27))
    assert len(report.records) == 2
    assert betrayed(readable(team_db.engine, database, TEST_KEY, tmp_path / "plain.db")) == []
    assert database.with_name("test.db-wal").stat().st_size == 0


def test_an_anonymised_person_leaves_no_word_of_their_name_or_address(team_db, tmp_path):
    case_id = record_case(team_db.uow, ended=False)
    with team_db.uow() as uow:
        person = subjects.choose_subject(uow, name=NAME)
    with team_db.uow() as uow:
        assert ledgers.anonymise_subject(uow, person=person.key) == 1
    database = tmp_path / "test.db"
    places = readable(team_db.engine, database, TEST_KEY, tmp_path / "plain.db")
    left = {word for _, word in betrayed(places)} - {TAIL}
    assert left == {CONTENT.split()[-1], SESSION.split()[-1]}  # the case's own text stays
    with team_db.uow() as uow:
        assert cases.get_case(uow, case_ref=case_id).parties[0].full_name == "Ẩn danh"


def test_a_corrected_name_and_note_leave_no_word_of_what_they_said(team_db, tmp_path):
    case_id = record_case(team_db.uow, ended=False)
    with team_db.uow() as uow:
        cases.update_case(uow, case_ref=case_id, data=case_input_from_json(
            {"main_content": "Tranh chấp về lối đi", "parties": [
                {"full_name": "Ngạc Thị Hoa", "birth_year": 1971, "address": "Thôn Đông"}]}))
    with team_db.uow("security") as uow:
        note = notes.create_note(uow, values=notes.note_input_from_json(
            {"category": "OTHER", "summary": NOTE, "observed_at": "2026-01-02T08:00:00"}))
    with team_db.uow("security") as uow:
        notes.update_note(uow, note_ref=note.id,
                          values=notes.note_input_from_json({"summary": "Người lạ đi qua"}))
    places = readable(team_db.engine, tmp_path / "test.db", TEST_KEY, tmp_path / "plain.db")
    # The meeting's summary was not corrected: it stays, and shows the scan reads the file.
    assert {word for _, word in betrayed(places)} - {TAIL} == {SESSION.split()[-1]}
    with team_db.uow() as uow:
        assert [c.id for c in cases.search_cases(uow, text="ngac thi hoa")] == [case_id]


def _desk(tmp_path: Path, backend: str):
    paths = AppPaths(tmp_path / "police")
    initialise(paths, SetupRequest(mode="receiver", name="Công an phường Ba Đình",
                                   commune_code="00004", admin_username="an",
                                   admin_password=ADMIN_PASSWORD,
                                   database_url=database_url_for(backend)))
    return sign_in(paths, "an", ADMIN_PASSWORD)


def _send(team, desk, tmp_path: Path, month: Month) -> None:
    with team.unit_of_work() as uow:
        result = export_bundle(uow, month=month, out_dir=tmp_path / "usb")
    assert [r.status for r in import_files(desk, paths=[result.path])] == ["imported"]


def _found_in_register(desk, words: str) -> int:
    with desk.unit_of_work() as uow:
        return received_register.start_received_list(
            uow, query=ReceivedQuery(search=words), first=10).total


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_desk_forgets_the_words_of_a_case_the_team_purged(team_install, tmp_path, backend):
    team, desk = sign_in(team_install[0], "lan", ADMIN_PASSWORD), _desk(tmp_path, backend)
    try:
        for a, b in ((team, desk), (desk, team)):
            with a.unit_of_work() as uow:
                card = keys.own_card(uow)
            with b.unit_of_work() as uow:
                keys.enrol_card(uow, card=card)
        record_case(team.unit_of_work, escalated=True)
        _send(team, desk, tmp_path, Month(2026, 10))
        assert _found_in_register(desk, "zebracanary") == 1, "the case came in full"
        on_file = desk.paths.database_url() is None
        if on_file:
            database, key = desk.paths.database_file, desk.database_key()
            held = readable(desk.engine, database, key, tmp_path / "plain.db")
            assert {NAME.split()[-1], ADDRESS.split()[-1], CONTENT.split()[-1]} <= {
                word for _, word in betrayed(held)}
        keep_twelve_months(team.unit_of_work)
        assert len(retention.purge_after_backup(team).records) == 1
        _send(team, desk, tmp_path, Month(2026, 11))
        assert _found_in_register(desk, "zebracanary") == 0
        if on_file:
            assert betrayed(readable(desk.engine, database, key, tmp_path / "plain.db")) == []
    finally:
        team.close()
        desk.close()

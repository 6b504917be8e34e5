"""A case's searchable text is defined once: the text indexed after each change and the text the
bulk rebuild indexes must be the same for every case, or a search finds a case only one way."""

from db.folding import fold_for_search
from db.repositories import cases as case_repository
from desktop.core.mediation import cases, volumes
from desktop.core.mediation.inputs import case_input_from_json

INTAKE = {
    "received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "EVERYDAY_CONFLICT",
    "hamlet": "Thôn Đông Hòa", "main_content": "Tranh chấp lối đi chung giữa hai hộ",
    "parties": [{"full_name": "Đặng Văn Đức", "birth_year": 1970, "address": "Thôn Đông Hòa"},
                {"full_name": "Nguyễn Thị Hoà", "address": "Tổ dân phố số 5"},
                {"full_name": "Lê Văn Tám"}],
}
BARE = {"received_date": "2026-04-01", "basis": "PARTY_REQUEST",
        "scope_category": "CIVIL", "main_content": "Vay mượn tiền"}


def both_texts(team_db, case_id: str) -> tuple[str, str]:
    with team_db.uow() as uow:
        case = case_repository.get_case(uow.session, case_id)
        return (fold_for_search(case_repository.case_search_text(uow.session, case)),
                case_repository.bulk_search_text(uow.session, case_id))


def test_a_change_and_the_bulk_rebuild_index_the_same_text(team_db):
    with team_db.uow() as uow:
        full = cases.create_case(uow, data=case_input_from_json(INTAKE))
    with team_db.uow() as uow:
        bare = cases.create_case(uow, data=case_input_from_json(BARE))
    with team_db.uow() as uow:
        volumes.amend_case(uow, case_ref=full.case_no, field="notes", value="Ghi chú bổ sung",
                           reason="Sửa lỗi")
    with team_db.uow() as uow:  # a party taken off the case is no longer searched either way
        cases.update_case(uow, case_ref=full.case_no, data=case_input_from_json(
            {"parties": INTAKE["parties"][:2]}))
    for case in (full, bare):
        by_change, by_rebuild = both_texts(team_db, case.id)
        assert by_change == by_rebuild
    searched = both_texts(team_db, full.id)[0]
    assert "ghi chu bo sung" in searched and "nguyen thi hoa to dan pho so 5" in searched
    assert "tam" not in searched.split()


def test_the_rebuilt_index_finds_what_a_change_indexed(team_db):
    with team_db.uow() as uow:
        case = cases.create_case(uow, data=case_input_from_json(INTAKE))
    with team_db.uow() as uow:
        case_repository.rebuild_search_index(uow.session)
        uow.commit()
    with team_db.uow() as uow:
        for words in ("dang van duc", "to dan pho", "HG-2026-0001", "loi di chung"):
            assert [row.id for row in cases.search_cases(uow, text=words)] == [case.id]

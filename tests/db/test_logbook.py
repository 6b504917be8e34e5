"""The log book to the 2014 form: cover, the form's headings whole, Part II by mediator identity."""

from datetime import date

from db.models import Installation
from desktop.core.documents import case_documents
from desktop.core.mediation import volumes, wording
from desktop.core.pdf import logbook_summary
from tests.db.test_case_documents import pdf_text
from tests.db.test_cases import add_case, to_in_progress
from tests.db.test_namesakes import namesakes_with_cases

# The Ministry of Justice's form, word for word.
PART_ONE_HEADINGS = [
    "STT", "Ngày, tháng, năm nhận vụ, việc hòa giải",
    "Họ và tên hòa giải viên, người được mời tham gia hòa giải (nếu có)",
    "Họ tên, tuổi, địa chỉ các bên, người có quyền, nghĩa vụ liên quan đến vụ, việc hòa giải (nếu có)",
    "Nội dung chủ yếu của vụ, việc",
    "Thỏa thuận của các bên (hoặc yêu cầu của mỗi bên) sau khi hòa giải",
    "Kết quả hòa giải",
    "Chữ ký (hòa giải viên; người chứng kiến vụ, việc hòa giải; người được mời tham gia hòa giải (nếu có))",
    "Ghi chú", "Hòa giải thành", "Hòa giải không thành"]


def _words(text: str) -> str:
    return " ".join(text.split())


def _heading_lines(page_text: str, first_row_starts: tuple[str, ...]) -> list[str]:
    """The layout lines of a page's table heading: from the top to the first row of figures."""
    lines = page_text.splitlines()
    end = next(i for i, line in enumerate(lines) if line.strip().startswith(first_row_starts))
    return lines[:end]


def case_documents_pdf(team_db, **book) -> bytes:
    with team_db.uow() as uow:
        return case_documents.logbook_pdf(uow, **book)


def _move_to_thanh_hoa(team_db) -> None:
    with team_db.uow() as uow:
        installation = uow.session.query(Installation).one()
        installation.province_code, installation.province_name = "38", "Thanh Hóa"
        installation.commune_code, installation.commune_name = "14848", "Xã Tam Chung"
        uow.commit()


def test_cover_and_headings_follow_the_form(team_db):
    _move_to_thanh_hoa(team_db)
    with team_db.uow() as uow:
        volumes.open_volume(uow, opened_on=date(2026, 1, 1))
    add_case(team_db)
    with team_db.uow() as uow:
        pdf = case_documents.logbook_pdf(uow, year=2026)
    layout = pdf_text(pdf, "-layout")
    cover = [line.strip() for line in layout.split("\f")[0].splitlines()]
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Tỉnh/thành phố: Tỉnh Thanh Hóa", "Xã/phường/đặc khu: Xã Tam Chung",
                 "Quyển số: 1", "Mở ngày 01 tháng 01 năm 2026", "Khóa ngày … tháng … năm …"):
        assert line in cover
    assert "Mở ngày: ngày" not in layout
    assert "PHẦN I – GHI CHÉP CỦA HÒA GIẢI VIÊN" in layout
    assert "PHẦN II – THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI" in layout
    # Read in drawing order, each heading comes whole, every word of it uncut.
    in_order = _words(pdf_text(pdf, "-raw"))
    for heading in PART_ONE_HEADINGS:
        assert heading in in_order
    for number in range(1, 11):
        assert f"({number})" in in_order


def test_no_heading_is_cut_inside_a_word(team_db):
    case = add_case(team_db)
    to_in_progress(team_db, case.case_no)
    pages = pdf_text(case_documents_pdf(team_db, year=2026), "-layout").split("\f")
    part_one = " ".join(_heading_lines(pages[1], ("(1)",))).split()
    form_words = {word for text in [*PART_ONE_HEADINGS, "PHẦN I – GHI CHÉP CỦA HÒA GIẢI VIÊN"]
                  for word in text.split()}
    assert part_one and set(part_one) <= form_words, set(part_one) - form_words
    part_two = " ".join(_heading_lines(pages[2], ("1 ", "Tổng cộng"))).split()
    summary_words = {word for text in [
        logbook_summary.PART_TWO_TITLE, logbook_summary.MEDIATOR_HEADING,
        logbook_summary.SCOPE_HEADING, logbook_summary.RESULT_HEADING, "STT", "Ghi chú",
        *logbook_summary.RESULTS.values(), *wording.SCOPE_SHORT.values()] for word in text.split()}
    assert part_two and set(part_two) <= summary_words, set(part_two) - summary_words
    total = next(line.split() for line in pages[2].splitlines() if "Tổng cộng" in line)
    assert total[9:12] == ["0", "0", "1"]  # thành, không thành, đang hòa giải


def test_a_year_without_a_volume_says_so_and_invents_none(team_db):
    add_case(team_db, received_date="2025-11-03")
    text = pdf_text(case_documents_pdf(team_db, year=2025), "-layout")
    assert "Quyển số" not in text and "Mở ngày" not in text
    assert "Chưa mở quyển sổ nào trong năm 2025." in text
    with team_db.uow() as uow:
        volumes.open_volume(uow, opened_on=date(2025, 12, 1))
    later = pdf_text(case_documents_pdf(team_db, year=2026), "-layout")
    assert "Quyển số: 1" in later and "Mở ngày 01 tháng 12 năm 2025" in later
    assert "Quyển số" not in pdf_text(case_documents_pdf(team_db, year=2024), "-layout")


def test_two_members_of_the_same_name_get_two_rows_in_part_two(team_db):
    namesakes_with_cases(team_db)
    with team_db.uow() as uow:
        volumes.open_volume(uow, opened_on=date(2026, 1, 1))
    with team_db.uow() as uow:
        volumes.close_volume(uow, volume_no=1, closed_on=date(2026, 6, 30))
    pages = pdf_text(case_documents_pdf(team_db, volume=1), "-layout").split("\f")
    part_two = [line.split() for line in pages[2].splitlines()]
    rows = [line for line in part_two if line[:4] in (["1", "Huỳnh", "Thị", "Trang"],
                                                      ["2", "Huỳnh", "Thị", "Trang"])]
    # and what tells them apart: their recognition dates
    assert [row[4] for row in rows] == ["(công"] * 2
    assert {"01/02/2024)", "09/05/2025)"} <= {word for line in part_two for word in line}
    # The first: one case in the first category, thành; the second: two, one thành, one không.
    assert [[word for word in row[1:] if word.isdigit()] for row in rows] == [
        ["1", "1"], ["2", "1", "1"]]
    total = next(line for line in part_two if line[:2] == ["Tổng", "cộng"])
    assert total[2:9] == ["3", "0", "0", "0", "0", "0", "0"] and total[9:12] == ["2", "1", "0"]
    summary = _words(pages[2])
    assert "Hòa giải thành Hòa giải không thành Đang hòa giải" in _words(
        pdf_text(case_documents_pdf(team_db, volume=1), "-raw"))
    assert "TỔ TRƯỞNG TỔ HÒA GIẢI (Ký, ghi rõ họ tên)" in summary
    assert "Ba Đình, ngày 30 tháng 6 năm 2026" in summary

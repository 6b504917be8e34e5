"""Documents of mediation: the written agreement for one case and the year's log book, as PDF bytes."""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from db import clock
from db.repositories.installation import get_team, list_hamlets, opened_installation
from db.repositories.volumes import cases_received_between
from db.unit_of_work import UnitOfWork
from desktop.core.admin_units import shipped_admin_units
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput
from desktop.core.mediation.cases import case_detail, case_details, load_case
from desktop.core.mediation.namesakes import identify
from desktop.core.mediation.rules import Result
from desktop.core.mediation.team_register import list_members
from desktop.core.mediation.volumes import VolumeView, find_volume, list_volumes
from desktop.core.roles import Permission

if TYPE_CHECKING:  # ReportLab is not imported until a document is made
    from desktop.core.pdf.agreement import AgreementPlace


def _team_place(uow: UnitOfWork) -> tuple[str, str, str]:
    installation = opened_installation(uow.session)
    team = get_team(uow.session, installation.own_team_id) if installation.own_team_id else None
    return (team.name if team else installation.unit_name or "", installation.commune_name,
            installation.province_name)


def agreement_file_name(case_no: str) -> str:
    """The name a saved agreement is offered under: "thoa-thuan-HG-2026-0012.pdf"."""
    return f"thoa-thuan-{case_no}.pdf"


def _agreement_place(uow: UnitOfWork) -> "AgreementPlace":
    # ReportLab loads only when a document is made
    from desktop.core.pdf.agreement import AgreementPlace

    installation = opened_installation(uow.session)
    team_name, commune_name, province_name = _team_place(uow)
    province = shipped_admin_units().provinces.get(installation.province_code)
    return AgreementPlace(team_name, commune_name, province.full_name if province else province_name)


def agreement_pdf(uow: UnitOfWork, *, case_ref: str, record: bool = False) -> bytes:
    """The written successful-mediation document, dated the day the parties agreed (the day the
    written agreement was recorded as made, or the case ended) whatever the day it is printed;
    `record` notes it as made and commits."""
    # ReportLab loads only when a document is made
    from desktop.core.pdf.agreement import build_agreement_pdf

    case = load_case(uow, case_ref)
    detail = case_detail(uow, case)
    if detail.result != Result.SUCCESSFUL:
        raise InvalidInput(field="result", problem="only for cases that reached agreement")
    agreed_on = detail.written_agreement_on or detail.ended_on
    pdf = build_agreement_pdf(detail, _agreement_place(uow), agreed_on)
    if record:
        if case.written_agreement_on is None:
            case.written_agreement_on = agreed_on or clock.today()
        record_event(uow, AuditAction.AGREEMENT_EXPORTED, target_type="case", target_id=case.id)
        uow.commit()
    return pdf


@dataclass(frozen=True)
class _BookSpan:
    volumes: tuple[VolumeView, ...]  # the volumes really opened; none is made up
    year: int | None
    first: date
    last: date


def _book_span(uow: UnitOfWork, year: int | None, volume: int | None) -> _BookSpan:
    """One volume's book (its cases from opening to closing), or a calendar year's: the cases
    received in the year, under the volumes opened for it, if any was."""
    if volume is not None:
        found = find_volume(uow, volume)
        return _BookSpan((found,), None, found.opened_on, found.closed_on or date.max)
    if year is None:
        raise InvalidInput(field="year", problem="required")
    first, last = date(year, 1, 1), date(year, 12, 31)
    overlapping = tuple(v for v in list_volumes(uow) if v.opened_on <= last
                        and (v.closed_on is None or v.closed_on >= first))
    return _BookSpan(overlapping, year, first, last)


def _province_with_type(code: str, name: str) -> str:
    """"Tỉnh Thanh Hóa", "Thành phố Hà Nội": the province as the admin-unit list names it."""
    province = shipped_admin_units().provinces.get(code)
    return province.full_name if province else name


def _leader_name(uow: UnitOfWork) -> str:
    """The serving tổ trưởng on the register, for the signature under Part II; blank if none."""
    return next((m.full_name for m in list_members(uow)
                 if m.position == "leader" and m.dismissed_on is None), "")


def logbook_pdf(uow: UnitOfWork, *, year: int | None = None, volume: int | None = None,
                record: bool = False) -> bytes:
    """The log book of a volume, or of a calendar year, in order of receipt (the leader's)."""
    # ReportLab loads only when a document is made
    from desktop.core.pdf.logbook import LogbookCover, build_logbook_pdf

    authorize(uow, Permission.MANAGE_LOGBOOK)
    span = _book_span(uow, year, volume)
    details = case_details(uow, cases_received_between(uow.session, span.first, span.last))
    mediators = identify(uow.session, [(m.member_id, m.name) for case in details
                                       for m in case.mediators])
    installation = opened_installation(uow.session)
    team_name, commune_name, province_name = _team_place(uow)
    # A closed volume's summary is the one made when it was closed; any other is made today.
    signed_on = (span.volumes[0].closed_on if span.year is None else None) or clock.today()
    cover = LogbookCover(_province_with_type(installation.province_code, province_name),
                         commune_name, tuple(h.name for h in list_hamlets(uow.session)),
                         team_name, span.volumes, span.year, signed_on, _leader_name(uow))
    pdf = build_logbook_pdf(cover, details, mediators)
    if record:
        record_event(uow, AuditAction.LOGBOOK_EXPORTED, details={
            "year": span.year, "volumes": [v.volume_no for v in span.volumes],
            "cases": len(details)})
        uow.commit()
    return pdf

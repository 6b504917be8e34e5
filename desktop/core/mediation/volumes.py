"""Log-book volumes (R-MED-10) and the amendments that correct entries of closed volumes."""

from dataclasses import dataclass
from datetime import date

from db import clock
from db.models import CaseAmendment, LogbookVolume
from db.repositories import volumes as volume_repository
from db.repositories.cases import add_case_part
from db.repositories.installation import opened_installation
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.mediation import rules
from desktop.core.mediation.cases import case_detail, load_case, save_and_index
from desktop.core.mediation.types import CaseDetail
from desktop.core.roles import Permission
from desktop.core.text import nfc

AMENDABLE = ("main_content", "agreement_or_demands", "implementation_method", "witnesses", "notes")


@dataclass(frozen=True)
class VolumeView:
    volume_no: int
    opened_on: date
    closed_on: date | None


def _view(volume: LogbookVolume) -> VolumeView:
    return VolumeView(volume.volume_no, volume.opened_on, volume.closed_on)


def list_volumes(uow: UnitOfWork) -> list[VolumeView]:
    authorize(uow, Permission.MANAGE_LOGBOOK)
    return [_view(v) for v in volume_repository.list_volumes(
        uow.session, opened_installation(uow.session).own_team_id)]


def find_volume(uow: UnitOfWork, volume_no: int) -> VolumeView:
    for volume in list_volumes(uow):
        if volume.volume_no == volume_no:
            return volume
    raise NotFound(what="Volume", name=str(volume_no))


def open_volume(uow: UnitOfWork, *, opened_on: date) -> VolumeView:
    """Start the next volume; the previous one must be closed, and before this day."""
    authorize(uow, Permission.MANAGE_LOGBOOK)
    team_id = opened_installation(uow.session).own_team_id
    volumes = volume_repository.list_volumes(uow.session, team_id)
    if volumes:
        previous_closed_on = volumes[-1].closed_on
        if previous_closed_on is None:
            raise InvalidInput(field="volume", problem="close the current volume first")
        if opened_on <= previous_closed_on:
            raise InvalidInput(field="opened_on", problem="must be after the previous volume closed")
    volume = LogbookVolume(team_id=team_id, volume_no=len(volumes) + 1, opened_on=opened_on)
    volume_repository.store_volume(uow.session, volume)
    record_event(uow, AuditAction.VOLUME_OPENED, target_type="volume", target_id=volume.id,
                 details={"volume_no": volume.volume_no})
    result = _view(volume)
    uow.commit()
    return result


def close_volume(uow: UnitOfWork, *, volume_no: int, closed_on: date) -> VolumeView:
    """Close a volume; every case in it must be ended or out of scope, and is frozen from now on."""
    authorize(uow, Permission.MANAGE_LOGBOOK)
    team_id = opened_installation(uow.session).own_team_id
    volume = next((v for v in volume_repository.list_volumes(uow.session, team_id)
                   if v.volume_no == volume_no), None)
    if volume is None:
        raise NotFound(what="Volume", name=str(volume_no))
    if volume.closed_on is not None:
        raise InvalidInput(field="volume", problem="already closed")
    if closed_on < volume.opened_on:
        raise InvalidInput(field="closed_on", problem="before the volume was opened")
    open_cases = volume_repository.count_unfinished_cases(
        uow.session, team_id, volume.opened_on, closed_on,
        [rules.Status.ENDED, rules.Status.OUT_OF_SCOPE])
    if open_cases:
        raise InvalidInput(field="volume", problem="some of its cases are not finished yet")
    volume.closed_on = closed_on
    record_event(uow, AuditAction.VOLUME_CLOSED, target_type="volume", target_id=volume.id,
                 details={"volume_no": volume_no})
    result = _view(volume)
    uow.commit()
    return result


def amend_case(uow: UnitOfWork, *, case_ref: str, field: str, value: str, reason: str) -> CaseDetail:
    """Correct a frozen entry: the old and new text and the reason are kept for good."""
    authorize(uow, Permission.MANAGE_LOGBOOK)
    case = load_case(uow, case_ref)
    if field not in AMENDABLE:
        raise InvalidInput(field="field", problem="not one of the allowed values: "
                           + ", ".join(AMENDABLE))
    if not nfc(reason):
        raise InvalidInput(field="reason", problem="required")
    add_case_part(uow.session, CaseAmendment(case_id=case.id, team_id=case.team_id, field=field,
                                             old_value=getattr(case, field), new_value=nfc(value),
                                             reason=nfc(reason), amended_on=clock.today()))
    setattr(case, field, nfc(value))
    save_and_index(uow, case, AuditAction.CASE_AMENDED, {"field": field})
    result = case_detail(uow, case)
    uow.commit()
    return result

"""Counts per mediator of the cases they ended in a period (R-MED-12: the remuneration basis)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from db.models import CaseMediator, MediationCase
from desktop.core.audit import authorize
from desktop.core.mediation.rules import EndReason
from desktop.core.roles import Permission
from desktop.core.text import name_sort_key, split_name


@dataclass(frozen=True)
class MediatorCount:
    name: str
    ended: int
    successful: int
    unsuccessful: int


def mediator_counts(uow, *, date_from: date, date_to: date) -> list[MediatorCount]:
    """Cases each current mediator ended between the two days, by result."""
    authorize(uow, Permission.VIEW_MEDIATOR_COUNTS)
    successful = func.sum(case((MediationCase.end_reason == EndReason.AGREEMENT_REACHED.value, 1),
                               else_=0))
    rows = uow.session.execute(
        select(CaseMediator.name, func.count(), successful)
        .join(MediationCase, MediationCase.id == CaseMediator.case_id)
        .where(MediationCase.status == "ENDED", MediationCase.ended_on.between(date_from, date_to),
               MediationCase.deleted_at.is_(None), CaseMediator.role == "MEDIATOR",
               CaseMediator.replaced_on.is_(None), CaseMediator.deleted_at.is_(None))
        .group_by(CaseMediator.name).order_by(CaseMediator.name))
    counts = [MediatorCount(name, ended, won or 0, ended - (won or 0)) for name, ended, won in rows]
    return sorted(counts, key=lambda c: name_sort_key(*split_name(c.name)))

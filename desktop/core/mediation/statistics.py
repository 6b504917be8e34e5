"""Counts per mediator of the cases they ended in a period (R-MED-12: the remuneration basis)."""

from dataclasses import dataclass
from datetime import date

from db.repositories.members import ended_case_counts
from db.unit_of_work import UnitOfWork
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


def mediator_counts(uow: UnitOfWork, *, date_from: date, date_to: date) -> list[MediatorCount]:
    """Cases each current mediator ended between the two days, by result."""
    authorize(uow, Permission.VIEW_MEDIATOR_COUNTS)
    rows = ended_case_counts(uow.session, date_from, date_to, EndReason.AGREEMENT_REACHED.value)
    counts = [MediatorCount(name, ended, won or 0, ended - (won or 0)) for name, ended, won in rows]
    return sorted(counts, key=lambda c: name_sort_key(*split_name(c.name)))

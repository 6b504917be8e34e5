"""Counts per mediator of the cases they ended in a period (R-MED-12: the remuneration basis)."""

from dataclasses import dataclass
from datetime import date

from db.repositories.members import ended_case_counts
from db.unit_of_work import UnitOfWork
from desktop.core.audit import authorize
from desktop.core.mediation.namesakes import identify, identity_key
from desktop.core.mediation.rules import EndReason
from desktop.core.roles import Permission


@dataclass(frozen=True)
class MediatorCount:
    member_id: str | None
    name: str
    detail: str  # what tells this mediator apart from another of the same name, else empty
    ended: int
    successful: int
    unsuccessful: int


def mediator_counts(uow: UnitOfWork, *, date_from: date, date_to: date) -> list[MediatorCount]:
    """Cases each current mediator ended between the two days, by result; one line per member
    of the register, so that two members of the same name are paid each for their own cases."""
    authorize(uow, Permission.VIEW_MEDIATOR_COUNTS)
    rows = ended_case_counts(uow.session, date_from, date_to, EndReason.AGREEMENT_REACHED.value)
    identities = identify(uow.session, [(member_id, name) for member_id, name, _, _ in rows])
    counted = []
    for member_id, name, ended, won in rows:
        identity = identities[identity_key(member_id, name)]
        counted.append((identity.sort_key, MediatorCount(
            member_id, identity.name, identity.detail, ended, won or 0, ended - (won or 0))))
    return [count for _, count in sorted(counted, key=lambda pair: pair[0])]

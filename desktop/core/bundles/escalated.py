"""The police unit's list of what needs its attention: escalated cases and the notes (observations
and residents' tips) the teams reported to it.

Only these travel in full (R-PRIV-04); everything else arrives as bare counts, so this list is
built from the received records alone.
"""

import json
from dataclasses import dataclass

from db.repositories import cards
from db.repositories import received as received_repository
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.roles import Permission


@dataclass(frozen=True)
class EscalatedItem:
    team: str
    kind: str  # case, or a note's own kind: observation or tip
    number: str
    date: str
    category: str
    reason: str  # risk_of_violence, signs_of_violation, about_violation or reported_to_police
    summary: str
    people: tuple[str, ...]


def _parties(session: Session) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for row in received_repository.received_of_type(session, "case_party"):
        body = json.loads(row.body)
        names.setdefault(body.get("case_id", ""), []).append(body.get("full_name", ""))
    return names


def _case_item(team: str, body: dict, parties: dict) -> EscalatedItem | None:
    reasons = [name for name in ("risk_of_violence", "signs_of_violation") if body.get(name)]
    if not reasons:
        return None
    return EscalatedItem(team, "case", body.get("case_no", ""), body.get("received_date", ""),
                         body.get("scope_category", ""), ", ".join(reasons),
                         body.get("main_content", "") or "", tuple(parties.get(body.get("id"), ())))


def _note_item(team: str, body: dict) -> EscalatedItem | None:
    """A note reported to the police, named by its own kind (a member's observation is not a
    resident's tip)."""
    if not body.get("reported_to_police_at"):
        return None
    return EscalatedItem(team, str(body.get("kind", "")).lower(), body.get("note_no", ""),
                         body.get("observed_at", "")[:10], body.get("category", ""),
                         "about_violation" if body.get("about_violation") else "reported_to_police",
                         body.get("summary", "") or "", ())


def _items(session: Session, teams: dict[str, str], parties: dict[str, list[str]]
           ) -> list[EscalatedItem]:
    items = []
    for row in received_repository.escalated_and_notes(session):
        body = json.loads(row.body) | {"id": row.id}
        team = teams.get(row.team_id, row.team_id)
        item = _case_item(team, body, parties) if row.type == "mediation_case" \
            else _note_item(team, body)
        if item is not None:
            items.append(item)
    return items


def count_escalated(session: Session) -> int:
    """How many items the list holds, not audited (nothing of them is shown): the escalated
    cases counted on their column, the notes read to find those reported to the police."""
    tips = sum(_note_item("", json.loads(row.body)) is not None
               for row in received_repository.received_of_type(session, "observation_note"))
    return received_repository.count_escalated_cases(session) + tips


def list_escalated(uow: UnitOfWork) -> list[EscalatedItem]:
    """Escalated cases and reported notes of every team, newest first; reading them is audited."""
    authorize(uow, Permission.VIEW_RECEIVED)
    session = uow.session
    items = _items(session, cards.party_names(session), _parties(session))
    items.sort(key=lambda item: item.date, reverse=True)
    record_event(uow, AuditAction.ESCALATED_LIST_VIEWED, details={"items": len(items)})
    uow.commit()
    return items

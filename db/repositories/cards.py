"""Queries on the key cards a police unit or team has enrolled (the counterparts it trusts)."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import EnrolledCard

TEAM_CARD = "team"  # the card_kind of a team's card (a police unit's is "receiver")


def one_card_per_team(session: Session) -> list[EnrolledCard]:
    """Each enrolled team once, by name: its active card, or its last one if all are revoked
    (a team that replaced its key has a revoked card and an active one)."""
    chosen: dict[str, EnrolledCard] = {}
    for card in session.scalars(select(EnrolledCard).where(EnrolledCard.card_kind == TEAM_CARD)
                                .order_by(EnrolledCard.enrolled_at)):
        held = chosen.get(card.party_id)
        if held is None or held.revoked_at is not None:
            chosen[card.party_id] = card
    return sorted(chosen.values(), key=lambda card: card.name)


def first_enrolled(session: Session) -> dict[str, datetime]:
    """{team id: when its first card was enrolled}."""
    firsts: dict[str, datetime] = {}
    for party, enrolled_at in session.execute(select(EnrolledCard.party_id, EnrolledCard.enrolled_at)
                                              .where(EnrolledCard.card_kind == TEAM_CARD)):
        firsts[party] = min(firsts.get(party, enrolled_at), enrolled_at)
    return firsts

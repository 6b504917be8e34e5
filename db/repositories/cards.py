"""Queries on the key cards a police unit or team has enrolled (the counterparts it trusts)."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import EnrolledCard

TEAM_CARD = "team"  # the card_kind of a team's card
RECEIVER_CARD = "receiver"  # the card_kind of a desk's card (police or commune)


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


def cards_with_signer(session: Session, signer_key_id: str) -> list[EnrolledCard]:
    """Every card (active or revoked) carrying this signing key, oldest first."""
    return list(session.scalars(select(EnrolledCard).where(EnrolledCard.signer_key_id == signer_key_id)
                                .order_by(EnrolledCard.enrolled_at)))


def team_cards_with_signer(session: Session, signer_key_id: str) -> list[EnrolledCard]:
    """The teams' cards carrying this signing key, oldest first (a bundle's signer)."""
    return [card for card in cards_with_signer(session, signer_key_id)
            if card.card_kind == TEAM_CARD]


def active_card(session: Session, kind: str, party_id: str) -> EnrolledCard | None:
    """The party's card trusted now (the newest, should there be more)."""
    return session.scalars(select(EnrolledCard).where(
        EnrolledCard.card_kind == kind, EnrolledCard.party_id == party_id,
        EnrolledCard.revoked_at.is_(None)).order_by(EnrolledCard.enrolled_at.desc())).first()


def active_card_of(session: Session, party_or_key: str) -> EnrolledCard | None:
    """The oldest card trusted now whose party id or signing key id is `party_or_key`."""
    return session.scalars(select(EnrolledCard).where(
        (EnrolledCard.party_id == party_or_key) | (EnrolledCard.signer_key_id == party_or_key),
        EnrolledCard.revoked_at.is_(None)).order_by(EnrolledCard.enrolled_at)).first()


def all_cards(session: Session) -> list[EnrolledCard]:
    """Every card ever enrolled, oldest first."""
    return list(session.scalars(select(EnrolledCard).order_by(EnrolledCard.enrolled_at)))


def add_card(session: Session, card: EnrolledCard) -> None:
    session.add(card)


def enrolled_party_ids(session: Session) -> set[str]:
    """The ids of every party a card was ever enrolled for."""
    return set(session.scalars(select(EnrolledCard.party_id)))


def party_names(session: Session) -> dict[str, str]:
    """{party id: name on its card} of every card (a later card's name wins)."""
    return {card.party_id: card.name for card in all_cards(session)}


def active_cards_of_kind(session: Session, kind: str) -> list[EnrolledCard]:
    """The cards of this kind trusted now, oldest first."""
    return list(session.scalars(select(EnrolledCard).where(
        EnrolledCard.card_kind == kind, EnrolledCard.revoked_at.is_(None))
        .order_by(EnrolledCard.enrolled_at)))


def active_desk_cards(session: Session, desk: str) -> list[EnrolledCard]:
    """The trusted cards of one desk (police or commune), oldest first."""
    return list(session.scalars(select(EnrolledCard).where(
        EnrolledCard.card_kind == RECEIVER_CARD, EnrolledCard.receiver_kind == desk,
        EnrolledCard.revoked_at.is_(None)).order_by(EnrolledCard.enrolled_at)))


def team_card_for(session: Session, team_or_key: str) -> EnrolledCard | None:
    """A team's card by its id or signing key id: the active one first, then the newest."""
    return session.scalars(select(EnrolledCard).where(
        EnrolledCard.card_kind == TEAM_CARD,
        (EnrolledCard.party_id == team_or_key) | (EnrolledCard.signer_key_id == team_or_key))
        .order_by(EnrolledCard.revoked_at.is_not(None), EnrolledCard.enrolled_at.desc())).first()

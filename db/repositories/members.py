"""Queries on the team register: its members, and the cases each mediator ended."""

from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.models import CaseMediator, Hamlet, MediationCase, Member


def list_members(session: Session) -> list[Member]:
    """Members not deleted, in Vietnamese name order (tên, đệm, họ)."""
    return list(session.scalars(select(Member).where(Member.deleted_at.is_(None))
                                .order_by(Member.sort_key)))


def live_members(session: Session) -> list[Member]:
    """Members not deleted, in storage order."""
    return list(session.query(Member).filter(Member.deleted_at.is_(None)))


def member_ids_by_name_key(session: Session) -> dict[str, str]:
    """{folded name: member id} of every member ever registered."""
    return {member.name_fold: member.id for member in session.query(Member)}


def find_serving_member(session: Session, name_fold: str) -> Member | None:
    """A member with this folded name, neither deleted nor dismissed."""
    return session.scalars(select(Member).where(
        Member.name_fold == name_fold, Member.deleted_at.is_(None),
        Member.dismissed_on.is_(None))).first()


def serving_members_named(session: Session, name_fold: str) -> list[Member]:
    """Every member with this folded name, neither deleted nor dismissed (namesakes too)."""
    return list(session.scalars(select(Member).where(
        Member.name_fold == name_fold, Member.deleted_at.is_(None),
        Member.dismissed_on.is_(None)).order_by(Member.sort_key, Member.id)))


def serving_members(session: Session) -> list[Member]:
    """Members neither deleted nor dismissed, in Vietnamese name order."""
    return list(session.scalars(select(Member).where(
        Member.deleted_at.is_(None), Member.dismissed_on.is_(None)).order_by(Member.sort_key)))


def get_member(session: Session, member_id: str) -> Member | None:
    """The member with this id."""
    return session.get(Member, member_id)


def add_member(session: Session, member: Member) -> None:
    """Add a member to the register (stored at the next flush)."""
    session.add(member)


def store_member(session: Session, member: Member) -> None:
    """Add a member to the register and store it at once, so that it has its id."""
    session.add(member)
    session.flush()


def member_facts(session: Session, member_ids: list[str]) -> dict[str, tuple[str, str | None, date | None]]:
    """{member id: (full name, hamlet name or None, recognition date)} of these members, deleted
    or not (a case keeps naming a member who has left the register)."""
    rows = session.execute(select(Member.id, Member.full_name, Hamlet.name, Member.recognised_on)
                           .outerjoin(Hamlet, Hamlet.id == Member.hamlet_id)
                           .where(Member.id.in_(member_ids)))
    return {member_id: (name, hamlet, recognised) for member_id, name, hamlet, recognised in rows}


def ended_case_counts(session: Session, date_from: date, date_to: date,
                      successful_reason: str) -> list[tuple[str | None, str, int, int | None]]:
    """(member id, name, cases ended, of them with `successful_reason`) for each current mediator
    of cases ended between the two days. One row per member, whatever name each case kept for
    them; an entry without a member (an old log book's name) is counted by its name."""
    successful = func.sum(case((MediationCase.end_reason == successful_reason, 1), else_=0))
    name_without_member = case((CaseMediator.member_id.is_(None), CaseMediator.name), else_="")
    return [tuple(row) for row in session.execute(
        select(CaseMediator.member_id, func.min(CaseMediator.name), func.count(), successful)
        .join(MediationCase, MediationCase.id == CaseMediator.case_id)
        .where(MediationCase.status == "ENDED", MediationCase.ended_on.between(date_from, date_to),
               MediationCase.deleted_at.is_(None), CaseMediator.role == "MEDIATOR",
               CaseMediator.replaced_on.is_(None), CaseMediator.deleted_at.is_(None))
        .group_by(CaseMediator.member_id, name_without_member))]

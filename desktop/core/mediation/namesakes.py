"""Mediators by identity: one per register member, and what tells apart two who share a name."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from db.repositories.members import member_facts
from db.unit_of_work import Session
from desktop.core.text import fold_for_search, format_date, name_sort_key, split_name

NOT_ON_REGISTER = "chưa có trong danh sách tổ"


@dataclass(frozen=True)
class MediatorIdentity:
    """One mediator: a register member, or a bare name an old log book gave without a member."""

    key: str
    member_id: str | None
    name: str
    detail: str  # empty unless another mediator of the same list has the same name

    @property
    def label(self) -> str:
        return f"{self.name} ({self.detail})" if self.detail else self.name

    @property
    def sort_key(self) -> tuple[str, str]:
        return name_sort_key(*split_name(self.name)), self.detail


def identity_key(member_id: str | None, name: str) -> str:
    """The member id; a name only for an entry that names no member."""
    return member_id or f"name:{fold_for_search(name)}"


def _candidates(facts: tuple[str, str | None, date | None] | None, member_id: str | None
                ) -> list[str]:
    """What may tell this mediator apart, most readable first; the register id always does."""
    if facts is None or member_id is None:
        return [NOT_ON_REGISTER]
    _, hamlet, recognised_on = facts
    return [hamlet or "", f"công nhận ngày {format_date(recognised_on)}" if recognised_on else "",
            f"mã {member_id[-8:]}"]  # an id's start is its time: two made together share it


def _details(candidates: list[list[str]]) -> list[str]:
    """The fewest candidates, in order, that give each namesake a different, non-empty detail."""
    details: list[str] = []
    for used in range(1, max(map(len, candidates)) + 1):
        details = ["; ".join(part for part in parts[:used] if part) for parts in candidates]
        if all(details) and len(set(details)) == len(details):
            break
    return details


def identify(session: Session, mediators: Iterable[tuple[str | None, str]]
             ) -> dict[str, MediatorIdentity]:
    """{identity key: identity} of the (member id, name) pairs given; a member is shown under
    their name on the register today, and namesakes get a detail each."""
    pairs = {identity_key(member_id, name): (member_id, name) for member_id, name in mediators}
    facts = member_facts(session, [m for m, _ in pairs.values() if m])
    names = {key: facts[member_id][0] if member_id in facts else name
             for key, (member_id, name) in pairs.items()}
    groups: dict[str, list[str]] = {}
    for key, name in names.items():
        groups.setdefault(fold_for_search(name), []).append(key)
    identities = {}
    for keys in groups.values():
        details = _details([_candidates(facts.get(pairs[k][0] or ""), pairs[k][0]) for k in keys]) \
            if len(keys) > 1 else [""]
        for key, detail in zip(keys, details, strict=True):
            identities[key] = MediatorIdentity(key, pairs[key][0], names[key], detail)
    return identities

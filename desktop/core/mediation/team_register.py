"""The team register (R-MED-11): members, and whether the team meets the composition rules."""

from dataclasses import dataclass
from datetime import date

from db import clock
from db.folding import fold_for_search
from db.models import Member
from db.repositories import members as member_repository
from db.repositories.installation import (
    find_hamlet,
    get_team,
    hamlet_names,
    list_hamlets,
    opened_installation,
)
from db.repositories.users import live_users
from db.unit_of_work import Session, UnitOfWork
from desktop.core.admin_units import shipped_admin_units
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput, MediatorAmbiguous, NotFound
from desktop.core.mediation.inputs import read_date
from desktop.core.mediation.namesakes import identify
from desktop.core.roles import Permission
from desktop.core.text import name_sort_key, nfc, split_name

POSITIONS = ("leader", "deputy", "mediator", "security")
GENDERS = ("female", "male")
MIN_MEDIATORS = 3


@dataclass(frozen=True)
class MemberView:
    id: str
    full_name: str
    position: str
    gender: str | None
    recognised_on: date | None
    dismissed_on: date | None
    trained_on: date | None = None
    recognition_decision: str | None = None
    hamlet: str | None = None  # the name of the hamlet the member covers
    dismissal_reason: str | None = None


@dataclass(frozen=True)
class RegisterCheck:
    """Warnings about the team's composition; an empty tuple means the rules are met."""

    warnings: tuple[str, ...]


def member_view(member: Member, hamlet: str | None = None) -> MemberView:
    return MemberView(member.id, member.full_name, member.position, member.gender,
                      member.recognised_on, member.dismissed_on, member.trained_on,
                      member.recognition_decision, hamlet, member.dismissal_reason)


def new_member(team_id: str | None, full_name: str, position: str,
               gender: str | None = None) -> Member:
    member = Member(team_id=team_id)
    _set_identity(member, full_name, position, gender)
    return member


def _set_identity(member: Member, full_name: str, position: str, gender: str | None) -> None:
    """The member's name (with its search and sort keys), position and sex, checked."""
    full_name = " ".join(nfc(full_name).split())
    if not full_name or len(full_name) > 200:
        raise InvalidInput(field="full name", problem="enter between 1 and 200 characters")
    if position not in POSITIONS:
        raise InvalidInput(field="position", problem="not one of the allowed values: "
                           + ", ".join(POSITIONS))
    if gender is not None and gender not in GENDERS:
        raise InvalidInput(field="gender", problem="not one of the allowed values: female, male")
    family, middle, given = split_name(full_name)
    member.full_name, member.family_name, member.middle_name = full_name, family, middle
    member.given_name, member.name_fold = given, fold_for_search(full_name)
    member.sort_key, member.position, member.gender = (name_sort_key(family, middle, given),
                                                       position, gender)


def _set_service(uow: UnitOfWork, member: Member, *, recognised_on: date | None, decision: str,
                 hamlet: str, trained_on: date | None) -> str | None:
    """The recognition decision, the training and the hamlet covered; returns the hamlet's name."""
    for day, name in ((recognised_on, "recognised_on"), (trained_on, "trained_on")):
        if day is not None:
            read_date(day, name)  # within 1900 … a year from today
    if trained_on is not None and trained_on > clock.today():
        raise InvalidInput(field="trained_on", problem="is in the future")
    member.recognised_on, member.recognition_decision = recognised_on, nfc(decision) or None
    member.trained_on, member.hamlet_id = trained_on, None
    if not hamlet:
        return None
    found = find_hamlet(uow.session, hamlet)
    if found is None:
        raise InvalidInput(field="hamlet", problem="not in the team's list of hamlets")
    member.hamlet_id = found.id
    return found.name


def add_member(uow: UnitOfWork, *, full_name: str, position: str, gender: str | None = None,
               recognised_on: date | None = None, decision: str = "", hamlet: str = "",
               trained_on: date | None = None) -> MemberView:
    """A member of the register: mediators (R-MED-11) and the security team's tổ trưởng, tổ phó
    and tổ viên with their recognition decision and the hamlet they cover (R-SEC-03)."""
    authorize(uow, Permission.MANAGE_REGISTER)
    installation = opened_installation(uow.session)
    member = new_member(installation.own_team_id, full_name, position, gender)
    hamlet_name = _set_service(uow, member, recognised_on=recognised_on, decision=decision,
                               hamlet=hamlet, trained_on=trained_on)
    member_repository.store_member(uow.session, member)
    record_event(uow, AuditAction.MEMBER_ADDED, target_type="member", target_id=member.id,
                 details={"position": position})
    result = member_view(member, hamlet_name)
    uow.commit()
    return result


def edit_member(uow: UnitOfWork, *, member_id: str, full_name: str, position: str,
                gender: str | None = None, recognised_on: date | None = None,
                decision: str = "", hamlet: str = "", trained_on: date | None = None) -> MemberView:
    """Correct or update a member's entry: every field as add_member takes it, all given again."""
    authorize(uow, Permission.MANAGE_REGISTER)
    member = _load_member(uow, member_id)
    _set_identity(member, full_name, position, gender)
    hamlet_name = _set_service(uow, member, recognised_on=recognised_on, decision=decision,
                               hamlet=hamlet, trained_on=trained_on)
    if member.dismissed_on is not None and member.recognised_on is not None \
            and member.dismissed_on < member.recognised_on:
        raise InvalidInput(field="recognised_on", problem="after the member left the team")
    record_event(uow, AuditAction.MEMBER_CHANGED, target_type="member", target_id=member.id,
                 details={"position": position})
    result = member_view(member, hamlet_name)
    uow.commit()
    return result


def end_member(uow: UnitOfWork, *, member_id: str, ended_on: date, reason: str) -> MemberView:
    """A member leaves the register (resigned, dismissed, moved away, died: Law 35 Art. 11):
    the day and the reason are kept, and the member is no longer offered as a mediator."""
    authorize(uow, Permission.MANAGE_REGISTER)
    member = _load_member(uow, member_id)
    if member.dismissed_on is not None:
        raise InvalidInput(field="member", problem="has already left the team")
    read_date(ended_on, "ended_on")  # within 1900 … a year from today
    if member.recognised_on is not None and ended_on < member.recognised_on:
        raise InvalidInput(field="ended_on", problem="before the member was recognised")
    if not nfc(reason).strip():
        raise InvalidInput(field="reason", problem="required")
    member.dismissed_on, member.dismissal_reason = ended_on, nfc(reason).strip()
    record_event(uow, AuditAction.MEMBER_ENDED, target_type="member", target_id=member.id)
    names = hamlet_names(uow.session)
    result = member_view(member, names.get(member.hamlet_id or ""))
    uow.commit()
    return result


def _load_member(uow: UnitOfWork, member_id: str) -> Member:
    member = member_repository.get_member(uow.session, member_id)
    if member is None or member.deleted_at is not None:
        raise NotFound(what="Member", name=member_id)
    return member


def list_members(uow: UnitOfWork) -> list[MemberView]:
    """Members not deleted (those who left too), sorted by tên, đệm, họ in Vietnamese order."""
    names = hamlet_names(uow.session)
    return [member_view(m, names.get(m.hamlet_id or ""))
            for m in member_repository.list_members(uow.session)]


@dataclass(frozen=True)
class RegisterOverview:
    """What the register's screen shows: the members, what the register lacks, the team's count
    of ethnic-minority mediators and the hamlets a member may cover."""

    members: tuple[MemberView, ...]
    warnings: tuple[str, ...]
    ethnic_minority_mediators: int
    hamlets: tuple[str, ...]
    figures: dict[str, object]  # today's register figures, as the justice line counts them


def read_register(uow: UnitOfWork) -> RegisterOverview:
    team_id = opened_installation(uow.session).own_team_id
    team = get_team(uow.session, team_id) if team_id else None
    return RegisterOverview(tuple(list_members(uow)), check_register(uow).warnings,
                            (team.ethnic_minority_mediators or 0) if team else 0,
                            tuple(h.name for h in list_hamlets(uow.session)),
                            register_figures(uow.session, clock.today()))


def check_register(uow: UnitOfWork) -> RegisterCheck:
    """A serving tổ trưởng and at least 3 mediators including a woman (Law 35 Art. 12;
    R-MED-11, R-SEC-03), and the ethnic-minority attestation."""
    members = [m for m in list_members(uow) if m.dismissed_on is None]
    mediators = [m for m in members if m.position in ("leader", "mediator")]
    warnings = []
    if not any(m.position == "leader" for m in members):
        warnings.append("NO_LEADER")
    if len(mediators) < MIN_MEDIATORS:
        warnings.append("FEWER_THAN_THREE_MEDIATORS")
    if not any(m.gender == "female" for m in mediators):
        warnings.append("NO_WOMAN_MEDIATOR")
    team_id = opened_installation(uow.session).own_team_id
    team = get_team(uow.session, team_id) if team_id else None
    if team and team.ethnic_minority_area and not team.ethnic_minority_mediator_attested:
        warnings.append("ETHNIC_MINORITY_MEDIATOR_NOT_ATTESTED")
    return RegisterCheck(tuple(warnings))


def register_figures(session: Session, today: date) -> dict[str, object]:
    """The mediators serving today, as the justice line counts them: by sex, ethnic minority
    (the team's count) and training (a bundle's `register_figures`, names left behind)."""
    mediators = [m for m in member_repository.live_members(session)
                 if m.position in ("leader", "mediator") and m.dismissed_on is None]
    team_id = opened_installation(session).own_team_id
    team = get_team(session, team_id) if team_id else None
    ethnic = (team.ethnic_minority_mediators or 0) if team else 0
    return {"as_of": today.isoformat(), "mediators": len(mediators),
            "female": sum(m.gender == "female" for m in mediators),
            "ethnic_minority": min(ethnic, len(mediators)),
            "trained": sum(m.trained_on is not None for m in mediators)}


def set_ethnic_minority_mediators(uow: UnitOfWork, *, count: int) -> int:
    """How many mediators are ethnic-minority people: a count for the team, not a mark on any
    person (R-MED-11); a count above zero is also the team's attestation (Art. 12)."""
    authorize(uow, Permission.MANAGE_REGISTER)
    if not 0 <= count <= 1000:
        raise InvalidInput(field="count", problem="enter a number from 0 to 1000")
    team_id = opened_installation(uow.session).own_team_id
    team = get_team(uow.session, team_id) if team_id else None
    if team is None:
        raise InvalidInput(field="installation", problem="only a team keeps a register")
    team.ethnic_minority_mediators = count
    team.ethnic_minority_mediator_attested = count > 0
    record_event(uow, AuditAction.REGISTER_FIGURE_SET, details={"ethnic_minority": count})
    uow.commit()
    return count


def resolve_mediator(uow: UnitOfWork, name: str, team_id: str | None) -> Member:
    """A serving member by register id or by name (folded), or the member record of a user
    account by login name. The id picks one of two members who share a name."""
    by_id = member_repository.get_member(uow.session, name.strip())
    if by_id is not None and by_id.deleted_at is None and by_id.dismissed_on is None:
        return by_id
    folded = fold_for_search(name)
    named = member_repository.serving_members_named(uow.session, folded)
    if len(named) > 1:  # namesakes: the name alone must not pick one of them
        choices = identify(uow.session, [(m.id, m.full_name) for m in named])
        raise MediatorAmbiguous(name=name.strip(), choices="; ".join(
            f"{choices[m.id].label}: {m.id}" for m in named))
    if named:
        return named[0]
    users = live_users(uow.session)
    user = next((u for u in users if name.strip().casefold() == u.username
                 or folded == fold_for_search(u.full_name)), None)
    if user is None:
        raise NotFound(what="Mediator", name=name)
    if user.member_id:
        linked = member_repository.get_member(uow.session, user.member_id)
        assert linked is not None  # a user's member id names a member of the register
        return linked
    member = new_member(team_id, user.full_name, "leader" if user.role == "leader" else "mediator")
    member_repository.store_member(uow.session, member)
    user.member_id = member.id
    return member


@dataclass(frozen=True)
class MediatorChoice:
    """A serving member as a mediator field offers them: namesakes told apart."""

    label: str
    member_id: str


def mediator_choices(uow: UnitOfWork) -> list[MediatorChoice]:
    """Every serving member, labelled so that two of the same name differ (hamlet, recognition
    date or the start of the register id)."""
    members = member_repository.serving_members(uow.session)
    labels = identify(uow.session, [(m.id, m.full_name) for m in members])
    return [MediatorChoice(labels[m.id].label, m.id) for m in members]


def set_police_unit(uow: UnitOfWork, *, commune_code: str) -> str:
    """The commune police unit that guides the team (R-SEC-03); returns its name."""
    authorize(uow, Permission.MANAGE_REGISTER)
    commune = shipped_admin_units().commune(commune_code)
    team_id = opened_installation(uow.session).own_team_id
    assert team_id is not None  # the register belongs to the installation's own team
    team = get_team(uow.session, team_id)
    assert team is not None  # the installation's own team is stored with it
    team.police_unit_code, team.police_unit_name = commune.code, f"Công an {commune.full_name}"
    record_event(uow, AuditAction.POLICE_UNIT_SET, details={"commune_code": commune.code})
    result = team.police_unit_name
    uow.commit()
    return result

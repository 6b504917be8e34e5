"""Mediation cases (Law 35/2013): the case, its parties, mediators, sessions and follow-ups."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, validates

from db.folding import fold_for_search
from db.models.base import Base, Syncable, live_index


class MediationCase(Syncable, Base):
    """One case from intake to outcome. `result` is never stored: it follows `end_reason`."""

    __tablename__ = "mediation_case"
    __table_args__ = (UniqueConstraint("team_id", "year", "number"),
                      live_index("mediation_case", "number", "year", "number"),
                      live_index("mediation_case", "received", "received_date"),
                      live_index("mediation_case", "status", "status"),
                      live_index("mediation_case", "category", "scope_category"),
                      live_index("mediation_case", "first_party", "first_party_sort_key"),
                      live_index("mediation_case", "ended", "ended_on"),
                      live_index("mediation_case", "ended_by_status", "status", "ended_on",
                                 "end_reason", "scope_category"),
                      # every column the indicators count, so they never read the case text
                      live_index("mediation_case", "report", "received_date", "status", "ended_on",
                                 "scope_checked_on", "end_reason", "scope_category",
                                 "risk_of_violence", "signs_of_violation", "written_agreement_on",
                                 "parties_informed_of_recognition_on", "deleted_at"),
                      # the earlier cases of the same parties, found without reading a case
                      live_index("mediation_case", "by_id", "id", "team_id", "received_date",
                                 "case_no", "deleted_at"),
                      )

    case_no: Mapped[str] = mapped_column(String(20), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    received_date: Mapped[date] = mapped_column(index=True)
    basis: Mapped[str] = mapped_column(String(40))
    scope_category: Mapped[str] = mapped_column(String(40), index=True)
    scope_check: Mapped[str] = mapped_column(String(20), default="NOT_CHECKED")
    scope_exclusion: Mapped[str | None] = mapped_column(String(40))
    scope_note: Mapped[str | None] = mapped_column(Text)
    hamlet_id: Mapped[str | None] = mapped_column(ForeignKey("hamlet.id"), index=True)
    main_content: Mapped[str] = mapped_column(Text, default="")
    agreement_or_demands: Mapped[str] = mapped_column(Text, default="")
    # Art. 24(2)(e): the manner of carrying the agreement out, and its deadline
    implementation_method: Mapped[str] = mapped_column(Text, default="")
    implementation_deadline: Mapped[date | None]
    witnesses: Mapped[str] = mapped_column(Text, default="")  # names, as the parties agreed
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    end_reason: Mapped[str | None] = mapped_column(String(40))
    ended_on: Mapped[date | None]
    immediate_on_scene: Mapped[bool] = mapped_column(Boolean, default=False)
    parties_agreed_other_time: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_of_violence: Mapped[bool] = mapped_column(Boolean, default=False)
    violence_reported_at: Mapped[datetime | None]
    violence_reported_to: Mapped[str | None] = mapped_column(String(200))
    signs_of_violation: Mapped[bool] = mapped_column(Boolean, default=False)
    violation_reported_at: Mapped[datetime | None]
    violation_reported_to: Mapped[str | None] = mapped_column(String(200))
    written_agreement_on: Mapped[date | None]
    parties_informed_of_recognition_on: Mapped[date | None]
    implementation_status: Mapped[str | None] = mapped_column(String(20))
    first_party_sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_checked_on: Mapped[date | None]


def _folded_name(context: Any) -> str:
    """A row written without the ORM (a bulk load) gets its folded name from its name."""
    return fold_for_search(context.get_current_parameters().get("full_name"))


class CaseParty(Syncable, Base):
    """A party (or a person with related rights and obligations) of a case."""

    __tablename__ = "case_party"
    # The same parties again within a year, found without reading a party (migration 0019).
    __table_args__ = (live_index("case_party", "folded_name", "folded_name", "birth_year", "role",
                                 "case_id", "deleted_at"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(20), default="PARTY")
    kind: Mapped[str] = mapped_column(String(30), default="INDIVIDUAL")
    full_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(100), default="")
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(100), default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(Text, default="")
    # The name as search folds it ("Đặng Văn Đức", "dang van duc" → "dang van duc"), to find the
    # same parties again (repeated disputes, Thông tư 124/2021/TT-BCA) on an index. It is made
    # from `full_name` whenever that is set, so an anonymised or erased name leaves no copy.
    folded_name: Mapped[str] = mapped_column(String(400), default=_folded_name, server_default="")

    @validates("full_name")
    def _fold_with_name(self, _key: str, full_name: str) -> str:
        self.folded_name = fold_for_search(full_name)
        return full_name


class CaseMediator(Syncable, Base):
    """A mediator or invited person on a case; replaced mediators stay, with `replaced_on` set."""

    __tablename__ = "case_mediator"

    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="MEDIATOR")
    no_conflict_confirmed_at: Mapped[datetime | None]
    assigned_on: Mapped[date]
    replaced_on: Mapped[date | None]
    replaced_reason: Mapped[str | None] = mapped_column(Text)


class MediationSession(Syncable, Base):
    """One meeting with the parties."""

    __tablename__ = "mediation_session"

    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")


class CaseFollowup(Syncable, Base):
    """A check on how a successful agreement is being carried out (R-MED-09)."""

    __tablename__ = "case_followup"

    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    followed_on: Mapped[date]
    implementation_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class LogbookVolume(Syncable, Base):
    """A volume (quyển) of the log book; closing it freezes the cases it holds (R-MED-10)."""

    __tablename__ = "logbook_volume"
    __table_args__ = (UniqueConstraint("team_id", "volume_no"),)

    volume_no: Mapped[int] = mapped_column(Integer)
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]


class CaseAmendment(Syncable, Base):
    """A correction to a case of a closed volume: append-only, printed with the entry."""

    __tablename__ = "case_amendment"

    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    amended_on: Mapped[date]

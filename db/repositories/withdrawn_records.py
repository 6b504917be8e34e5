"""What a desk must give back: tombstones for the cases and parties it holds in full but should
hold no longer (R-PRIV-04).

A flag raised by mistake and cleared sends nothing more under that flag, so the desk would keep
what it received: the case is withdrawn from a desk that has no frames (the police), and its
parties from either desk (the commune keeps the case's frame, sent as any changed case's). A
flag's report time stays when the flag is cleared: it marks the cases that went to the desk.
Bundles made before there were two desks sent the police the violence-risk cases in full: the
first police bundle after the upgrade withdraws those (their frames named nobody and stay).
"""

from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from db.export_profiles import ExportProfile
from db.models import CaseParty, MediationCase
from db.repositories.changed_records import iso_text

REPORTED_AT = {"risk_of_violence": "violence_reported_at",
               "signs_of_violation": "violation_reported_at"}


def _withdrawn_cases(after: int, profile: ExportProfile, older_police: bool
                     ) -> ColumnElement[bool]:
    cases = MediationCase.__table__.c
    cleared = and_(cases[profile.full_case_flag].is_(False),
                   cases[REPORTED_AT[profile.full_case_flag]].is_not(None),
                   cases.change_seq > after)
    if older_police:
        cleared = or_(cleared, and_(cases.risk_of_violence.is_(True),
                                    cases.signs_of_violation.is_(False)))
    return and_(cleared, cases.deleted_at.is_(None))


def _tombstone(table: str, row: Any) -> dict[str, Any]:
    # The row's own version: an equal version replaces what the desk holds.
    return {"body": {"table": table}, "id": row.id, "type": "tombstone",
            "updated_at": iso_text(row.updated_at), "version": row.version}


def withdrawn_records(session: Session, after: int, profile: ExportProfile,
                      older_police: bool = False) -> list[dict[str, Any]]:
    """Tombstones of what the desk must no longer hold (see the module's text)."""
    cases, parties = MediationCase.__table__.c, CaseParty.__table__.c
    withdrawn = select(cases.id).where(_withdrawn_cases(after, profile, older_police))
    records = []
    if not profile.case_frames:
        records += [_tombstone("mediation_case", row) for row in session.execute(
            select(cases.id, cases.version, cases.updated_at).where(cases.id.in_(withdrawn)))]
    records += [_tombstone("case_party", row) for row in session.execute(
        select(parties.id, parties.version, parties.updated_at).where(
            parties.case_id.in_(withdrawn), parties.deleted_at.is_(None)))]
    return records

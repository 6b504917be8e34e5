"""Every record of a team's bundle checked before anything is written (DESIGN §7).

A signature proves which team sent a bundle, not that its content is sound or the team's own:
one team's key in hostile hands must not change another team's data or stop the police unit.
So each record must fit its type's schema (`schemas.py`), the manifest's counts must be the
payload's, and every record must be the sending team's: a body naming a team names this one,
the team record is this team, a month's summary is this team's month, and an id already held
belongs to this team. The first record that fails rejects the whole bundle, by its number.
"""

from collections import Counter

import msgspec

from db.export_profiles import OLDER_POLICE_PROFILE, ExportProfile, profile_named
from db.repositories import cards
from db.repositories.changed_records import CASE_FRAME
from db.repositories.received import escalated_case_ids, held_records
from db.unit_of_work import Session
from desktop.core.bundles import payload, schemas
from desktop.core.errors import BundleRejected

# What a case's frame may hold: its frame, and the ids every record may name.
FRAME_KEYS = frozenset(CASE_FRAME) | {"id", "team_id"}


def read_records(packed: bytes, manifest: dict) -> list[dict]:
    """The payload's records, each checked against its schema, counted against the manifest."""
    schemas.set_date_bounds()
    records: list[dict] = []
    counts: Counter[str] = Counter()
    lines = payload.iter_lines(packed, manifest["payload_compression"], manifest["uncompressed_len"])
    for number, line in enumerate(lines, start=1):
        try:
            counts[schemas.check_line(line)] += 1
        except (msgspec.ValidationError, msgspec.DecodeError) as error:
            raise BundleRejected(reason=f"record {number} breaks the rules for its kind: "
                                        f"{_first_line(error)}") from None
        records.append(payload.decode_line(line, number))
    if dict(counts) != manifest["record_counts"]:
        raise BundleRejected(reason="the numbers of records it announces differ from its content")
    return records


def desk_profile(manifest: dict, desk: str) -> ExportProfile:
    """The profile the bundle says it was made under, which must be this desk's."""
    profile = profile_named(manifest["export_profile"])
    if profile is None or profile.recipient != desk:
        raise BundleRejected(reason="it was made for the other desk (its content is not for "
                                    "this one)")
    return profile


def _outside_profile(record: dict, profile: ExportProfile, older: bool) -> bool:
    """A record this desk does not receive: a type outside its profile, or a case carrying
    more than its frame without the desk's Art. 10 flag (or, at a desk without frames, any
    case without it). A bundle made before there were two desks sent the police every case's
    frame, and either flag's cases in full: it is read as it was made."""
    kind, body = record["type"], record["body"]
    if kind not in profile.record_types:
        return True
    if kind != "mediation_case" or body.get(profile.full_case_flag):
        return False
    if older:
        return not body.get("risk_of_violence") and not set(body) <= FRAME_KEYS
    return not profile.case_frames or not set(body) <= FRAME_KEYS


def _cases_in_full(records: list[dict], profile: ExportProfile, older: bool) -> set[str]:
    """The ids of the bundle's cases that travel in full under the desk's flag."""
    flags = (profile.full_case_flag, "risk_of_violence") if older else (profile.full_case_flag,)
    return {record["id"] for record in records if record["type"] == "mediation_case"
            and any(record["body"].get(flag) for flag in flags)}


def _party_outside(session: Session, team: str, records: list[dict], profile: ExportProfile,
                   older: bool) -> int | None:
    """The number of the first party whose case is not the sender's case escalated to this
    desk, in this bundle or held here: a party travels only with such a case (Art. 4(3))."""
    parties = [(number, record["body"].get("case_id")) for number, record
               in enumerate(records, start=1) if record["type"] == "case_party"]
    if not parties:
        return None
    allowed = _cases_in_full(records, profile, older)
    wanted = list({case_id for _number, case_id in parties
                   if isinstance(case_id, str) and case_id not in allowed})
    allowed |= escalated_case_ids(session, team, wanted)
    return next((number for number, case_id in parties if case_id not in allowed), None)


def check_profile(session: Session, team: str, records: list[dict], profile: ExportProfile,
                  manifest: dict) -> None:
    """Refuse the bundle at the first record its desk's profile does not hold."""
    older = manifest["export_profile"] == OLDER_POLICE_PROFILE
    for number, record in enumerate(records, start=1):
        if _outside_profile(record, profile, older):
            raise BundleRejected(reason=f"record {number} is not for this desk")
    outside = _party_outside(session, team, records, profile, older)
    if outside is not None:
        raise BundleRejected(reason=f"record {outside} names a person of a case not reported "
                                    "to this desk")


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0][:200]


def _names_another_team(record: dict, team: str, teams: set[str]) -> bool:
    """A team's own id is its team record's; a month's summary is `<team>:<month>`; any other
    record names no team by its id (a team's id or a summary's taken first would shut that
    team's own out) and, in its body, only the sender."""
    kind, record_id, body = record["type"], record["id"], record["body"]
    if kind == "team":
        return record_id != team
    if kind == "report_summary":
        return record_id != f"{team}:{body['period_to']}" or body["period_from"] != body["period_to"]
    if kind == "register_figures":
        return record_id != f"{team}:register"
    if record_id in teams or ":" in record_id:
        return True
    return body.get("team_id") not in (None, team) or (kind == "monthly_figure"
                                                       and body.get("team_id") != team)


def check_ownership(session: Session, team: str, records: list[dict]) -> dict[str, tuple[str, int, int]]:
    """Refuse the bundle at the first record that is not the sending team's own; return what
    is already held of its records ({id: (team, version, row number)}), for the upsert."""
    teams = cards.enrolled_party_ids(session) | {team}
    for number, record in enumerate(records, start=1):
        if _names_another_team(record, team, teams):
            raise BundleRejected(reason=f"record {number} names another team")
    held = held_records(session, list({record["id"] for record in records}))
    for number, record in enumerate(records, start=1):
        kept = held.get(record["id"])
        if kept is not None and kept[0] != team:
            raise BundleRejected(reason=f"record {number} belongs to another team")
    return held

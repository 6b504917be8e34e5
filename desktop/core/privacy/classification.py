"""Every column of every table, classified (R-PRIV-03): non-personal, basic or sensitive.

One registry for the whole schema; a test fails when a column is missing from it. Export,
masking and subject-access code ask here instead of deciding field by field.
"""

from enum import StrEnum


class DataClass(StrEnum):
    NON_PERSONAL = "non_personal"
    BASIC = "basic"  # name, birth year, address, phone (Decree 356: basic personal data)
    SENSITIVE = "sensitive"  # private life, family matters, violations, security notes


N, B, S = DataClass.NON_PERSONAL, DataClass.BASIC, DataClass.SENSITIVE

SYNCABLE = {"id": N, "team_id": N, "version": N, "created_at": N, "updated_at": N,
            "created_by": B, "updated_by": B, "deleted_at": N, "change_seq": N}


def _syncable(**columns: DataClass) -> dict[str, DataClass]:
    return SYNCABLE | columns


def _all(data_class: DataClass, *names: str) -> dict[str, DataClass]:
    return dict.fromkeys(names, data_class)


CLASSIFICATION: dict[str, dict[str, DataClass]] = {
    "installation": _all(N, "row_id", "installation_id", "mode", "receiver_kind", "own_team_id",
                         "unit_name",
                         "commune_code", "commune_name", "province_code", "province_name",
                         "admin_dataset_version", "created_at"),
    "change_counter": _all(N, "name", "value"),
    "team": _syncable(**_all(N, "name", "commune_code", "commune_name", "province_code",
                             "province_name", "admin_dataset_version", "ethnic_minority_area",
                             "ethnic_minority_mediator_attested", "ethnic_minority_mediators",
                             "police_unit_code",
                             "police_unit_name", "prolonged_after_days")),
    "hamlet": _syncable(**_all(N, "name", "name_fold", "active")),
    "member": _syncable(**_all(B, "full_name", "family_name", "middle_name", "given_name",
                               "name_fold", "sort_key", "position", "gender", "hamlet_id",
                               "recognised_on", "recognition_decision", "dismissed_on",
                               "trained_on"),
                        dismissal_reason=S),
    "app_user": _syncable(**_all(B, "username", "full_name", "member_id", "last_login_at"),
                          **_all(N, "role", "key_slot_id", "active")),
    "audit_event": _all(N, "seq", "occurred_at", "action", "target_type", "target_id",
                        "details", "prev_hash", "hash") | _all(B, "actor_user_id",
                                                               "actor_username"),
    "mediation_case": _syncable(
        **_all(N, "case_no", "year", "number"),
        **_all(S, "received_date", "basis", "scope_category", "scope_check", "scope_exclusion",
               "scope_note", "hamlet_id", "main_content", "agreement_or_demands",
               "implementation_method", "implementation_deadline", "witnesses", "notes",
               "status", "end_reason", "ended_on", "immediate_on_scene",
               "parties_agreed_other_time", "risk_of_violence", "violence_reported_at",
               "violence_reported_to", "signs_of_violation", "violation_reported_at",
               "violation_reported_to", "written_agreement_on",
               "parties_informed_of_recognition_on", "implementation_status",
               "first_party_sort_key", "legal_hold", "scope_checked_on")),
    "case_party": _syncable(**_all(S, "case_id", "position", "role", "kind", "full_name",
                                   "family_name", "middle_name", "given_name", "sort_key",
                                   "folded_name",
                                   "birth_year", "address")),
    "case_mediator": _syncable(**_all(B, "case_id", "member_id", "name", "role",
                                      "no_conflict_confirmed_at", "assigned_on", "replaced_on"),
                               replaced_reason=S),
    "mediation_session": _syncable(**_all(S, "case_id", "held_on", "place", "summary")),
    "case_followup": _syncable(**_all(S, "case_id", "followed_on", "implementation_status",
                                      "note")),
    "retention_rule": _all(N, "record_type", "keep_months", "updated_at") | {"updated_by": B},
    "consent": _syncable(**_all(B, "subject_name", "subject_name_fold", "guardian_name"),
                         **_all(S, "purposes", "scope", "method", "given_at", "sensitive_data",
                                "is_child", "child_agreed", "withdrawn_on")),
    "subject_request": _syncable(**_all(N, "request_no", "kind", "received_on", "due_on",
                                        "status", "closed_on"),
                                 subject_name=B, outcome=S),
    "breach": _syncable(**_all(N, "detected_at", "affected_records", "data_categories",
                               "notified_at"), **_all(S, "description", "measures")),
    "monthly_figure": _syncable(**_all(N, "month", "name", "value")),
    "month_closure": _syncable(**_all(N, "month", "closed_on", "snapshot")),
    # Keys are secrets, not personal data: they are protected by the database's encryption.
    "installation_key": _all(N, "kind", "private_material", "public_material", "created_at"),
    "enrolled_card": _all(N, "id", "card_kind", "receiver_kind", "party_id", "name", "commune_code",
                          "signing_public", "signer_key_id", "age_recipient", "fingerprint",
                          "enrolled_at", "revoked_at"),
    "export_log": _all(N, "recipient", "seq", "profile", "period", "created_at", "inner_sha256",
                       "bundle_sha256",
                       "up_to_change_seq", "file_name", "record_counts", "copied_to_media_at",
                       "receipt_status", "receipt_issued_at") | {"ciphertext": S},
    "received_bundle": _all(N, "team_id", "seq", "inner_sha256", "period", "status",
                            "received_at", "prev_sha256"),
    "bundle_alert": _all(N, "id", "team_id", "seq", "kind", "inner_sha256", "period", "seen_at"),
    "received_record": _all(N, "id", "team_id", "type", "version", "updated_at", "row_number",
                            "reference", "event_date", "category", "state", "escalated")
    | {"body": S, "search_text": S},  # an escalated case's folded content
    "logbook_volume": _syncable(**_all(N, "volume_no", "opened_on", "closed_on")),
    "case_amendment": _syncable(**_all(S, "case_id", "field", "old_value", "new_value",
                                       "reason", "amended_on")),
    "observation_note": _syncable(
        **_all(N, "note_no", "year", "number"),
        **_all(S, "kind", "category", "about_violation", "observed_at", "hamlet_id", "place",
               "summary", "details", "reported_to_police_at", "report_channel", "reported_by",
               "could_not_reach_reason", "confidentiality", "status", "police_feedback",
               "police_confirmed_valuable", "legal_hold")),
}


def data_class(table: str, column: str) -> DataClass:
    """The class of one column; KeyError for a column nobody classified."""
    return CLASSIFICATION[table][column]


"""Two upward desks: cards say which desk they are, a desk reads only bundles of its own profile,
police units keep reading the bundles made before there were two desks, and the processing
register says who receives what from the profiles themselves."""

import hashlib
from pathlib import Path

import pytest

from db.export_profiles import COMMUNE, POLICE, PROFILES, ExportProfile
from db.models import ExportLog
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import age_crypto, keys
from desktop.core.bundles.export import export_bundle, export_bundles
from desktop.core.bundles.importing import import_bundle
from desktop.core.errors import CardAlreadyEnrolled, WrongDeskCard, WrongPoliceCard
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from desktop.core.privacy import recipients
from tests.bundle_forge import Forger, case, signing_key_from, summary
from tests.conftest import ADMIN_PASSWORD
from tests.db.test_export import (
    COMMUNE_IDENTITY,
    COMMUNE_RECIPIENT,
    RECIPIENT,
    desk_card,
    open_bundle,
)

TEAM = "team-a000-0000-0000-000000000001"


def desk(tmp_path: Path, kind: str):
    initialise(AppPaths(tmp_path / kind), SetupRequest(
        mode="receiver", name=f"Bàn nhận {kind}", commune_code="00004", admin_username="an",
        admin_password=ADMIN_PASSWORD, receiver_kind=kind))
    return sign_in(AppPaths(tmp_path / kind), "an", ADMIN_PASSWORD)


@pytest.fixture
def desks(tmp_path):
    opened = {kind: desk(tmp_path, kind) for kind in (POLICE, COMMUNE)}
    yield opened
    for workspace in opened.values():
        workspace.close()


def forger_for(workspace) -> Forger:
    """A team enrolled at `workspace`, sealing bundles to it."""
    with workspace.unit_of_work() as uow:
        recipient = keys.own_card(uow).age_recipient
    forger = Forger(TEAM, "Tổ hòa giải số 1", signing_key_from("two desks"), recipient)
    with workspace.unit_of_work() as uow:
        keys.enrol_card(uow, card=forger.card())
    return forger


def deliver(workspace, data: bytes):
    with workspace.unit_of_work() as uow:
        return import_bundle(uow, data=data, file_name="bundle.tqb")


def test_a_desks_card_says_which_desk_it_is(desks):
    for kind, workspace in desks.items():
        with workspace.unit_of_work() as uow:
            card = keys.own_card(uow)
        assert card.desk == kind and keys.read_card(card.to_bytes()) == card


def test_a_card_of_the_other_desk_is_refused_where_one_is_expected(team_db):
    police, commune = (desk_card(POLICE, RECIPIENT, "Công an phường"),
                       desk_card(COMMUNE, COMMUNE_RECIPIENT, "UBND phường"))
    with team_db.uow() as uow, pytest.raises(WrongDeskCard):
        keys.enrol_card(uow, card=police, expected_desk=COMMUNE)
    with team_db.uow() as uow, pytest.raises(WrongPoliceCard):
        keys.enrol_card(uow, card=commune, expected_desk=POLICE)
    with team_db.uow() as uow:
        keys.enrol_card(uow, card=police, expected_desk=POLICE)
    with team_db.uow() as uow:
        keys.enrol_card(uow, card=commune, expected_desk=COMMUNE)
    with team_db.uow() as uow:
        assert {view.kind for view in keys.list_cards(uow)} == {POLICE, COMMUNE}


def test_a_team_sends_to_one_police_unit_a_second_replaces_it_only_on_purpose(team_db):
    first, second = (desk_card(POLICE, RECIPIENT, "Công an phường"),
                     desk_card(None, COMMUNE_RECIPIENT, "Công an xã khác"))  # an older card
    with team_db.uow() as uow:
        keys.enrol_card(uow, card=first)
    with team_db.uow() as uow, pytest.raises(CardAlreadyEnrolled):
        keys.enrol_card(uow, card=second)
    with team_db.uow() as uow:
        keys.enrol_card(uow, card=second, replace=True)
    with team_db.uow() as uow:
        assert [(v.name, v.revoked) for v in keys.list_cards(uow)] == [
            ("Công an phường", True), ("Công an xã khác", False)]


def test_each_desk_refuses_the_other_desks_bundle(desks):
    for kind, other in ((POLICE, COMMUNE), (COMMUNE, POLICE)):
        forger = forger_for(desks[kind])
        result = deliver(desks[kind], forger.seal([summary(TEAM)], export_profile=other))
        assert result.status == "rejected" and "other desk" in result.reason


def test_a_desk_refuses_a_record_outside_its_profile(desks):
    forger = forger_for(desks[COMMUNE])
    note = {"type": "observation_note", "id": "note-0000-0000-0000-000000000001", "version": 1,
            "updated_at": "2026-10-06T20:00:00",
            "body": {"note_no": "AN-2026-0001", "kind": "TIP", "team_id": TEAM}}
    result = deliver(desks[COMMUNE], forger.seal([note], export_profile=COMMUNE))
    assert result.status == "rejected" and "not for this desk" in result.reason
    full = case(TEAM, "case-0000-0000-0000-000000000001", 1, main_content="Cãi nhau về lối đi")
    result = deliver(desks[COMMUNE], forger.seal([full], export_profile=COMMUNE))
    assert result.status == "rejected", "a case in full without Art. 10(4) is not the commune's"
    police = forger_for(desks[POLICE])
    frame = case(TEAM, "case-0000-0000-0000-000000000002", 2)
    result = deliver(desks[POLICE], police.seal([frame], export_profile=POLICE))
    assert result.status == "rejected", "the police receive no frame of an ordinary case"


def test_a_police_unit_reads_older_bundles_and_the_new_ones_that_follow(desks):
    """Upgrade: a chain begun with bundles of the older profile goes on with the new one."""
    police = desks[POLICE]
    forger = forger_for(police)
    older = [case(TEAM, "case-0000-0000-0000-000000000001", 1),
             case(TEAM, "case-0000-0000-0000-000000000002", 2, risk_of_violence=True,
                  main_content="Đe dọa hành hung"), summary(TEAM)]
    assert deliver(police, forger.seal(older)).status == "imported"  # "minimised"
    forger.accepted()
    newer = [case(TEAM, "case-0000-0000-0000-000000000003", 3, signs_of_violation=True,
                  main_content="Lấn chiếm lối đi"), summary(TEAM, "2026-11", version=2)]
    result = deliver(police, forger.seal(newer, export_profile=POLICE, period_from="2026-11",
                                         period_to="2026-11"))
    assert (result.status, result.seq) == ("imported", 2)


def test_an_upgraded_team_continues_its_police_chain_and_starts_the_communes(team_db, tmp_path):
    with team_db.uow() as uow:
        keys.ensure_keys(uow.session, "team")
        uow.session.add(ExportLog(  # an export from before, as the upgrade leaves it
            recipient=POLICE, seq=7, profile="minimised", period="2026-09", inner_sha256="ab" * 32,
            bundle_sha256="cd" * 32, up_to_change_seq=0, file_name="00004-2026-09-7.tqb",
            ciphertext=b"\0", record_counts="{}"))
        uow.commit()
    for card in (desk_card(None, RECIPIENT, "Công an phường"),
                 desk_card(COMMUNE, COMMUNE_RECIPIENT, "UBND phường")):
        with team_db.uow() as uow:
            keys.enrol_card(uow, card=card)
    with team_db.uow() as uow:
        police = export_bundle(uow, month=Month(2026, 10), out_dir=tmp_path)
    with team_db.uow() as uow:
        commune = export_bundle(uow, month=Month(2026, 10), out_dir=tmp_path, to=COMMUNE)
    _, manifest, *_ = open_bundle(team_db, Path(police.path))
    assert (manifest["seq"], manifest["prev_bundle_sha256"]) == (8, "ab" * 32)
    assert commune.seq == 1 and hashlib.sha256(Path(commune.path).read_bytes()).hexdigest() \
        == commune.sha256
    _, manifest, *_ = open_bundle(team_db, Path(commune.path), COMMUNE_IDENTITY)
    assert (manifest["seq"], manifest["prev_bundle_sha256"]) == (1, "")


def test_the_processing_register_names_each_desk_from_its_profile(monkeypatch):
    mediation = recipients.recipients_of(recipients.MEDIATION)
    assert "Công an cấp xã" in mediation and "Ủy ban nhân dân cấp xã" in mediation
    assert "Điều 10 khoản 4" in mediation and "Điều 10 khoản 5" in mediation
    security = recipients.recipients_of(recipients.SECURITY)
    assert security.startswith("Công an cấp xã") and "Ủy ban" not in security
    assert recipients.recipients_of("subjects") == recipients.NOT_SENT
    every = {category for profile in PROFILES.values() for category in profile.categories}
    assert every <= set(recipients.CATEGORY_WORDS)
    changed = dict(PROFILES)
    changed[COMMUNE] = ExportProfile(COMMUNE, "risk_of_violence", case_frames=True, notes=True,
                                     movement_figures=False, register_figures=True, volumes=True,
                                     summary_parts=())
    monkeypatch.setattr(recipients, "PROFILES", changed)
    assert "Ủy ban nhân dân cấp xã" in recipients.recipients_of(recipients.SECURITY)


def party(case_id: str, number: int, name: str = "Lê Thị Uyên") -> dict:
    return {"type": "case_party", "id": f"party-0000-0000-0000-{number:012d}", "version": 1,
            "updated_at": "2026-10-05T09:00:00", "body": {"case_id": case_id, "full_name": name,
                                                           "team_id": TEAM}}


def test_a_person_travels_only_with_a_case_reported_to_this_desk(desks):
    """Art. 4(3): a party of an ordinary case, or of a case only the other desk receives, or of
    another team's case, is refused; one of a case held here in full is taken."""
    commune = desks[COMMUNE]
    forger = forger_for(commune)
    ordinary = case(TEAM, "case-0000-0000-0000-000000000001", 1)
    result = deliver(commune, forger.seal([ordinary, party(ordinary["id"], 1)],
                                          export_profile=COMMUNE))
    assert result.status == "rejected" and "not reported to this desk" in result.reason
    violation = case(TEAM, "case-0000-0000-0000-000000000002", 2, signs_of_violation=True)
    result = deliver(commune, forger.seal([party(violation["id"], 2)], export_profile=COMMUNE))
    assert result.status == "rejected"
    risk = case(TEAM, "case-0000-0000-0000-000000000003", 3, risk_of_violence=True,
                main_content="Đe dọa hành hung")
    assert deliver(commune, forger.seal([risk, party(risk["id"], 3)], export_profile=COMMUNE)
                   ).status == "imported"
    forger.accepted()
    later = forger.seal([party(risk["id"], 4, "Trần Văn Khải")], export_profile=COMMUNE)
    assert deliver(commune, later).status == "imported"  # its case is already held in full


def test_a_team_cannot_hang_a_person_on_another_teams_case(desks):
    commune = desks[COMMUNE]
    forger = forger_for(commune)
    risk = case(TEAM, "case-0000-0000-0000-000000000003", 3, risk_of_violence=True,
                main_content="Đe dọa hành hung")
    assert deliver(commune, forger.seal([risk], export_profile=COMMUNE)).status == "imported"
    other = Forger("team-b000-0000-0000-000000000002", "Tổ hòa giải số 2",
                   signing_key_from("another team"), forger.recipient)
    with commune.unit_of_work() as uow:
        keys.enrol_card(uow, card=other.card())
    planted = party(risk["id"], 9, "Người bị gán") | {"body": {
        "case_id": risk["id"], "full_name": "Người bị gán", "team_id": other.team_id}}
    result = deliver(commune, other.seal([planted], export_profile=COMMUNE))
    assert result.status == "rejected"


def test_the_ethnic_minority_count_is_the_teams_and_goes_to_the_commune_only(
        team_with_both_desks, tmp_path):
    from desktop.core.mediation import team_register

    team_db = team_with_both_desks
    with team_db.uow() as uow:
        team_register.set_ethnic_minority_mediators(uow, count=1)
    with team_db.uow() as uow:
        police, commune = export_bundles(uow, month=Month(2026, 10), out_dir=tmp_path)
    *_, records = open_bundle(team_db, Path(commune.path), COMMUNE_IDENTITY)
    register = next(r["body"] for r in records if r["type"] == "register_figures")
    assert register["ethnic_minority"] == min(1, register["mediators"])
    for path, identity in ((police.path, None), (commune.path, COMMUNE_IDENTITY)):
        *_, records = open_bundle(team_db, Path(path), *([identity] if identity else []))
        team = next(r["body"] for r in records if r["type"] == "team")
        assert "ethnic_minority_mediators" not in team


def test_an_upgraded_team_trusting_two_police_units_seals_to_both_and_replaces_both(
        team_db, tmp_path):
    """Before there were desks a team could trust several police cards (each its own party);
    after the upgrade all are the police desk's: both open its bundles, a new card replaces both."""
    from db.models import EnrolledCard
    from tests.db.test_export import IDENTITY

    second_identity, second_recipient = age_crypto.new_identity()
    with team_db.uow() as uow:
        keys.ensure_keys(uow.session, "team")
        uow.commit()
    for recipient, name in ((RECIPIENT, "Công an phường"), (second_recipient, "Công an xã")):
        card = desk_card(None, recipient, name)
        with team_db.uow() as uow:  # as the migration leaves them: two trusted police cards
            uow.session.add(EnrolledCard(
                card_kind="receiver", receiver_kind=POLICE, party_id=card.id, name=card.name,
                commune_code="00004", signing_public=card.signing_public,
                signer_key_id=card.signing_public[:16], age_recipient=recipient,
                fingerprint=card.fingerprint))
            uow.commit()
    with team_db.uow() as uow:
        sealed = Path(export_bundle(uow, month=Month(2026, 10), out_dir=tmp_path).path).read_bytes()
    for identity in (IDENTITY, second_identity):
        assert age_crypto.decrypt(sealed, identity)
    with team_db.uow() as uow:
        keys.enrol_card(uow, card=desk_card(POLICE, COMMUNE_RECIPIENT, "Công an mới"), replace=True)
    with team_db.uow() as uow:
        assert [v.name for v in keys.list_cards(uow) if not v.revoked] == ["Công an mới"]


def test_a_stick_refusing_one_desks_bundle_still_gets_the_others(team_with_both_desks, tmp_path,
                                                                  monkeypatch):
    from desktop.core.bundles import outbox
    from desktop.core.errors import CopyFailed, ExportNotCopied

    team_db = team_with_both_desks
    real = outbox.write_and_check

    def refuse_the_police_file(folder, name, data):
        if "-congan-" in name:
            raise CopyFailed(target=str(folder), reason="no room")
        return real(folder, name, data)

    monkeypatch.setattr(outbox, "write_and_check", refuse_the_police_file)
    with team_db.uow() as uow, pytest.raises(ExportNotCopied) as refused:
        export_bundles(uow, month=Month(2026, 10), out_dir=tmp_path)
    assert "--to police" in refused.value.message
    assert [p.name for p in tmp_path.glob("*.tqb")] == ["00004-2026-10-ubnd-1.tqb"]
    with team_db.uow() as uow:
        entries = {e.recipient: e.copied_to_media_at for e in outbox.list_exports(uow)}
    assert entries[POLICE] is None and entries[COMMUNE] is not None


def test_a_case_withdrawn_leaves_the_police_list(desks, team_db, tmp_path):
    from desktop.core.bundles.escalated import list_escalated
    from desktop.core.mediation import cases
    from desktop.core.mediation.inputs import case_input_from_json
    from tests.db.test_cases import add_case

    police = desks[POLICE]
    with team_db.uow() as uow:
        keys.ensure_keys(uow.session, "team")
        uow.commit()
    with police.unit_of_work() as uow:
        police_card = keys.own_card(uow)
    with team_db.uow() as uow:
        keys.enrol_card(uow, card=police_card)
        team_card = keys.own_card(uow)
    with police.unit_of_work() as uow:
        keys.enrol_card(uow, card=team_card)
    case_ = add_case(team_db, parties=[{"full_name": "Trần Văn Khải"}], signs_of_violation=True,
                     violation_reported_at="2026-03-06T10:00:00",
                     violation_reported_to="Công an phường")
    sent = []
    for step in range(2):
        if step:
            with team_db.uow() as uow:
                cases.update_case(uow, case_ref=case_.id,
                                  data=case_input_from_json({"signs_of_violation": False}))
        with team_db.uow() as uow:
            sent.append(export_bundle(uow, month=Month(2026, 3), out_dir=tmp_path))
        assert deliver(police, Path(sent[-1].path).read_bytes()).status == "imported"
        with police.unit_of_work() as uow:
            people = [name for item in list_escalated(uow) for name in item.people]
        assert people == ([] if step else ["Trần Văn Khải"])

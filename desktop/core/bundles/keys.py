"""Keys and cards: each installation's key pairs, its public card, and the cards it trusts.

A team signs bundles with Ed25519; a desk (the commune police or People's Committee) opens them
with its age identity and signs receipts with its own Ed25519 key. Public halves travel as small
card files whose fingerprint is compared by phone or in person before enrolment; a desk's card
says which desk it is (a card without it was made by a police unit before there were two).
"""

import errno
import hashlib
import json
import os
import re
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from db import clock
from db.export_profiles import COMMUNE, DESKS, POLICE
from db.models import EnrolledCard
from db.repositories import cards, own_keys
from db.repositories.installation import get_installation, get_team
from db.unit_of_work import Session, UnitOfWork
from desktop.core.admin_units import shipped_admin_units
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.bundles import age_crypto
from desktop.core.bundles.envelope import key_id
from desktop.core.errors import (
    CardAlreadyEnrolled,
    InvalidInput,
    NotFound,
    WrongDeskCard,
    WrongPoliceCard,
)
from desktop.core.roles import MODE_RECEIVER, MODE_TEAM, Permission
from desktop.core.text import fold_for_search

CARD_FORMAT = "tuquan-card/1"
MAX_CARD_BYTES = 16 * 1024
SIGNING, AGE_IDENTITY = "signing", "age_identity"
# What a volunteer reads on the stick: which desk a file is for (bundles and cards).
FILE_TAGS = {POLICE: "congan", COMMUNE: "ubnd"}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 40


@dataclass(frozen=True)
class Card:
    format: str
    mode: str
    id: str
    name: str
    commune_code: str
    signing_public: str  # hex of the raw Ed25519 public key
    age_recipient: str | None
    receiver_kind: str | None = None  # a desk's card: police or commune

    @property
    def desk(self) -> str | None:
        """The desk a receiver's card is (an older card without one is the police's)."""
        return (self.receiver_kind or POLICE) if self.mode == MODE_RECEIVER else None

    def _fields(self) -> dict:
        """What the card says: an older police card, without a kind, keeps its fingerprint."""
        fields = asdict(self)
        if fields["receiver_kind"] is None:
            del fields["receiver_kind"]
        return fields

    @property
    def fingerprint(self) -> str:
        """Twenty characters in groups of four, to read aloud and compare."""
        body = json.dumps(self._fields(), sort_keys=True, separators=(",", ":")).encode()
        digest = hashlib.sha256(body).hexdigest()[:20].upper()
        return " ".join(digest[i:i + 4] for i in range(0, 20, 4))

    def to_bytes(self) -> bytes:
        """The card file; the fingerprint inside is for people, readers recompute it."""
        document = self._fields() | {"fingerprint": self.fingerprint}
        return json.dumps(document, sort_keys=True, indent=1, ensure_ascii=False).encode()

    @property
    def file_name(self) -> str:
        """`<commune>-<team>.card` or `<commune>-congan.card` / `-ubnd.card`: a desk that holds
        thirty teams' cards on one stick tells them apart (any name is still read)."""
        who = FILE_TAGS[self.desk] if self.desk else ascii_slug(self.name) or "to"
        return f"{self.commune_code}-{who}.card"


def ascii_slug(text: str) -> str:
    """A name as a file can carry it anywhere: "Tổ hòa giải số 1" → "to-hoa-giai-so-1"."""
    return _NOT_SLUG.sub("-", fold_for_search(text))[:MAX_SLUG].strip("-")


def _new_signing_key() -> tuple[str, str]:
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()
    return private, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def ensure_keys(session: Session, mode: str) -> None:
    """Create whatever key pairs this mode needs and does not have yet."""
    wanted = {SIGNING: _new_signing_key}
    if mode == MODE_RECEIVER:
        wanted[AGE_IDENTITY] = age_crypto.new_identity
    for kind, make in wanted.items():
        if own_keys.own_key(session, kind) is None:
            own_keys.add_own_key(session, kind, *make())


def own_public_key_hex(session: Session) -> str:
    row = own_keys.own_key(session, SIGNING)
    assert row is not None  # made with the installation (ensure_keys)
    return row.public_material


def signing_key(session: Session) -> Ed25519PrivateKey:
    row = own_keys.own_key(session, SIGNING)
    assert row is not None  # made with the installation (ensure_keys)
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.private_material))


def own_card(uow: UnitOfWork) -> Card:
    """This installation's public card."""
    authorize(uow, Permission.VIEW_KEY_CARDS)
    installation = get_installation(uow.session)
    assert installation is not None  # an open workspace has its installation
    team = get_team(uow.session, installation.own_team_id) if installation.own_team_id else None
    age = own_keys.own_key(uow.session, AGE_IDENTITY)
    return Card(CARD_FORMAT, installation.mode,
                team.id if team else installation.installation_id,
                team.name if team else installation.unit_name or "", installation.commune_code,
                own_public_key_hex(uow.session), age.public_material if age else None,
                installation.receiver_kind)


def _plain_text(value: object, limit: int) -> bool:
    """A printable one-line string (a card's name or id never becomes part of a path)."""
    return (isinstance(value, str) and 0 < len(value) <= limit and value.isprintable()
            and not any(mark in value for mark in ("/", "\\", "\x00")))


def read_card(data: bytes) -> Card:
    """Parse a card strictly; any other file is refused in one sentence."""
    try:
        if len(data) > MAX_CARD_BYTES:
            raise ValueError
        document = json.loads(data.decode("utf-8"))
        card = Card(**{name: document[name] for name in Card.__dataclass_fields__
                       if name in document or name != "receiver_kind"})
        bytes.fromhex(card.signing_public)
        valid = (card.format == CARD_FORMAT and card.mode in (MODE_TEAM, MODE_RECEIVER)
                 and len(card.signing_public) == 64 and _plain_text(card.name, 200)
                 and _plain_text(card.id, 64) and re.fullmatch(r"\d{5}", card.commune_code)
                 and (card.mode == MODE_TEAM or str(card.age_recipient).startswith("age1"))
                 and card.receiver_kind in ((None,) if card.mode == MODE_TEAM else (None, *DESKS)))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        valid = False
    if not valid:
        raise InvalidInput(field="card", problem="not a TuQuan key card")
    return card


def _check_enrolment(session: Session, card: Card, signer: str, replace: bool) -> None:
    """A key is trusted for one party, once: a revoked key never again, and a party's active
    key is replaced only on purpose (the old one revoked in the same step)."""
    same_key = cards.cards_with_signer(session, signer)
    if any(c.revoked_at is not None for c in same_key):
        raise InvalidInput(field="card", problem="this key was revoked; ask for a new card")
    if any(c.party_id != card.id for c in same_key):
        raise InvalidInput(field="card", problem="this key is already enrolled for someone else")
    if same_key:
        raise InvalidInput(field="card", problem="this card is already enrolled")
    active = _cards_replaced_by(session, card)
    if active and not replace:
        raise CardAlreadyEnrolled(name=active[0].name, fingerprint=active[0].fingerprint)


def _cards_replaced_by(session: Session, card: Card) -> list[EnrolledCard]:
    """The trusted cards `card` would replace: the same team's, or at a team the same desk's
    (a team sends to one commune police and one People's Committee; one upgraded from when it
    could trust several police units may hold more than one: the new card replaces them all)."""
    if card.desk is None:
        held = cards.active_card(session, card.mode, card.id)
        return [held] if held is not None else []
    return cards.active_desk_cards(session, card.desk)


def _check_kind(installation_mode: str, card: Card, expected_desk: str | None) -> None:
    if card.mode == installation_mode:
        raise InvalidInput(field="card", problem="a team enrols its desks' cards, and a desk "
                                                  "enrols the teams' cards")
    if expected_desk is not None and card.desk != expected_desk:
        raise WrongDeskCard() if expected_desk == COMMUNE else WrongPoliceCard()


def enrol_card(uow: UnitOfWork, *, card: Card, replace: bool = False,
               expected_desk: str | None = None) -> str:
    """Trust a card: a desk enrols teams, a team enrols its desks (one card of each). A card
    taking the place of a trusted one replaces it only with `replace` (and revokes it); where
    a given desk's card is expected (`expected_desk`), another card is refused."""
    authorize(uow, Permission.MANAGE_KEY_CARDS)
    installation = get_installation(uow.session)
    assert installation is not None  # an open workspace has its installation
    _check_kind(installation.mode, card, expected_desk)
    signer = key_id(bytes.fromhex(card.signing_public))
    _check_enrolment(uow.session, card, signer, replace)
    for replaced in _cards_replaced_by(uow.session, card):
        replaced.revoked_at = clock.utc_now()
        record_event(uow, AuditAction.CARD_REPLACED, target_type="card", target_id=card.id,
                     details={"revoked_signer_key_id": replaced.signer_key_id,
                              "signer_key_id": signer})
    cards.add_card(uow.session, EnrolledCard(
        card_kind=card.mode, receiver_kind=card.desk, party_id=card.id, name=card.name,
        commune_code=card.commune_code,
        signing_public=card.signing_public, signer_key_id=signer,
        age_recipient=card.age_recipient, fingerprint=card.fingerprint))
    record_event(uow, AuditAction.CARD_ENROLLED, target_type="card", target_id=card.id,
                 details={"kind": card.desk or card.mode, "signer_key_id": signer})
    result = card.fingerprint
    uow.commit()
    return result


@dataclass(frozen=True)
class EnrolledView:
    id: str
    kind: str  # team, police or commune
    name: str
    commune_code: str
    signer_key_id: str
    fingerprint: str
    revoked: bool
    commune_name: str = ""  # "Phường Ba Đình" for its code ("" for a code the list lacks)


def list_cards(uow: UnitOfWork) -> list[EnrolledView]:
    authorize(uow, Permission.VIEW_KEY_CARDS)
    communes = shipped_admin_units().communes
    return [EnrolledView(c.party_id, c.receiver_kind or c.card_kind, c.name, c.commune_code,
                         c.signer_key_id, c.fingerprint, c.revoked_at is not None,
                         communes[c.commune_code].full_name if c.commune_code in communes else "")
            for c in cards.all_cards(uow.session)]


def revoke_card(uow: UnitOfWork, *, party_or_key: str) -> None:
    """Stop trusting a card's key: later bundles signed with it are rejected."""
    authorize(uow, Permission.MANAGE_KEY_CARDS)
    card = cards.active_card_of(uow.session, party_or_key)
    if card is None:
        raise NotFound(what="Card", name=party_or_key)
    card.revoked_at = clock.utc_now()
    record_event(uow, AuditAction.CARD_REVOKED, target_type="card", target_id=card.party_id)
    uow.commit()


MIN_EXPORT_PASSPHRASE = 12


def export_identity(uow: UnitOfWork, *, passphrase: str) -> bytes:
    """The police unit's age identity in an age passphrase-encrypted file, for safekeeping."""
    # age loads only when an identity is exported
    import pyrage

    authorize(uow, Permission.MANAGE_KEY_CARDS)
    identity = own_keys.own_key(uow.session, AGE_IDENTITY)
    if identity is None:
        raise InvalidInput(field="installation", problem="only a police unit has an identity to export")
    if len(passphrase) < MIN_EXPORT_PASSPHRASE:
        raise InvalidInput(field="passphrase",
                           problem=f"use at least {MIN_EXPORT_PASSPHRASE} characters")
    installation = get_installation(uow.session)
    assert installation is not None  # an open workspace has its installation
    text = (f"# TuQuan police unit identity: {installation.unit_name} ({installation.commune_code})\n"
            f"# public key: {identity.public_material}\n{identity.private_material}\n")
    record_event(uow, AuditAction.IDENTITY_EXPORTED)
    result = pyrage.passphrase.encrypt(text.encode("utf-8"), passphrase)
    uow.commit()
    return result


def read_bounded(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None when it holds more than `limit`: its size is checked before
    it is read, and it is read only up to the limit (a device or a growing file has no true
    size). OSError when it cannot be opened (a folder, say)."""
    with Path(path).open("rb") as stream:
        status = os.fstat(stream.fileno())
        if not stat.S_ISREG(status.st_mode):  # a device (/dev/zero) never ends
            raise OSError(errno.EINVAL, "not a file")
        if status.st_size > limit:
            return None
        data = stream.read(limit + 1)
    return data if len(data) <= limit else None


def read_input_file(path: Path, limit: int) -> bytes:
    """A small file the user picked (card, receipt), or a clear refusal."""
    try:
        data = read_bounded(path, limit)
    except OSError:
        raise InvalidInput(field=Path(path).name, problem="cannot be opened") from None
    if data is None:
        raise InvalidInput(field=Path(path).name, problem="is too large for this kind of file")
    return data


def read_card_file(path: Path) -> Card:
    return read_card(read_input_file(path, MAX_CARD_BYTES))

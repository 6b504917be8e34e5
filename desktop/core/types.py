"""Frozen dataclasses the core hands to the GUI and the command line (never ORM objects)."""

from array import array
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Actor:
    """The signed-in user a unit of work acts for (no user id when opened by recovery code)."""

    user_id: str | None
    username: str
    role: str


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    role: str
    active: bool
    last_login_at: datetime | None


@dataclass(frozen=True)
class InstallationInfo:
    installation_id: str
    mode: str
    name: str
    team_id: str | None
    commune_code: str
    commune_name: str
    province_code: str
    province_name: str
    admin_dataset_version: str
    schema_revision: str
    record_counts: dict[str, int] = field(default_factory=dict)
    hamlets: tuple[str, ...] = ()
    receiver_kind: str | None = None  # a desk: police or commune


@dataclass(frozen=True)
class AuditReport:
    """Result of checking the audit chain; `first_broken_seq` is None when it is intact."""

    events_checked: int
    first_broken_seq: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


@dataclass(frozen=True)
class RecoverySheet:
    """What the printed recovery sheet says: whose data the code opens, since when, the code."""

    mode: str
    unit_name: str  # the team, or the receiving unit
    commune_name: str
    province_name: str
    username: str  # the administrator the installation was set up with
    made_on: date
    code: str


@dataclass(frozen=True)
class InitResult:
    installation_id: str
    mode: str
    admin_username: str
    recovery_code: str
    kdf_memory_kib: int
    kdf_iterations: int
    sheet: RecoverySheet


@dataclass(frozen=True)
class ListStart:
    """What a long list shows first: how many rows match, and the ids of the first ones.
    When not `counted`, `total` is only the ids found so far: the count comes with all the ids."""

    total: int
    first_ids: array
    counted: bool = True


@dataclass(frozen=True)
class SubjectEntry:
    """One case in which the person is a party; only their own details and the case's frame."""

    case_no: str
    received_date: date
    role: str
    kind: str
    full_name: str
    birth_year: int | None
    address: str
    scope_category: str
    status: str
    result: str | None


@dataclass(frozen=True)
class SubjectCandidate:
    """One person recorded under a searched name, told apart by birth year and address: enough
    to choose the one who asked, and nothing else about their cases."""

    key: str
    full_name: str
    birth_year: int | None
    address: str
    entries: int
    case_numbers: tuple[str, ...]

"""One unit of work per user action: a session that rolls back unless committed, and change stamping."""

from types import TracebackType
from typing import Any, Protocol

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session as Session  # re-exported: desktop/core names a session by it
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.session import UOWTransaction

from db import clock
from db.engine import empty_write_ahead_log
from db.errors import DatabaseBusy, StorageFull, WriteConflict
from db.models.base import Syncable

CHANGE_COUNTER = "change"
_EMPTY_LOG = "empty_log_after_commit"


class Actor(Protocol):
    """Whoever the unit of work acts for; only the user id is needed here, to stamp authors
    (the role is what the application checks before it acts)."""

    @property
    def user_id(self) -> str | None: ...

    @property
    def role(self) -> str: ...


def reserve_change_seqs(session: Session, count: int) -> int:
    """Reserve `count` consecutive change numbers and return the first."""
    last = session.execute(
        text("UPDATE change_counter SET value = value + :n WHERE name = :name RETURNING value"),
        {"n": count, "name": CHANGE_COUNTER},
    ).scalar_one()
    return last - count + 1


def _stamp_changes(session: Session, _flush_context: UOWTransaction, _instances: Any) -> None:
    """Give every new or changed syncable row its version, authors, times and change number."""
    new = [obj for obj in session.new if isinstance(obj, Syncable)]
    dirty = [
        obj
        for obj in session.dirty
        if isinstance(obj, Syncable) and session.is_modified(obj, include_collections=False)
    ]
    if not new and not dirty:
        return
    actor_id = session.info.get("actor_user_id")
    now = clock.utc_now()
    # A row changed twice in one unit of work is one change: bump its version once.
    bumped: set[int] = session.info.setdefault("versions_bumped", set())
    first_seq = reserve_change_seqs(session, len(new) + len(dirty))
    for offset, obj in enumerate(new + dirty):
        obj.change_seq = first_seq + offset
        obj.updated_at = now
        obj.updated_by = actor_id
    for obj in new:
        obj.created_at = now
        obj.created_by = actor_id
        obj.version = 1
        bumped.add(id(obj))
    for obj in dirty:
        if id(obj) not in bumped:
            obj.version = (obj.version or 0) + 1
            bumped.add(id(obj))


def empty_log_after_commit(session: Session) -> None:
    """Have the unit of work empty the write-ahead log once it commits: the log keeps the
    pages a transaction replaced until then, and an erasure must not leave them there."""
    session.info[_EMPTY_LOG] = True


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory units of work draw from; stamping is attached to it."""
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _stamp_changes)
    return factory


# PostgreSQL's codes for a transaction undone by another one running at the same time:
# serialization_failure, deadlock_detected, unique_violation (both added the same key).
RETRY_STATES = frozenset({"40001", "40P01", "23505"})


def _is_storage_failure(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    return "full" in text or "disk i/o error" in text or "too large" in text


class UnitOfWork:
    """`with uow:` opens a session; nothing is kept unless `uow.commit()` is called."""

    def __init__(self, session_factory: sessionmaker[Session], actor: Actor | None = None):
        self._session_factory = session_factory
        self.actor = actor
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The open session: there is one only inside `with uow:`."""
        assert self._session is not None, "a unit of work's session exists only inside `with`"
        return self._session

    def __enter__(self) -> "UnitOfWork":
        self._session = self._session_factory()
        self._session.info["actor_user_id"] = getattr(self.actor, "user_id", None)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        session = self.session
        session.rollback()
        session.close()
        self._session = None
        if isinstance(error, OperationalError) and _is_storage_failure(error):
            raise StorageFull(str(error.orig)) from error
        if isinstance(error, OperationalError) and "locked" in str(error.orig).lower():
            raise DatabaseBusy(str(error.orig)) from error
        if isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", None) in RETRY_STATES:
            raise WriteConflict(str(error.orig)) from error

    def sibling(self) -> "UnitOfWork":
        """Another unit of work for the same actor: its own transaction, kept even when this
        one rolls back (used to audit a refusal)."""
        return UnitOfWork(self._session_factory, self.actor)

    def commit(self) -> None:
        self.session.commit()
        self.session.info.pop("versions_bumped", None)
        bind = self.session.get_bind()
        if self.session.info.pop(_EMPTY_LOG, False) and isinstance(bind, Engine):
            empty_write_ahead_log(bind)

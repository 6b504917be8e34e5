"""An unlocked installation: the keyed engine, the signed-in actor, and units of work for them."""

from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.engine import keep_pages, open_engine, open_server_engine
from db.errors import (
    DatabaseBusy,
    DatabaseTooNew,
    ServerDriverMissing,
    ServerUnreachable,
    StorageFull,
    WrongDatabaseKey,
)
from db.unit_of_work import Actor as Acting
from db.unit_of_work import UnitOfWork, make_session_factory
from desktop.core.errors import (
    DatabaseDriverMissing,
    DatabaseServerUnreachable,
    DatabaseTooNewError,
    DataBusy,
    DiskFull,
    KeyFileMismatch,
)
from desktop.core.paths import AppPaths
from desktop.core.roles import MODE_RECEIVER
from desktop.core.types import Actor


@dataclass
class Workspace:
    """Everything a signed-in session needs; `close()` drops the key and every connection."""

    paths: AppPaths
    engine: Engine
    session_factory: sessionmaker[Session]
    actor: Actor | None
    mode: str
    _key: bytearray = field(repr=False)
    _closed: bool = False

    def unit_of_work(self) -> UnitOfWork:
        """A fresh unit of work for one user action."""
        if self.closed:
            raise RuntimeError("the workspace is locked")
        return _UserUnitOfWork(self.session_factory, self.actor, self.paths)

    def database_key(self) -> bytes:
        """The raw database key, for wrapping it into a new key slot."""
        return bytes(self._key)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close every connection and overwrite the in-memory copy of the key."""
        self._closed = True
        self.engine.dispose()
        for index in range(len(self._key)):
            self._key[index] = 0


class _UserUnitOfWork(UnitOfWork):
    """Says a full disk in the user's words (the transaction has been rolled back)."""

    def __init__(self, session_factory: sessionmaker[Session], actor: Acting | None,
                 paths: AppPaths):
        super().__init__(session_factory, actor)
        self._paths = paths

    def __exit__(self, exc_type: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        try:
            super().__exit__(exc_type, error, traceback)
        except StorageFull as error:
            raise DiskFull(place=str(self._paths.data_dir), detail=str(error)) from error
        except DatabaseBusy as error:
            raise DataBusy() from error

    def sibling(self) -> UnitOfWork:
        return _UserUnitOfWork(self._session_factory, self.actor, self._paths)


def open_database(paths: AppPaths, key: bytes, *,
                  back_up: Callable[[Engine], object] | None = None) -> Engine:
    """Open the database with `key` (or the PostgreSQL server the installation names) and
    migrate it if it is older than the app, after `back_up(engine)` (the backups package's
    `before_migration`: the caller, which knows about backups, supplies it)."""
    url = paths.database_url()
    try:
        engine = open_server_engine(url) if url else open_engine(paths.database_file, key)
    except WrongDatabaseKey as error:
        raise KeyFileMismatch(data_dir=str(paths.data_dir)) from error
    except StorageFull as error:
        raise DiskFull(place=str(paths.data_dir), detail=str(error)) from error
    except ServerDriverMissing as error:
        raise DatabaseDriverMissing(driver=str(error)) from error
    except ServerUnreachable as error:
        raise DatabaseServerUnreachable(detail=str(error)) from error
    try:
        if migrate.needs_upgrade(engine):
            if migrate.current_revision(engine) is not None and not url and back_up:
                back_up(engine)
            migrate.upgrade_to_head(engine)
    except DatabaseTooNew as error:
        engine.dispose()
        raise DatabaseTooNewError(revision=error.revision) from error
    except StorageFull as error:  # no room for the backup taken before migrating, or the migration
        engine.dispose()
        raise DiskFull(place=str(paths.data_dir), detail=str(error)) from error
    return engine


# A police unit's registers hold every team's records; a team's laptop keeps the default.
RECEIVER_PAGE_CACHE_KIB = 64 * 1024


def make_workspace(paths: AppPaths, engine: Engine, key: bytes, actor: Actor | None,
                   mode: str) -> Workspace:
    workspace = Workspace(paths, engine, make_session_factory(engine), actor, mode,
                          bytearray(key))
    fit_page_cache(workspace)
    return workspace


def fit_page_cache(workspace: Workspace) -> None:
    """A police unit's own file keeps more of its pages (its register indexes are large);
    whichever way it was opened: signing in, or reopened after a key rotation."""
    if workspace.mode == MODE_RECEIVER and workspace.paths.database_url() is None:
        keep_pages(workspace.engine, RECEIVER_PAGE_CACHE_KIB)

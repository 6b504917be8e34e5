"""Errors raised by the persistence layer, each meaning one thing the caller can act on."""

from sqlalchemy.exc import DatabaseError as _DriverDatabaseError

# What the driver raises for a file it cannot read as a database ("file is not a database",
# "database disk image is malformed"): the layers above catch it by this name, then check the
# file to say what is wrong, without importing SQLAlchemy themselves.
UnreadableDatabase = _DriverDatabaseError


class DatabaseError(Exception):
    """Base class for persistence errors."""


class WrongDatabaseKey(DatabaseError):
    """The key does not open this database file (or the file is not a database)."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer version of the application."""

    def __init__(self, revision: str):
        super().__init__(revision)
        self.revision = revision



class DatabaseBusy(DatabaseError):
    """Another connection kept the database locked past the wait every connection allows."""


class WriteConflict(DatabaseError):
    """PostgreSQL undid this transaction for one running at the same time (a serialization
    failure, a deadlock, or the same row written by both): the work may simply be run again."""


class StorageFull(DatabaseError):
    """The disk (or a file-size limit) stopped SQLite from writing; the transaction rolled back."""


class ServerUnreachable(DatabaseError):
    """The PostgreSQL server named by the installation's database URL did not answer."""


class ServerDriverMissing(ServerUnreachable):
    """This copy of the program has no PostgreSQL driver (a team's build carries none)."""

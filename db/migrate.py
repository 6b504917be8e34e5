"""Schema revisions: what a database is at, whether this app can open it, and upgrading it."""

import functools
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from db.errors import DatabaseTooNew

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# Kept in step with the newest file in migrations/versions (a test checks it), so that
# start-up can decide "nothing to do" without importing Alembic.
HEAD_REVISION = "0019"


def current_revision(engine: Engine) -> str | None:
    """Return the revision stamped in the database, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config():
    # Alembic loads only when a database is created or migrated
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def known_revisions() -> frozenset[str]:
    """Return every revision this version of the application knows (read once: Alembic
    compiles every migration script to list them)."""
    # Alembic loads only when a database is created or migrated
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return frozenset(script.revision for script in scripts.walk_revisions())


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than this app; raises DatabaseTooNew when it is newer."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(revision)
    return True


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration, in one transaction on one keyed connection."""
    # Alembic loads only when a database is created or migrated
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

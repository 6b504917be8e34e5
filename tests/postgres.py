"""The receiver tests run twice: on the encrypted SQLite file and on a real PostgreSQL server
(`build_scripts/test_postgres.sh`, which `make test` starts when the server is installed)."""

import os
import secrets
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from desktop.core.paths import AppPaths

SERVER_ENV = "TUQUAN_TEST_POSTGRES_URL"
REQUIRED_ENV = "TUQUAN_REQUIRE_POSTGRES"  # set by .ci/run: a missing server fails, not skips
BACKENDS = ["sqlite", "postgresql"]


def _server_url() -> str:
    url = os.environ.get(SERVER_ENV, "")
    if not url:
        if os.environ.get(REQUIRED_ENV):
            pytest.fail(f"{REQUIRED_ENV} is set but {SERVER_ENV} names no server")
        pytest.skip("no PostgreSQL test server (build_scripts/test_postgres.sh start)")
    return url


def _create_database(template: str | None = None) -> str:
    server = make_url(_server_url())
    name = "tq_" + secrets.token_hex(6)
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        copy = f" TEMPLATE {make_url(template).database}" if template else ""
        connection.exec_driver_sql(f"CREATE DATABASE {name}{copy}")
    engine.dispose()
    return server.set(database=name).render_as_string(hide_password=False)


def database_url_for(backend: str) -> str | None:
    """None for the file; the URL of a new, empty PostgreSQL database otherwise."""
    return _create_database() if backend == "postgresql" else None


def copy_installation(source: Path, target: Path) -> None:
    """Copy a data folder; an installation on PostgreSQL gets its own copy of the database."""
    shutil.copytree(source, target)
    url = AppPaths(source).database_url()
    if url:
        AppPaths(target).database_url_file.write_text(_create_database(template=url),
                                                      encoding="utf-8")

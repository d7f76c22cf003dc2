"""Fixtures for the reference-server tests: a live server per test on a
free loopback port, raw GraphQL clients, and the root-field recorder that
the schema-coverage test reads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mikro_server_support import FieldRecorder, GraphQLHTTP

TOKEN = "test-token-admin"
OTHER_TOKEN = "test-token-bob"
OTHER_EMAIL = "bob@lab.org"

_RECORDER = FieldRecorder()
HERE = Path(__file__).parent
#: Tests of this folder that -k, -m, --deselect or --lf removed: the
#: coverage check can only judge a complete run.
DESELECTED: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == HERE:
            item.add_marker(pytest.mark.integration)
    # The coverage check must run after every other test of this folder.
    items.sort(key=lambda item: item.get_closest_marker("schema_coverage") is not None)


def pytest_deselected(items: list[pytest.Item]) -> None:
    DESELECTED.extend(item.nodeid for item in items if Path(str(item.fspath)).parent == HERE)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "schema_coverage: runs last, checks every root field was sent")


@pytest.fixture(scope="session")
def field_recorder() -> FieldRecorder:
    """The session-wide record of root fields sent."""
    return _RECORDER


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "mikro-data"


def reset_database(url: str) -> str:
    """Drop the server's tables from the database at ``url``; return ``url``."""
    from sqlalchemy import create_engine

    from mikro_orm.server.storage.tables import metadata

    engine = create_engine(url)
    metadata.drop_all(engine)
    engine.dispose()
    return url


def fresh_database_url() -> str | None:
    """``MIKRO_TEST_POSTGRES_URL`` emptied of the server's tables, or None
    (SQLite in the data dir). Setting it runs the whole suite on PostgreSQL."""
    url = os.environ.get("MIKRO_TEST_POSTGRES_URL")
    return reset_database(url) if url else None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL database: ``MIKRO_TEST_POSTGRES_URL``, else a throwaway
    cluster from the installed binaries. In CI a missing PostgreSQL fails
    the test instead of skipping it."""
    configured = os.environ.get("MIKRO_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    from postgres_cluster import Cluster, find_binaries

    binaries = find_binaries()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed, so the PostgreSQL test cannot run")
        pytest.skip("PostgreSQL is not installed (initdb/pg_ctl not found)")
    cluster = Cluster(binaries)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


@pytest.fixture
def server(data_dir: Path) -> Iterator["RunningServer"]:  # noqa: F821
    """A reference server on a fresh data dir, with a second user (bob)."""
    from mikro_orm.server import serve_in_thread

    running = serve_in_thread(data_dir, token=TOKEN, users={OTHER_TOKEN: OTHER_EMAIL}, database_url=fresh_database_url())
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def gql(server, field_recorder: FieldRecorder) -> GraphQLHTTP:
    """GraphQL over HTTP as the default user."""
    return GraphQLHTTP(server.url, server.token, field_recorder)


@pytest.fixture
def gql_bob(server, field_recorder: FieldRecorder) -> GraphQLHTTP:
    """GraphQL over HTTP as a second user."""
    return GraphQLHTTP(server.url, OTHER_TOKEN, field_recorder)


@pytest.fixture
def datalayer(server) -> Path:
    """The local datalayer folder of the running server."""
    return server.data_dir / "datalayer"

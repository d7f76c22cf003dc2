"""The pytest plugin: a reference server and a client for each test session.

Activate it with ``pytest_plugins = ["mikro_orm.testing.plugin"]`` in a
``conftest.py``. Fixtures:

``mikro_server``
    A reference server (session scope) on a temporary data directory, on a
    free loopback port, stopped at the end of the session.
``mikro_client``
    A client connected to ``mikro_server``, current for the test.
``vcr_config`` / ``vcr_cassette_dir``
    For pytest-recording: GraphQL requests match on method, path and body
    (not host or port, so recordings replay against any port); the
    Authorization header is dropped from cassettes.
"""
from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any, Iterator

import pytest

__all__ = ["mikro_client", "mikro_server", "vcr_config"]


@pytest.fixture(scope="session")
def mikro_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A reference Mikro server for the session (``.url``, ``.token``, ``.data_dir``)."""
    from mikro_orm.server import serve_in_thread

    data_dir = tmp_path_factory.mktemp("mikro-data")
    server = serve_in_thread(data_dir, token=secrets.token_urlsafe(24))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mikro_client(mikro_server: Any) -> Iterator[Any]:
    """A client of ``mikro_server``, current inside the test."""
    from mikro_orm.client import connect

    client = connect(mikro_server.url, token=mikro_server.token)
    with client:
        yield client


def _scrub_request(request: Any) -> Any:
    request.headers.pop("Authorization", None)
    request.headers.pop("authorization", None)
    return request


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Cassette settings: match GraphQL bodies, never record credentials."""
    return {
        "match_on": ["method", "path", "body"],
        "filter_headers": ["authorization", "cookie", "set-cookie"],
        "before_record_request": _scrub_request,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes live in ``cassettes/`` at the root of the project under test."""
    return str(Path(request.config.rootpath) / "cassettes")

"""Recorded tests: replay cassettes from cassettes/ with no server at all.

Re-record every cassette (a live reference server is started for it):

    ./scripts/test tests/recorded --record-mode=rewrite
"""
from __future__ import annotations

import secrets
from typing import Any, Iterator

import pytest

import mikro_orm as mo

# Any port: requests are matched on method, path and body, never host or port.
REPLAY_URL = "http://127.0.0.1:9"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/recorded" in str(item.fspath):
            item.add_marker(pytest.mark.recorded)


@pytest.fixture
def recorded_client(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[mo.Client]:
    """Replaying: a client of an address nobody serves. Recording: a fresh live server.

    A fresh server per recording keeps ids and names deterministic, so that
    the recorded request bodies are the ones a replay sends.
    """
    mode = request.config.getoption("--record-mode", default="none")
    if mode in (None, "none"):
        with mo.connect(REPLAY_URL, token="replay-token-not-recorded") as client:
            yield client
        return
    from mikro_orm.server import serve_in_thread

    with serve_in_thread(tmp_path, token=secrets.token_urlsafe(24)) as server:
        with mo.connect(server.url, token=server.token) as client:
            yield client

"""Recorded tests: replay cassettes from cassettes/ with no server at all.

Re-record every cassette (a fresh reference server is started for each test):

    ./scripts/test tests/recorded --record-mode=rewrite

The client comes from the plugin's ``mikro_recorded_client`` fixture: an
address nobody serves when replaying, a fresh server when recording, with
deterministic upload store paths and a local folder datalayer in both modes.
"""
from __future__ import annotations

from typing import Any

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/recorded" in str(item.fspath):
            item.add_marker(pytest.mark.recorded)


@pytest.fixture
def recorded_client(mikro_recorded_client: Any) -> Any:
    """The current client of a recorded test (see the module docstring)."""
    return mikro_recorded_client

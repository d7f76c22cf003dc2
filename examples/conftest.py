"""The examples' cassettes live beside them, in examples/cassettes/, whatever pytest's rootdir.

The mikro_orm plugin keeps cassettes in ``cassettes/`` at the project's
root; a conftest can put them elsewhere by overriding ``vcr_cassette_dir``.
"""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(Path(__file__).resolve().parent / "cassettes")

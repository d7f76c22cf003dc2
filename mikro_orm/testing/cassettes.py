"""Cassette settings for pytest-recording (registered by :mod:`mikro_orm.testing.plugin`).

``vcr_config``
    GraphQL requests match on method, path and body (vcrpy compares JSON
    bodies parsed, multipart bodies byte for byte), never on host or port,
    so a recording replays against any address. The Authorization header,
    cookies and any ``token`` query parameter are never written.
``vcr_cassette_dir``
    ``cassettes/`` at the root of the project under test.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

__all__ = ["scrub_request", "vcr_cassette_dir", "vcr_config"]

SCRUBBED_HEADERS = ("authorization", "cookie", "set-cookie")


def scrub_request(request: Any) -> Any:
    """Drop credentials from a request before vcrpy records it."""
    for name in list(request.headers):
        if name.lower() in SCRUBBED_HEADERS:
            del request.headers[name]
    return request


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Cassette settings: match GraphQL bodies, never record credentials."""
    return {
        "match_on": ["method", "path", "body"],
        "filter_headers": list(SCRUBBED_HEADERS),
        "filter_query_parameters": ["token"],
        "before_record_request": scrub_request,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes live in ``cassettes/`` at the root of the project under test."""
    return str(Path(request.config.rootpath) / "cassettes")

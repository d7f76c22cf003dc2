"""No cassette may hold a credential."""
from __future__ import annotations

import re
from pathlib import Path

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"
CREDENTIAL = re.compile(r"(?i)(authorization|bearer\s+[\w.-]{8,}|\"token\":\s*\"[\w.-]{8,}|secret_key|access_key)")


def test_cassettes_exist_and_hold_no_credentials():
    cassettes = sorted(CASSETTES.glob("**/*.yaml"))
    assert cassettes, "no cassettes found: the recorded tests would have nothing to replay"
    for cassette in cassettes:
        text = cassette.read_text(encoding="utf-8")
        assert not CREDENTIAL.search(text), f"{cassette.name} holds a credential"


def test_the_credential_pattern_catches_a_token():
    assert CREDENTIAL.search("headers:\n  Authorization:\n  - Bearer abcdefgh12345678")


def test_the_plugin_cassette_settings_are_in_effect(request):
    # pytest-recording defines vcr_config too: ours must be the one used
    config = request.getfixturevalue("vcr_config")
    assert config["match_on"] == ["method", "path", "body"]
    assert "authorization" in config["filter_headers"] and "token" in config["filter_query_parameters"]
    assert request.getfixturevalue("vcr_cassette_dir") == str(CASSETTES)

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

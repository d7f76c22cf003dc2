"""No cassette or websocket frame file in the repository may hold a credential."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
CREDENTIAL = re.compile(
    r"(?i)(authorization|bearer\s+[\w.-]{8,}|\"token\":\s*\"[\w.-]{8,}|[?&]token=[\w.-]{8,}|secret_key|access_key)"
)


def recordings() -> list[Path]:
    """Every cassette and frame file anywhere in the repository (tests, examples, ...)."""
    found = [*ROOT.glob("**/cassettes/**/*.yaml"), *ROOT.glob("**/*.frames.json")]
    return sorted(path for path in found if ".venv" not in path.parts and ".git" not in path.parts)


def test_cassettes_exist_and_hold_no_credentials():
    files = recordings()
    assert any(path.parent == CASSETTES for path in files), "no cassettes found: the recorded tests would have nothing to replay"
    assert any("examples" in path.parts for path in files), "the example's cassette is missing"
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not CREDENTIAL.search(text), f"{path.relative_to(ROOT)} holds a credential"


def test_the_credential_pattern_catches_a_token():
    assert CREDENTIAL.search("headers:\n  Authorization:\n  - Bearer abcdefgh12345678")
    assert CREDENTIAL.search('{"url": "ws://127.0.0.1:8080/graphql?token=abcdefgh12345678"}')
    assert CREDENTIAL.search('{"payload": {"token": "abcdefgh12345678"}}')


def test_the_plugin_cassette_settings_are_in_effect(request):
    # pytest-recording defines vcr_config too: ours must be the one used
    config = request.getfixturevalue("vcr_config")
    assert config["match_on"] == ["method", "path", "body"]
    assert "authorization" in config["filter_headers"] and "token" in config["filter_query_parameters"]
    assert request.getfixturevalue("vcr_cassette_dir") == str(CASSETTES)

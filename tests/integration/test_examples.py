"""Every example runs: scripts against the embedded server, the recorded test in both modes."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPTS = sorted(path for path in EXAMPLES.glob("*.py") if not path.name.startswith("test_") and path.name != "conftest.py")
RECORDED_EXAMPLE = EXAMPLES / "test_recorded_example.py"
CREDENTIAL = re.compile(r"(?i)(authorization|bearer\s+[\w.-]{8,}|token=[\w.-]{8,}|\"token\":\s*\"[\w.-]{8,})")


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_runs(script, tmp_path):
    env = {**os.environ, "MIKRO_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip(), "the example printed nothing"
    if script.name == "quickstart.py":
        assert "maximum projection" in result.stdout and "brightest voxel" in result.stdout


def run_pytest(test_file: Path, rootdir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Run pytest on one file in a fresh process, as a user's CI would."""
    command = [sys.executable, "-m", "pytest", str(test_file), f"--rootdir={rootdir}", "-p", "no:cacheprovider", "-q", *options]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=rootdir)


def test_the_recorded_example_replays_offline_from_its_cassette():
    # From the repository's root, as `pytest examples/test_recorded_example.py` would run.
    assert (EXAMPLES / "cassettes" / "test_brightest_plane_of_a_stored_image.yaml").is_file()
    assert (EXAMPLES / "cassettes" / "test_a_new_sample_is_announced.frames.json").is_file()
    result = run_pytest(RECORDED_EXAMPLE, EXAMPLES.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout


def test_the_recorded_example_records_live_then_replays(tmp_path):
    # Live: against a fresh reference server, into a copy (the committed cassette stays as it is).
    copy = tmp_path / RECORDED_EXAMPLE.name
    shutil.copy(RECORDED_EXAMPLE, copy)
    shutil.copy(EXAMPLES / "conftest.py", tmp_path / "conftest.py")  # cassettes beside the test
    recorded = run_pytest(copy, tmp_path, "--record-mode=rewrite")
    assert recorded.returncode == 0, recorded.stdout[-3000:] + recorded.stderr[-2000:]
    cassette = tmp_path / "cassettes" / "test_brightest_plane_of_a_stored_image.yaml"
    text = cassette.read_text(encoding="utf-8")
    assert "createExperiment" in text and "fromXArray" in text and not CREDENTIAL.search(text)
    frames = (tmp_path / "cassettes" / "test_a_new_sample_is_announced.frames.json").read_text(encoding="utf-8")
    assert '"connection_ack"' in frames and "watched sample" in frames and not CREDENTIAL.search(frames)
    assert not (tmp_path / "cassettes" / "test_brightest_plane_of_a_stored_image.frames.json").exists()  # no websocket, no file
    # Offline: the new recording replays with the network blocked.
    replayed = run_pytest(copy, tmp_path)
    assert replayed.returncode == 0, replayed.stdout[-3000:] + replayed.stderr[-2000:]
    assert "2 passed" in replayed.stdout
    # And a replay that sends something else fails: nothing passes by accident.
    copy.write_text(copy.read_text(encoding="utf-8").replace('"Liver study"', '"Kidney study"'), encoding="utf-8")
    mismatched = run_pytest(copy, tmp_path)
    assert mismatched.returncode != 0 and "CannotOverwriteExistingCassetteException" in mismatched.stdout

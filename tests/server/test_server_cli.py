"""``mikro-orm serve`` as a subprocess."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def serve_process(tmp_path):
    """Start ``mikro-orm serve`` on a free port; kill it in teardown."""
    log = open(tmp_path / "serve.stderr", "wb")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(
        [sys.executable, "-m", "mikro_orm.cli", "serve", "--data-dir", str(tmp_path / "data"), "--port", "0",
         "--token", "cli-token", "--user", "carol@lab.org:carol-token"],
        stdout=subprocess.PIPE,
        stderr=log,  # never pytest's own stdout/stderr
        stdin=subprocess.DEVNULL,
        env=env,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        process.stdout.close()
        log.close()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_url_and_token_then_serves(serve_process, tmp_path, field_recorder, stop_signal):
    first = serve_process.stdout.readline().decode().rstrip("\n")
    second = serve_process.stdout.readline().decode().rstrip("\n")
    assert first.startswith("Mikro reference server: http://127.0.0.1:"), first
    assert second == "Token: cli-token"
    url = first.split(": ", 1)[1]
    port = int(url.rsplit(":", 1)[1])
    assert port > 0
    query = "query { mysamples { id } }"
    field_recorder.record(query)
    for token in ("cli-token", "carol-token"):
        response = requests.post(url + "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert response.json() == {"data": {"mysamples": []}}
    assert (tmp_path / "data" / "server.json").exists()
    serve_process.send_signal(stop_signal)
    assert serve_process.wait(timeout=15) == 0
    assert serve_process.stdout.read() == b""  # exactly two lines
    assert not (tmp_path / "data" / "server.json").exists()


def test_serve_rejects_a_malformed_user(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mikro_orm.cli", "serve", "--data-dir", str(tmp_path), "--user", "no-colon"],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 2
    assert b"EMAIL:TOKEN" in result.stderr


def test_serve_reports_a_taken_port(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "mikro_orm.cli", "serve", "--data-dir", str(tmp_path), "--port", str(port)],
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
    assert result.returncode == 1
    assert b"cannot listen on 127.0.0.1" in result.stderr
    assert result.stdout == b""
    assert not (tmp_path / "mikro.sqlite3").exists()


def test_default_data_dir_follows_the_environment(monkeypatch):
    from mikro_orm.cli import default_data_dir

    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("MIKRO_DATA_DIR", "/somewhere/else")
    assert str(default_data_dir()) == "/somewhere/else"
    monkeypatch.delenv("MIKRO_DATA_DIR")
    assert str(default_data_dir()) == os.path.expanduser("~/.local/share/mikro-orm")

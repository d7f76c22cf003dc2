"""connect() with no URL starts, or reuses, a reference server on a data directory."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import mikro_orm as mo


def test_connect_without_url_starts_embedded_server_and_reuses_it(tmp_path, monkeypatch):
    monkeypatch.setenv("MIKRO_DATA_DIR", str(tmp_path))
    client = mo.connect()
    assert client.url.startswith("http://127.0.0.1:")
    with client:
        sample = mo.Sample.objects.create(name="embedded")
    state = json.loads((tmp_path / "server.json").read_text())
    assert state["url"] == client.url
    assert (tmp_path / "server.json").stat().st_mode & 0o077 == 0  # the token file is private
    again = mo.connect()
    assert again.url == client.url
    with again:
        assert mo.Sample.objects.get(id=sample.id).name == "embedded"


def test_embedded_data_survives_a_new_process(tmp_path):
    script = textwrap.dedent(
        """
        import sys, mikro_orm as mo
        mo.connect(data_dir=sys.argv[1])
        if sys.argv[2] == "write":
            print(mo.Sample.objects.create(name="persistent").id)
        else:
            print(mo.Sample.objects.get(search="persistent").id)
        """
    )
    run = lambda mode: subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), mode], capture_output=True, text=True, timeout=120
    )
    written = run("write")
    assert written.returncode == 0, written.stderr
    read = run("read")
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == written.stdout.strip()

"""Architecture rules that keep the client light and the server separate."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "mikro_orm" / "server"


def test_server_imports_no_client_module():
    offenders = []
    for path in SERVER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            for name in names:
                if name.startswith("mikro_orm") and not name.startswith("mikro_orm.server"):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_cli_import_is_light():
    code = "import json, sys, mikro_orm.cli; print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'ariadne', 'uvicorn', 'sqlalchemy', 'graphql') or m.startswith('mikro_orm.server'))))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=60, check=True)
    assert json.loads(result.stdout) == []


def test_public_names():
    import mikro_orm.server as server

    assert server.__all__ == sorted(server.__all__) == ["RunningServer", "create_app", "serve_in_thread"]


def test_database_url_overrides_the_sqlite_file(tmp_path, field_recorder):
    from mikro_orm.server import serve_in_thread
    from mikro_server_support import GraphQLHTTP

    elsewhere = tmp_path / "elsewhere.sqlite3"
    with serve_in_thread(tmp_path / "data", token="t", database_url=f"sqlite:///{elsewhere}") as server:
        gql = GraphQLHTTP(server.url, server.token, field_recorder)
        gql.data("mutation($n: String) { createSample(name: $n) { id } }", {"n": "s"})
    assert elsewhere.exists()
    assert not (tmp_path / "data" / "mikro.sqlite3").exists()
    with serve_in_thread(tmp_path / "data", token="t", database_url=f"sqlite:///{elsewhere}") as server:
        assert GraphQLHTTP(server.url, server.token, field_recorder).data("query { samples { name } }") == {"samples": [{"name": "s"}]}

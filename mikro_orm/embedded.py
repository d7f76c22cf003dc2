"""The embedded default: find or start a reference server for a data directory.

``connect()`` with no URL lands here. A server already running on the data
directory (its ``server.json`` names its URL, process and token) is reused if
it answers; otherwise one starts in a thread of this process and stops when
the process exits. A thread, not a child process: a background process could
outlive the script and hold its stdout open (see docs/server.md).

This is the only client module that imports :mod:`mikro_orm.server`, and only
when it is needed.
"""
from __future__ import annotations

import atexit
import json
import os
import threading
from pathlib import Path
from typing import Any

from mikro_orm.errors import ConfigurationError

__all__ = ["ensure_server"]

_started: dict[Path, Any] = {}
_lock = threading.Lock()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _answers(url: str) -> bool:
    import requests

    try:
        response = requests.post(url + "/graphql", json={"query": "{ hello }"}, timeout=2)
    except requests.RequestException:
        return False
    return response.status_code == 200


def _running_server(data_dir: Path) -> tuple[str, str] | None:
    """Return (url, token) of a live server on ``data_dir``, if there is one."""
    state_file = data_dir / "server.json"
    try:
        state = json.loads(state_file.read_text(encoding="utf-8"))
        url, pid, token = state["url"], int(state["pid"]), state["token"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not _pid_alive(pid) or not _answers(url):
        return None
    return url, token


def ensure_server(data_dir: Path) -> tuple[str, str]:
    """Return ``(url, token)`` of a reference server on ``data_dir``, starting one if needed.

    Parameters
    ----------
    data_dir
        Where the server keeps its database and datalayer; created if missing.

    Raises
    ------
    mikro_orm.errors.ConfigurationError
        The server's dependencies (the ``server`` extra) are not installed, or
        it did not start.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    with _lock:
        handle = _started.get(data_dir)
        if handle is not None:
            return handle.url, handle.token
        running = _running_server(data_dir)
        if running is not None:
            return running
        try:
            from mikro_orm.server import serve_in_thread
        except ImportError as exc:
            raise ConfigurationError(
                "no server URL is configured (argument, MIKRO_URL or config file) and the embedded "
                f"reference server cannot start: {exc.name} is missing; pip install 'mikro-orm[server]'"
            ) from None
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            handle = serve_in_thread(data_dir)
        except Exception as exc:  # any failure to start is a configuration problem for the user
            raise ConfigurationError(f"the embedded server on {data_dir} did not start: {exc}") from exc
        _started[data_dir] = handle
        atexit.register(handle.stop)
        return handle.url, handle.token

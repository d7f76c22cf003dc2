"""Run the server in a background thread: tests, examples, ``connect()``.

uvicorn runs in a daemon thread of the calling process, so the server never
outlives its owner and never holds the parent's stdout (a stray child
process would make CI wait for it). Its log goes to the ``uvicorn``
loggers only, never to stdout.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from .app import create_app
from .datalayer import S3Settings
from .storage.users import default_token

STARTUP_TIMEOUT_SECONDS = 30.0
SERVER_FILE = "server.json"


class RunningServer:
    """A reference server running in a daemon thread.

    Attributes
    ----------
    url : str
        ``http://host:port`` (no trailing slash).
    ws_url : str
        ``ws://host:port/graphql``.
    token : str
        The default user's token.
    data_dir : pathlib.Path
        The data directory (holds ``server.json`` while running).

    Examples
    --------
    >>> with serve_in_thread("/tmp/mikro") as server:           # doctest: +SKIP
    ...     print(server.url, server.token)
    """

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, *, host: str, port: int, token: str, data_dir: Path, app: Any) -> None:
        self._server = server
        self._thread = thread
        self._app = app
        self._lock = threading.Lock()
        self._stopped = False
        self.url = f"http://{_url_host(host)}:{port}"
        self.ws_url = f"ws://{_url_host(host)}:{port}/graphql"
        self.token = token
        self.data_dir = data_dir

    @property
    def app(self) -> Any:
        """The ASGI app (tests reach ``app.state.services`` through it)."""
        return self._app

    @property
    def server_file(self) -> Path:
        """``<data_dir>/server.json``, present while the server runs."""
        return self.data_dir / SERVER_FILE

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and join the thread; calling it again does nothing."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._server.should_exit = True
        self._thread.join(timeout)
        _remove_server_file(self.server_file, self.url)

    def __enter__(self) -> "RunningServer":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<RunningServer {self.url} data_dir={str(self.data_dir)!r}>"


def _websocket_protocol() -> str:
    """uvicorn's websocket implementation: the sans-I/O one where this
    uvicorn has it and websockets is new enough (>= 13); otherwise "auto"
    (uvicorn's legacy implementation warns that it is deprecated)."""
    from importlib.metadata import PackageNotFoundError, version

    from uvicorn.config import WS_PROTOCOLS

    try:
        major = int(version("websockets").split(".")[0])
    except (PackageNotFoundError, ValueError):
        return "auto"
    return "websockets-sansio" if "websockets-sansio" in WS_PROTOCOLS and major >= 13 else "auto"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _write_server_file(path: Path, record: dict[str, Any]) -> None:
    # 0600 from the start: the file holds a token.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(record, handle)
    os.chmod(path, 0o600)


def _remove_server_file(path: Path, url: str) -> None:
    # Only remove our own record: another server may have taken over.
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("url") == url:
            path.unlink()
    except (FileNotFoundError, ValueError):
        pass


def serve_in_thread(
    data_dir: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    token: str | None = None,
    users: Mapping[str, str] | None = None,
    database_url: str | None = None,
    s3: S3Settings | Mapping[str, str] | None = None,
) -> RunningServer:
    """Start a reference server in a daemon thread and wait until it accepts
    connections.

    Parameters
    ----------
    data_dir
        The data directory (database, local datalayer, ``server.json``).
    host, port
        Where to listen; port 0 picks a free port.
    token
        Registered for the default user; without it the stored token is
        reused, or a new one generated.
    users, database_url, s3
        As for :func:`~mikro_orm.server.create_app`.

    Returns
    -------
    RunningServer
    """
    data_dir = Path(data_dir).expanduser().resolve()
    # Bind first: a taken port fails before the data dir is touched, and
    # port 0 gives the real port to print and record.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # uvicorn's h11 protocol writes a response's head and body separately;
        # without TCP_NODELAY (inherited by accepted sockets) Nagle holds the
        # body back until the client's delayed ACK: ~45 ms per request instead
        # of ~1.5 ms on loopback (bench/bench_queries.py shows it).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        real_port = sock.getsockname()[1]
        app = create_app(data_dir, users=users, database_url=database_url, s3=s3)
        default = default_token(app.state.services.db, token)
    except BaseException:
        sock.close()
        raise

    config = uvicorn.Config(
        app,
        log_config=None,  # never touch logging config or write to stdout
        log_level="warning",
        access_log=False,
        ws=_websocket_protocol(),
        ws_ping_interval=None,  # graphql-ws has its own keep-alive
        lifespan="on",
        timeout_graceful_shutdown=5,  # never hang stop() on an open websocket
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"mikro-server-{real_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError(f"the Mikro reference server did not start on {host}:{real_port}")
        time.sleep(0.01)

    running = RunningServer(server, thread, host=host, port=real_port, token=default, data_dir=data_dir, app=app)
    _write_server_file(running.server_file, {"url": running.url, "pid": os.getpid(), "token": default})
    return running

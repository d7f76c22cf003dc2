"""Record and replay subscription websocket frames, beside a test's cassette.

vcrpy records HTTP, but it does not see websocket-client's traffic, so the
plugin records subscriptions itself: every websocket a test opens (through
``websocket.create_connection``, which the transport calls) is wrapped, and
the frames sent and received are written to ``<cassette>.frames.json``
beside the cassette. On replay, ``create_connection`` gives a socket that
answers from that file and never touches the network.

Replays match on the ``start`` message (document, variables, operation
name), as cassettes match HTTP requests on their body: a test that starts a
subscription the recording does not hold fails with :class:`FramesMismatch`.
The token (in the URL and the ``connection_init`` payload) is never written.

File layout::

    {"connections": [{"path": "/graphql",
                      "frames": [{"send": {...}}, {"recv": {...}}, ...]}, ...]}
"""
from __future__ import annotations

import collections
import json
import threading
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

__all__ = ["FrameRecorder", "FramePlayer", "FramesMismatch", "RecordingSocket", "ReplaySocket", "scrub_frame"]


class FramesMismatch(AssertionError):
    """A replayed test started a subscription that is not in its frames file."""


def scrub_frame(message: Any) -> Any:
    """``message`` without any ``token`` entry, at any depth."""
    if isinstance(message, dict):
        return {key: scrub_frame(value) for key, value in message.items() if key.lower() != "token"}
    if isinstance(message, list):
        return [scrub_frame(item) for item in message]
    return message


def _parse(text: Any) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return {"raw": str(text)}


class RecordingSocket:
    """A websocket-client socket that notes every frame it sends and receives."""

    def __init__(self, real: Any, frames: list[dict[str, Any]]) -> None:
        self._real = real
        self._frames = frames

    def send(self, payload: Any, *args: Any, **kwargs: Any) -> Any:
        self._frames.append({"send": scrub_frame(_parse(payload))})
        return self._real.send(payload, *args, **kwargs)

    def recv(self) -> Any:
        text = self._real.recv()
        if text:
            self._frames.append({"recv": scrub_frame(_parse(text))})
        return text

    def __getattr__(self, name: str) -> Any:  # settimeout, send_close, shutdown, sock, ...
        return getattr(self._real, name)


class FrameRecorder:
    """Wraps each new websocket in a :class:`RecordingSocket`; writes the frames file."""

    def __init__(self, create_connection: Callable[..., Any]) -> None:
        self._create_connection = create_connection
        self._lock = threading.Lock()
        self.connections: list[dict[str, Any]] = []

    def create_connection(self, url: str, *args: Any, **kwargs: Any) -> RecordingSocket:
        real = self._create_connection(url, *args, **kwargs)
        connection: dict[str, Any] = {"path": urlsplit(url).path, "frames": []}  # never the query: it holds the token
        with self._lock:
            self.connections.append(connection)
        return RecordingSocket(real, connection["frames"])

    def save(self, path: Path) -> None:
        """Write what was recorded (nothing: remove a stale file)."""
        with self._lock:
            connections = [dict(c, frames=list(c["frames"])) for c in self.connections]
        if not connections:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"connections": connections}, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _start_payload(frames: list[dict[str, Any]]) -> Any:
    for frame in frames:
        sent = frame.get("send")
        if isinstance(sent, dict) and sent.get("type") == "start":
            return sent.get("payload")
    return None


class FramePlayer:
    """Serves recorded connections to :class:`ReplaySocket` s, each once, matched on ``start``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._unclaimed = list(json.loads(path.read_text(encoding="utf-8"))["connections"]) if path.exists() else []

    def create_connection(self, url: str, *args: Any, **kwargs: Any) -> ReplaySocket:
        return ReplaySocket(self)

    def claim(self, start: dict[str, Any]) -> list[dict[str, Any]]:
        """The frames received after ``start`` in the first unclaimed recording that sent it."""
        payload = scrub_frame(start.get("payload"))
        with self._lock:
            for index, connection in enumerate(self._unclaimed):
                frames = connection["frames"]
                if _start_payload(frames) == payload:
                    del self._unclaimed[index]
                    position = next(i for i, f in enumerate(frames) if f.get("send", {}).get("type") == "start")
                    return [frame["recv"] for frame in frames[position + 1 :] if "recv" in frame]
        where = self.path if self.path.exists() else f"{self.path} (missing)"
        raise FramesMismatch(
            f"no recorded subscription in {where} matches {payload.get('operationName') if isinstance(payload, dict) else payload!r}; "
            "re-record with --record-mode=rewrite"
        )


class ReplaySocket:
    """Stands in for a websocket-client socket, answering from recorded frames."""

    sock = None  # no OS socket behind it

    def __init__(self, player: FramePlayer) -> None:
        self._player = player
        self._pending: collections.deque[Any] = collections.deque([{"type": "connection_ack"}])
        self._closed = threading.Event()
        self._timeout: float | None = None
        self._error: BaseException | None = None

    def send(self, payload: Any, *args: Any, **kwargs: Any) -> None:
        message = _parse(payload)
        if isinstance(message, dict) and message.get("type") == "start":
            try:
                self._pending.extend(self._player.claim(message))
            except FramesMismatch as exc:
                self._error = exc  # raised by the next recv: the transport swallows send errors

    def recv(self) -> str:
        if self._error is not None:
            raise self._error
        if self._pending:
            return json.dumps(self._pending.popleft())
        # The recording ends here: behave like a quiet server until closed.
        if self._closed.wait(self._timeout):
            return ""
        import websocket

        raise websocket.WebSocketTimeoutException("no more recorded frames")

    def settimeout(self, timeout: float | None) -> None:
        self._timeout = timeout

    def send_close(self, *args: Any, **kwargs: Any) -> None:
        self._closed.set()

    def shutdown(self) -> None:
        self._closed.set()

    close = shutdown

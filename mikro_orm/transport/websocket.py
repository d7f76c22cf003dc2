"""Subscriptions over a websocket with websocket-client and the legacy ``graphql-ws`` protocol.

The protocol (Apollo's "subscriptions-transport-ws", what 2022 Mikro servers
and ariadne's ``GraphQLWSHandler`` speak)::

    client                              server
    connection_init {token}   ──▶
                              ◀──      connection_ack   (or connection_error)
                              ◀──      ka               (every ~15 s)
    start {id, payload}       ──▶
                              ◀──      data {id, payload: {data, errors}}  ...
                              ◀──      error / complete {id}
    stop {id}                 ──▶
    connection_terminate      ──▶

Only subscriptions travel here: a query or mutation sent over this socket
gets no ``complete`` from ariadne and would hang, so they go over HTTP.

A connection that drops (closed, reset, or silent for longer than three
keep-alive intervals) is opened again and the subscription re-started, with
bounded retries and backoff. Events the server emitted while the connection
was down are lost: the protocol has no replay.
"""
from __future__ import annotations

import json
import logging
import socket
import threading
from typing import Any, Iterator, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from mikro_orm import errors
from mikro_orm.transport.base import GraphQLRequest, error_for_message, notify_request, raise_for_errors

__all__ = ["KEEPALIVE_SECONDS", "RECONNECT_DELAYS", "WebSocketSubscription", "WebSocketTransport"]

logger = logging.getLogger("mikro_orm.subscriptions")

#: The subprotocol; without it a 2022 server refuses the handshake.
PROTOCOL = "graphql-ws"

#: Seconds between the server's ``ka`` messages (2022 servers: about 15 s).
KEEPALIVE_SECONDS = 15.0

#: Seconds to wait before each reconnection attempt: five tries over ~8 s.
RECONNECT_DELAYS: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 4.0)

# One subscription per socket, so one operation id is enough.
_OPERATION_ID = "1"


class _Dropped(Exception):
    """The connection is gone (closed, reset or silent); reconnecting may help."""


class WebSocketTransport:
    """Open ``graphql-ws`` subscriptions on ``{ws_url}?token=<token>``.

    Parameters
    ----------
    ws_url
        The websocket endpoint, e.g. ``ws://127.0.0.1:8080/graphql``.
    token
        Sent as the ``token`` query parameter (the only place a 2022 server
        reads it) and in the ``connection_init`` payload. Never logged, never
        shown in reprs or error messages.
    timeout
        Seconds to wait for the connection and its ``connection_ack``.
    keepalive
        The server's keep-alive interval. A connection silent for
        ``max(timeout, 3 * keepalive)`` seconds counts as dropped.
    reconnect_delays
        The pause before each reconnection attempt; when all attempts fail,
        :class:`~mikro_orm.errors.ServerUnreachable` is raised.

    Examples
    --------
    >>> transport = WebSocketTransport("ws://127.0.0.1:8080/graphql", "...", timeout=10)  # doctest: +SKIP
    >>> request = GraphQLRequest("subscription { mySamples { deleted } }")
    >>> for data in transport.subscribe(request):  # doctest: +SKIP
    ...     print(data)
    {'mySamples': {'deleted': '3'}}
    """

    def __init__(
        self,
        ws_url: str,
        token: str | None = None,
        *,
        timeout: float = 60.0,
        keepalive: float = KEEPALIVE_SECONDS,
        reconnect_delays: Sequence[float] = RECONNECT_DELAYS,
    ) -> None:
        # Shown in reprs, logs and errors: without any query string, in case
        # a configured URL carries a token of its own.
        self.ws_url = urlunsplit(urlsplit(ws_url)._replace(query="", fragment=""))
        self._connect_url = ws_url
        self._token = token
        self.timeout = timeout
        self.keepalive = keepalive
        self.reconnect_delays = tuple(reconnect_delays)

    def __repr__(self) -> str:
        return f"WebSocketTransport({self.ws_url!r})"

    @property
    def receive_timeout(self) -> float:
        """Seconds of silence after which the connection counts as dropped.

        Longer than the server's keep-alive interval (three of them), or a
        healthy but quiet subscription would be torn down between ``ka``\\ s.
        """
        return max(self.timeout, 3 * self.keepalive)

    def subscribe(self, request: GraphQLRequest) -> WebSocketSubscription:
        """Connect, start ``request`` and return the iterator of its results.

        The connection is open and ``start`` sent when this returns, so
        failures to connect or authenticate raise here, not on first use.

        Raises
        ------
        mikro_orm.errors.AuthenticationError
            The server refused the token.
        mikro_orm.errors.ServerUnreachable
            No connection could be made.
        """
        subscription = WebSocketSubscription(self, request)
        subscription.open()
        return subscription

    # -- connecting -----------------------------------------------------------
    def _url_with_token(self) -> str:
        if not self._token:
            return self._connect_url
        parts = urlsplit(self._connect_url)
        query = [(key, value) for key, value in parse_qsl(parts.query) if key != "token"]
        query.append(("token", self._token))
        return urlunsplit(parts._replace(query=urlencode(query)))

    def connect(self, request: GraphQLRequest) -> Any:
        """Open a socket and complete ``connection_init``/``connection_ack``.

        Returns the connected ``websocket.WebSocket``; every failure is
        raised as a :mod:`mikro_orm.errors` type naming ``ws_url`` without
        the token.
        """
        import websocket  # websocket-client; loaded when a subscription starts

        where = f"{request.describe()}: {self.ws_url}"
        try:
            sock = websocket.create_connection(
                self._url_with_token(), subprotocols=[PROTOCOL], timeout=self.timeout, enable_multithread=True
            )
        except websocket.WebSocketBadStatusException as exc:
            status = exc.status_code
            if status in (401, 403):
                raise errors.AuthenticationError(f"{where} refused the token (HTTP {status} on the websocket upgrade)") from None
            raise errors.HTTPError(f"{where} answered the websocket upgrade with HTTP {status}", status) from None
        except (websocket.WebSocketTimeoutException, socket.timeout):
            raise errors.RequestTimeout(f"{where} did not accept a websocket within {self.timeout} s") from None
        except websocket.WebSocketAddressException:
            raise errors.ServerUnreachable(f"{where}: cannot resolve the host") from None
        except OSError as exc:
            raise errors.ServerUnreachable(f"{where}: cannot connect ({type(exc).__name__})") from None
        except websocket.WebSocketException as exc:
            # A handshake that completed but is not graphql-ws (wrong path,
            # no subprotocol): the server is there but does not speak it.
            raise errors.TransportError(f"{where}: websocket handshake failed ({type(exc).__name__}); is it a graphql-ws endpoint?") from None
        try:
            self._initialize(sock, where)
        except BaseException:
            _hang_up(sock)
            raise
        return sock

    def _initialize(self, sock: Any, where: str) -> None:
        # The token also goes in the payload: servers newer than 2022 read it there.
        payload = {"token": self._token} if self._token else {}
        try:
            sock.send(json.dumps({"type": "connection_init", "payload": payload}))
            while True:
                message = _decode(sock.recv())
                kind = message.get("type")
                if kind == "connection_ack":
                    return
                if kind == "connection_error":
                    text = str((message.get("payload") or {}).get("message", "connection refused"))
                    kind_of_error = error_for_message(text)
                    if kind_of_error is errors.GraphQLError:
                        kind_of_error = errors.TransportError
                    raise kind_of_error(f"{where} refused the connection: {text}")
                # Anything else before the ack (a premature ``ka``) is ignored.
        except _Dropped:
            raise errors.ServerUnreachable(f"{where} closed the websocket before acknowledging it") from None
        except OSError as exc:
            raise errors.ServerUnreachable(f"{where}: connection lost during connection_init ({type(exc).__name__})") from None
        except Exception as exc:
            import websocket

            if isinstance(exc, websocket.WebSocketTimeoutException):
                raise errors.RequestTimeout(f"{where}: no connection_ack within {self.timeout} s") from None
            if isinstance(exc, websocket.WebSocketException):
                raise errors.ServerUnreachable(f"{where}: connection lost during connection_init ({type(exc).__name__})") from None
            raise


def _hang_up(sock: Any) -> None:
    """Close ``sock`` now, waking any thread blocked reading it.

    Closing the file descriptor alone does not wake a blocked ``recv`` on
    Linux; shutting the socket down does.
    """
    raw = getattr(sock, "sock", None)
    if raw is not None:
        try:
            raw.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    sock.shutdown()


def _decode(text: Any) -> dict[str, Any]:
    """One protocol message; an empty read means the server closed the socket."""
    if not text:
        raise _Dropped()
    try:
        message = json.loads(text)
    except ValueError:
        raise errors.TransportError("a graphql-ws message that is not JSON") from None
    if not isinstance(message, dict):
        raise errors.TransportError("a graphql-ws message that is not an object")
    return message


class WebSocketSubscription(Iterator[dict[str, Any]]):
    """The running subscription: iterate for each event's ``data``.

    Made by :meth:`WebSocketTransport.subscribe`. Iteration ends when the
    server completes the subscription or :meth:`close` is called; a dropped
    connection is re-established transparently. :meth:`close` may be called
    from any thread, also while another thread waits in ``next()``.
    """

    def __init__(self, transport: WebSocketTransport, request: GraphQLRequest) -> None:
        self.transport = transport
        self.request = request
        self._socket: Any = None
        self._lock = threading.Lock()
        self._closed = threading.Event()
        # Drops since the last message received. The retry budget only
        # refills when a message (an event or a ``ka``) comes through, so a
        # server that accepts and hangs up at once is not retried forever.
        self._quiet_drops = 0

    def __repr__(self) -> str:
        state = "closed" if self._closed.is_set() else "open"
        return f"<WebSocketSubscription {self.request.describe()} on {self.transport.ws_url} ({state})>"

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called or the server ended the subscription."""
        return self._closed.is_set()

    def open(self) -> None:
        """Connect and send ``start`` (again, after a drop)."""
        sock = self.transport.connect(self.request)
        body = {"query": self.request.document, "variables": dict(self.request.variables)}
        if self.request.operation_name:
            body["operationName"] = self.request.operation_name
        with self._lock:
            if self._closed.is_set():
                _hang_up(sock)
                return
            self._socket = sock
        # Every start, re-starts too, passes the hook like any HTTP request.
        notify_request(self.request)
        try:
            sock.send(json.dumps({"id": _OPERATION_ID, "type": "start", "payload": body}))
        except Exception:
            # Lost between ack and start: the next read sees it and reconnects.
            logger.debug("%s: connection lost while sending start", self.request.describe())

    def __iter__(self) -> WebSocketSubscription:
        return self

    def __next__(self) -> dict[str, Any]:
        while True:
            if self._closed.is_set():
                raise StopIteration
            with self._lock:
                sock = self._socket
            if sock is None:
                self._reconnect()
                continue
            try:
                message = self._receive(sock)
            except _Dropped:
                self._discard(sock)
                self._quiet_drops += 1
                continue
            self._quiet_drops = 0
            data = self._handle(message)
            if data is not None:
                return data

    def _receive(self, sock: Any) -> dict[str, Any]:
        import websocket

        sock.settimeout(self.transport.receive_timeout)
        try:
            return _decode(sock.recv())
        except websocket.WebSocketTimeoutException:
            # Not even a ``ka`` for several intervals: the link is dead
            # (a silent network drop closes nothing we could notice).
            logger.info("%s: no message for %.0f s; reconnecting", self.request.describe(), self.transport.receive_timeout)
            raise _Dropped() from None
        except (websocket.WebSocketException, OSError, AttributeError):
            # AttributeError: websocket-client clears ``sock`` when another thread closes it.
            raise _Dropped() from None

    def _handle(self, message: dict[str, Any]) -> dict[str, Any] | None:
        kind = message.get("type")
        if kind == "data" and message.get("id", _OPERATION_ID) == _OPERATION_ID:
            payload = message.get("payload") or {}
            try:
                raise_for_errors(payload, self.request)
            except errors.MikroError:
                self.close()  # an error ends the subscription, as a failed query would
                raise
            return payload.get("data") or {}
        if kind == "error":
            self.close()
            payload = message.get("payload")
            entries = payload if isinstance(payload, list) else [payload or {"message": "subscription refused"}]
            raise_for_errors({"errors": entries}, self.request)
        if kind == "complete":
            self.close()
            raise StopIteration
        if kind == "connection_error":
            self.close()
            text = str((message.get("payload") or {}).get("message", "connection error"))
            raise error_for_message(text)(f"{self.request.describe()}: {self.transport.ws_url}: {text}")
        return None  # ``ka``, a late ``connection_ack``, or another operation's message

    def _discard(self, sock: Any) -> None:
        with self._lock:
            if self._socket is sock:
                self._socket = None
        _hang_up(sock)

    def _reconnect(self) -> None:
        """Open a new connection and re-start, with backoff; raise when all tries fail."""
        describe = self.request.describe()
        all_delays = self.transport.reconnect_delays
        # Later drops without a message in between continue the backoff
        # where the previous reconnection left it.
        delays = all_delays[max(0, self._quiet_drops - 1) :]
        for attempt, delay in enumerate(delays, start=len(all_delays) - len(delays) + 1):
            # Waiting on the event: close() from another thread ends the wait.
            if self._closed.wait(delay):
                return
            try:
                self.open()
            except (errors.ServerUnreachable, errors.RequestTimeout, errors.HTTPError) as exc:
                logger.info("%s: reconnection %d/%d failed (%s)", describe, attempt, len(all_delays), type(exc).__name__)
                continue
            except BaseException:
                # A refused token or a server that no longer speaks graphql-ws:
                # trying again will not help.
                self.close()
                raise
            logger.info("%s: reconnected to %s; events sent while disconnected are lost", describe, self.transport.ws_url)
            return
        self.close()
        raise errors.ServerUnreachable(
            f"{describe}: lost the connection to {self.transport.ws_url} and could not re-establish it "
            f"({len(all_delays)} tries over {sum(all_delays):.0f} s)"
        )

    def close(self) -> None:
        """Stop the subscription and close the socket; safe to call twice, from any thread.

        Sends ``stop`` and ``connection_terminate`` so the server drops its
        listener at once, instead of when it next fails to write.
        """
        with self._lock:
            self._closed.set()
            sock, self._socket = self._socket, None
        if sock is None:
            return
        try:
            sock.send(json.dumps({"id": _OPERATION_ID, "type": "stop"}))
            sock.send(json.dumps({"type": "connection_terminate"}))
            sock.send_close()
        except Exception:
            pass  # already gone: nothing to tell the server
        _hang_up(sock)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

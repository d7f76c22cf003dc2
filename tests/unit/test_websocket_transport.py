"""The websocket transport's URL handling and timeouts, without a server."""
from __future__ import annotations

from mikro_orm.transport.websocket import KEEPALIVE_SECONDS, WebSocketTransport


def test_token_goes_in_the_query_and_replaces_one_already_there():
    transport = WebSocketTransport("ws://mikro.lab:8080/graphql?token=stale&x=1", "fresh")
    assert transport._url_with_token() == "ws://mikro.lab:8080/graphql?x=1&token=fresh"
    assert WebSocketTransport("ws://h/graphql", "t0k3n")._url_with_token() == "ws://h/graphql?token=t0k3n"
    assert WebSocketTransport("ws://h/graphql?token=own")._url_with_token() == "ws://h/graphql?token=own"


def test_no_token_in_repr_or_the_shown_url():
    transport = WebSocketTransport("ws://h/graphql?token=in-url", "in-argument")
    assert transport.ws_url == "ws://h/graphql"
    assert "in-url" not in repr(transport) and "in-argument" not in repr(transport)


def test_receive_timeout_outlasts_several_keepalives():
    assert WebSocketTransport("ws://h/graphql", timeout=1.0).receive_timeout == 3 * KEEPALIVE_SECONDS
    assert WebSocketTransport("ws://h/graphql", timeout=60.0).receive_timeout == 60.0
    assert WebSocketTransport("ws://h/graphql", timeout=1.0, keepalive=0.2).receive_timeout == 1.0


def test_a_peer_that_acks_then_hangs_up_is_not_retried_forever():
    """A loopback graphql-ws peer that acknowledges, then drops every connection."""
    import json
    import threading
    import time

    import pytest

    from mikro_orm import errors
    from mikro_orm.transport.base import GraphQLRequest

    websockets_sync = pytest.importorskip("websockets.sync.server")
    connections = []

    def handler(ws):
        connections.append(time.monotonic())
        json.loads(ws.recv())  # connection_init
        ws.send(json.dumps({"type": "connection_ack"}))
        json.loads(ws.recv())  # start
        ws.close()

    server = websockets_sync.serve(handler, "127.0.0.1", 0, subprotocols=["graphql-ws"])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.socket.getsockname()[1]
        transport = WebSocketTransport(f"ws://127.0.0.1:{port}/graphql", "t", timeout=2, reconnect_delays=(0.01, 0.01, 0.01))
        stream = transport.subscribe(GraphQLRequest("subscription { mySamples { deleted } }", {}, "Watch"))
        outcome = []

        def consume():
            try:
                next(iter(stream))
            except Exception as exc:  # noqa: BLE001 - the test inspects it
                outcome.append(exc)

        consumer = threading.Thread(target=consume, daemon=True)
        consumer.start()
        consumer.join(timeout=10)
        stream.close()  # ends a runaway retry loop, so a failure cannot hang the suite
        assert not consumer.is_alive() and outcome, "kept reconnecting to a peer that hangs up every time"
        assert isinstance(outcome[0], errors.ServerUnreachable)
        assert len(connections) == 4  # the first connection and three retries, then it gives up
    finally:
        server.shutdown()
        thread.join()

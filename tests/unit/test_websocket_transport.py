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

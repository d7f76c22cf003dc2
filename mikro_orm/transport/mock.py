"""A transport that answers from a function: for unit tests only.

It passes every request through the same hook and error mapping as the real
transports, so tests of the compiler, the converter and error translation
need no server. Integration tests use the reference server instead.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from mikro_orm import errors
from mikro_orm.transport.base import GraphQLRequest, notify_request, raise_for_errors

__all__ = ["MockTransport"]

Handler = Callable[[GraphQLRequest], "Mapping[str, Any] | tuple[int, Mapping[str, Any]]"]


class MockTransport:
    """Answer each request with ``handler(request)``.

    Parameters
    ----------
    handler
        Returns a response body (``{"data": ...}`` and/or ``{"errors": ...}``),
        or a ``(status_code, body)`` pair.

    Examples
    --------
    >>> t = MockTransport(lambda request: {"data": {"hello": "world"}})
    >>> t.execute(GraphQLRequest("query { hello }"))
    {'hello': 'world'}
    """

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[GraphQLRequest] = []

    def execute(self, request: GraphQLRequest) -> dict[str, Any]:
        """Record ``request``, answer it, and map errors as HTTP would."""
        notify_request(request)
        self.requests.append(request)
        answer = self.handler(request)
        status, payload = answer if isinstance(answer, tuple) else (200, answer)
        if status in (401, 403):
            raise errors.AuthenticationError(f"{request.describe()}: token refused (HTTP {status})")
        raise_for_errors(payload, request, status)
        if status != 200 or not isinstance(payload.get("data"), dict):
            raise errors.HTTPError(f"{request.describe()}: unexpected HTTP {status}", status)
        return dict(payload["data"])

    def close(self) -> None:
        """Nothing to close."""

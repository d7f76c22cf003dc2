"""The transport protocol, the request hook, and GraphQL error mapping.

Every request any transport sends first passes :func:`notify_request`, the
one place tests (``mikro_orm.testing.assert_round_trips``) and debug logging
observe traffic. Every error payload passes :func:`raise_for_errors`, the one
place a server's error shapes become :mod:`mikro_orm.errors` types.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Iterator, Mapping, Protocol, Sequence

import attrs

from mikro_orm import errors

logger = logging.getLogger("mikro_orm.requests")

__all__ = [
    "GraphQLRequest",
    "SubscriptionTransport",
    "Transport",
    "add_request_listener",
    "notify_request",
    "raise_for_errors",
]


@attrs.frozen
class GraphQLRequest:
    """One GraphQL document with its variables, ready to send.

    Attributes
    ----------
    document
        The GraphQL text; values never appear in it, only ``$variables``.
    variables
        JSON-ready variable values.
    operation_name
        The operation's name, used in error messages and logs.
    files
        For multipart uploads: variable path (``"variables.file"``) to a
        ``(filename, bytes or file object)`` pair.
    """

    document: str
    variables: Mapping[str, Any] = attrs.field(factory=dict)
    operation_name: str | None = None
    files: Mapping[str, tuple[str, Any]] | None = None

    def describe(self) -> str:
        """Name the request for messages: its operation name, or its first line."""
        return self.operation_name or self.document.strip().splitlines()[0]


class Transport(Protocol):
    """Sends queries and mutations; the one method the client needs."""

    def execute(self, request: GraphQLRequest) -> dict[str, Any]:
        """Send ``request`` and return the response's ``data``.

        Raises
        ------
        mikro_orm.errors.MikroError
            Every transport, HTTP and GraphQL failure, translated.
        """
        ...


class SubscriptionTransport(Protocol):
    """Streams the results of a subscription."""

    def subscribe(self, request: GraphQLRequest) -> Iterator[dict[str, Any]]:
        """Yield each event's ``data`` until the caller stops iterating."""
        ...


_listeners: list[Callable[[GraphQLRequest], None]] = []
_listeners_lock = threading.Lock()


def add_request_listener(listener: Callable[[GraphQLRequest], None]) -> Callable[[], None]:
    """Call ``listener(request)`` for every request any transport sends.

    Parameters
    ----------
    listener
        Called synchronously, before the request goes out.

    Returns
    -------
    Callable[[], None]
        Removes the listener again.

    Examples
    --------
    >>> seen = []
    >>> remove = add_request_listener(seen.append)
    >>> remove()
    """
    with _listeners_lock:
        _listeners.append(listener)

    def remove() -> None:
        with _listeners_lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return remove


def notify_request(request: GraphQLRequest) -> None:
    """Pass ``request`` through the hook: log it and tell every listener."""
    # Variables are logged by name only: they may hold credentials for the
    # datalayer or personal metadata, and logs travel further than code.
    logger.debug("%s (variables: %s)", request.describe(), ", ".join(sorted(request.variables)))
    with _listeners_lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(request)


# A 2022 server sends no error codes (no ``extensions``), only messages, so
# the kind of failure is read from the message. Checked in order.
_MESSAGE_KINDS: Sequence[tuple[str, type[errors.MikroError]]] = (
    ("matching query does not exist", errors.DoesNotExist),
    ("authentication required", errors.AuthenticationError),
    ("not authenticated", errors.AuthenticationError),
    ("invalid token", errors.AuthenticationError),
    ("permission denied", errors.PermissionDenied),
    ("you do not have permission", errors.PermissionDenied),
)


def error_for_message(message: str) -> type[errors.MikroError]:
    """Return the exception type a server error message stands for."""
    lowered = message.lower()
    for fragment, kind in _MESSAGE_KINDS:
        if fragment in lowered:
            return kind
    return errors.GraphQLError


def raise_for_errors(payload: Mapping[str, Any], request: GraphQLRequest, status_code: int = 200) -> None:
    """Raise the matching :mod:`mikro_orm.errors` type if ``payload`` has errors.

    Parameters
    ----------
    payload
        The decoded JSON response body.
    request
        The request it answers, named in the message.
    status_code
        The HTTP status: 400 means the document itself was refused.
    """
    entries = payload.get("errors") or []
    if not entries:
        return
    first = entries[0] if isinstance(entries[0], Mapping) else {"message": str(entries[0])}
    message = str(first.get("message", "unknown error"))
    path = ".".join(str(part) for part in first.get("path") or ())
    where = f"{request.describe()}" + (f" at {path}" if path else "")
    text = f"{message} [{where}]"
    if len(entries) > 1:
        text += f" (and {len(entries) - 1} more error(s))"
    kind = error_for_message(message)
    if kind is errors.GraphQLError:
        kind = errors.QueryError if status_code == 400 or "data" not in payload else errors.GraphQLError
        raise kind(text, entries, request.operation_name)
    raise kind(text)

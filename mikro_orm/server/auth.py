"""Who is calling: tokens from HTTP headers, websocket URLs and payloads.

Rules (the same as a 2022 server, except that a bad token gets a JSON body):

* ``Authorization: Bearer <token>`` on HTTP requests;
* websockets: the ``token`` query parameter (what 2022 servers read), the
  ``connection_init`` payload (``token`` or ``authorization``/``Authorization``)
  or the Authorization header;
* ``hello`` needs no token; any other root field without one is a field
  error starting with ``Authentication required``;
* a token that is present but unknown is refused outright (HTTP 403).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from graphql import GraphQLResolveInfo
from starlette.requests import HTTPConnection

from .errors import AuthenticationRequired

#: Root fields anyone may ask for.
PUBLIC_FIELDS = frozenset({"hello", "__typename", "__schema", "__type"})
_ROOT_TYPES = frozenset({"Query", "Mutation", "Subscription"})


def _strip_scheme(value: str) -> str | None:
    parts = value.strip().split(None, 1)
    if len(parts) == 2 and parts[0].lower() in ("bearer", "token", "jwt"):
        return parts[1].strip() or None
    if len(parts) == 1:
        return parts[0]
    return None


def token_from_headers(connection: HTTPConnection) -> str | None:
    """The token of an ``Authorization`` header, or None."""
    header = connection.headers.get("authorization")
    return _strip_scheme(header) if header else None


def token_for_websocket(connection: HTTPConnection, payload: Any) -> str | None:
    """The token of a websocket: URL parameter, init payload, then header."""
    token = connection.query_params.get("token")
    if token:
        return token
    if isinstance(payload, Mapping):
        for key in ("token", "authorization", "Authorization"):
            value = payload.get(key)
            if isinstance(value, str) and value.strip():
                return _strip_scheme(value)
        headers = payload.get("headers")
        if isinstance(headers, Mapping):
            for key in ("authorization", "Authorization"):
                value = headers.get(key)
                if isinstance(value, str) and value.strip():
                    return _strip_scheme(value)
    return token_from_headers(connection)


def require_authentication(resolve: Callable[..., Any], parent: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
    """GraphQL middleware: every root field but ``hello`` needs a user.

    Checking root fields is enough: every other field is only reachable
    through one.
    """
    if info.parent_type.name in _ROOT_TYPES and info.field_name not in PUBLIC_FIELDS and info.context.get("user") is None:
        raise AuthenticationRequired()
    return resolve(parent, info, **args)

"""Errors the reference server raises, and how they reach the client.

Hierarchy::

    ServerError                 message is safe to show to the client
    ├── AuthenticationRequired  no token on a field that needs one
    ├── PermissionDenied        the caller may not touch this object
    ├── NotFound                "<Model> matching query does not exist."
    └── BadArgument             an argument value the server cannot use

Any other exception raised while resolving a field is a bug or a backend
failure (database, object store). Its text may hold SQL, paths or
credentials, so :func:`format_error` replaces it with a generic message and
logs the details server-side instead.
"""

from __future__ import annotations

import logging
from typing import Any

from graphql import GraphQLError

logger = logging.getLogger("mikro_orm.server")

INTERNAL_ERROR_MESSAGE = "Internal server error."


class ServerError(Exception):
    """Base of the errors whose message is meant for the client."""


class AuthenticationRequired(ServerError):
    """A field other than ``hello`` was asked for without a token."""

    def __init__(self, message: str = "Authentication required: send 'Authorization: Bearer <token>'.") -> None:
        super().__init__(message)


class PermissionDenied(ServerError):
    """The caller is authenticated but may not do this."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(f"Permission denied{': ' + detail if detail else '.'}")


class NotFound(ServerError):
    """No object of ``model`` has the requested id.

    The message is word for word what a 2022 (Django) server said, because
    clients match on it.
    """

    def __init__(self, model: str) -> None:
        super().__init__(f"{model} matching query does not exist.")
        self.model = model


class BadArgument(ServerError):
    """An argument is well typed but unusable (negative offset, unknown key)."""


def format_error(error: GraphQLError, debug: bool = False) -> dict[str, Any]:
    """Render one GraphQL error in the 2022 server's shape.

    Parameters
    ----------
    error
        The error graphql-core produced (parse, validation or field error).
    debug
        Ignored: the 2022 server never sent ``extensions``, and clients that
        compare error bodies must not see stack traces.

    Returns
    -------
    dict
        ``message`` plus ``locations`` and ``path`` when graphql-core knows
        them; never ``extensions``.
    """
    original = error.original_error
    message = error.message
    if original is not None and not isinstance(original, (ServerError, GraphQLError)):
        # Unexpected failure: keep its text (maybe database detail) in the log.
        logger.error("error while resolving %s", error.path, exc_info=original)
        message = INTERNAL_ERROR_MESSAGE
    formatted: dict[str, Any] = {"message": message}
    if error.locations:
        formatted["locations"] = [
            {"line": location.line, "column": location.column} for location in error.locations
        ]
    if error.path is not None:
        formatted["path"] = list(error.path)
    return formatted

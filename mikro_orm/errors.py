"""Every exception mikro_orm raises.

Lower-level failures (requests, websocket-client, GraphQL error payloads,
the datalayer) are translated into these types at the boundary where they
happen, so user code only ever needs to catch what is below::

    MikroError
    ├── ConfigurationError        no server could be found or started; bad settings
    ├── InvalidArgument           bad input: names the argument and what was expected
    │                             (also a ValueError and a TypeError)
    ├── TransportError            the request did not get a usable answer
    │   ├── ServerUnreachable     connection refused, DNS failure, reset (also ConnectionError)
    │   ├── RequestTimeout        no answer in time (also TimeoutError)
    │   └── HTTPError             an HTTP status the protocol does not expect
    ├── AuthenticationError       no token, or a token the server does not accept
    ├── PermissionDenied          the token is valid but may not do this
    ├── GraphQLError              the server answered with a GraphQL error
    │   └── QueryError            the server refused the document itself (HTTP 400)
    ├── DoesNotExist              no object matches; each model has its own subclass
    ├── MultipleObjectsReturned   get() matched more than one; each model has its own
    └── DataLayerError            reading or writing zarr/parquet/files failed

Messages name what was asked (operation, model, argument) and never contain
the token.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "DataLayerError",
    "DoesNotExist",
    "GraphQLError",
    "HTTPError",
    "InvalidArgument",
    "MikroError",
    "MultipleObjectsReturned",
    "PermissionDenied",
    "QueryError",
    "RequestTimeout",
    "ServerUnreachable",
    "TransportError",
]


class MikroError(Exception):
    """Base class of every error raised by mikro_orm."""


class ConfigurationError(MikroError):
    """Settings are missing or inconsistent, or the embedded server cannot start."""


class InvalidArgument(MikroError, ValueError, TypeError):
    """An argument has the wrong type or value; raised before anything is sent or written.

    Parameters
    ----------
    argument
        The name of the offending argument (as the caller spelled it).
    expected
        What would have been accepted, in words.
    got
        What was passed; only its type is shown for large or opaque values.

    Examples
    --------
    >>> err = InvalidArgument("array", "an xarray.DataArray with dims 'x' and 'y'", got=[1, 2])
    >>> str(err)
    "array: expected an xarray.DataArray with dims 'x' and 'y', got list"
    """

    def __init__(self, argument: str, expected: str, got: Any = None, *, detail: str = "") -> None:
        self.argument = argument
        self.expected = expected
        got_text = "" if got is None else f", got {type(got).__name__}"
        message = f"{argument}: expected {expected}{got_text}"
        if detail:
            message = f"{message} ({detail})"
        super().__init__(message)


class TransportError(MikroError):
    """The request to the server did not get a usable answer."""


class ServerUnreachable(TransportError, ConnectionError):
    """The server could not be reached (refused, reset, DNS failure)."""


class RequestTimeout(TransportError, TimeoutError):
    """The server did not answer within the configured timeout."""


class HTTPError(TransportError):
    """The server answered with an HTTP status the protocol does not expect.

    Attributes
    ----------
    status_code
        The HTTP status code.
    """

    def __init__(self, message: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class AuthenticationError(MikroError):
    """The server requires a token and none, or an unknown one, was sent."""


class PermissionDenied(MikroError):
    """The token is valid, but its user may not do what was asked."""


class GraphQLError(MikroError):
    """The server answered with GraphQL errors.

    Attributes
    ----------
    errors
        The ``errors`` entries of the response, as sent by the server.
    operation
        The name of the operation that failed.
    """

    def __init__(self, message: str, errors: Sequence[Mapping[str, Any]] = (), operation: str | None = None) -> None:
        super().__init__(message)
        self.errors = list(errors)
        self.operation = operation


class QueryError(GraphQLError):
    """The server refused the document itself (a parse or validation error, HTTP 400)."""


class DoesNotExist(MikroError, LookupError):
    """No object matches the query. Each model has a subclass, e.g. ``Sample.DoesNotExist``."""


class MultipleObjectsReturned(MikroError, LookupError):
    """``get()`` matched more than one object. Each model has a subclass."""


class DataLayerError(MikroError):
    """Reading or writing the datalayer (zarr stores, parquet files, media) failed."""

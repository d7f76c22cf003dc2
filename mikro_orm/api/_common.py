"""What every function of the functional API shares: the client, argument checks, async twins.

The 2022 client's functions took ``rath`` (its GraphQL client) as their last
argument; here ``rath`` is a :class:`mikro_orm.Client`, and without one the
current client (:func:`mikro_orm.get_client`) is used.
"""
from __future__ import annotations

import asyncio
import enum
import functools
import operator
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping, Sequence, TypeVar

from mikro_orm import errors

if TYPE_CHECKING:
    from mikro_orm.client import Client

__all__ = [
    "asyncify",
    "check_enum",
    "check_id",
    "check_ids",
    "check_int",
    "check_mapping",
    "check_number",
    "check_str",
    "check_strs",
    "client_for",
    "renamed",
]

R = TypeVar("R")

ID_EXPECTED = "an id (a str or int) or a model instance"


def client_for(rath: Client | None) -> Client:
    """The client to use: ``rath`` if given, else the current one."""
    from mikro_orm.client import Client, get_client

    if rath is None:
        return get_client()
    if not isinstance(rath, Client):
        raise errors.InvalidArgument("rath", "a mikro_orm.Client (or None for the current client)", got=rath)
    return rath


def check_id(value: Any, argument: str, *, required: bool = True) -> str | None:
    """An id as the server takes it (a string), from an id or a model instance."""
    if value is None:
        if required:
            raise errors.InvalidArgument(argument, ID_EXPECTED, detail="got None")
        return None
    if hasattr(value, "_meta") and hasattr(value, "id"):
        return str(value.id)
    if isinstance(value, bool) or not isinstance(value, (str, int)) and not hasattr(value, "__index__"):
        raise errors.InvalidArgument(argument, ID_EXPECTED, got=value)
    text = str(value) if isinstance(value, str) else str(operator.index(value))
    if not text.strip():
        raise errors.InvalidArgument(argument, ID_EXPECTED, detail="got an empty string")
    return text


def check_ids(values: Any, argument: str) -> list[str] | None:
    """A list of ids (or None), from ids or model instances."""
    if values is None:
        return None
    if isinstance(values, (str, bytes)) or not isinstance(values, (Sequence, set, frozenset)):
        raise errors.InvalidArgument(argument, "a list of ids or model instances", got=values)
    return [check_id(value, argument) for value in values]  # type: ignore[misc]


def check_str(value: Any, argument: str, *, required: bool = False) -> str | None:
    """A string argument (or None where it is optional)."""
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise errors.InvalidArgument(argument, "a str", got=value, detail="got None" if value is None else "")
    return value


def check_strs(values: Any, argument: str) -> list[str] | None:
    """A list of strings, such as tags (or None)."""
    if values is None:
        return None
    if isinstance(values, (str, bytes)) or not isinstance(values, (Sequence, set, frozenset)):
        raise errors.InvalidArgument(argument, "a list of str", got=values)
    items = list(values)
    if not all(isinstance(item, str) for item in items):
        raise errors.InvalidArgument(argument, "a list of str", detail=f"got {items!r}")
    return items


def check_int(value: Any, argument: str) -> int:
    """A required integer (Python or numpy)."""
    if isinstance(value, bool) or not hasattr(value, "__index__"):
        raise errors.InvalidArgument(argument, "an int", got=value, detail="got None" if value is None else "")
    return operator.index(value)


def check_number(value: Any, argument: str) -> float:
    """A required real number (int, float or numpy scalar)."""
    if isinstance(value, bool) or isinstance(value, (str, bytes)) or value is None:
        raise errors.InvalidArgument(argument, "a number", got=value, detail="got None" if value is None else "")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise errors.InvalidArgument(argument, "a number", got=value) from None


def check_mapping(value: Any, argument: str) -> dict[str, Any] | None:
    """A JSON object argument such as ``meta`` (or None)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise errors.InvalidArgument(argument, "a dict (a JSON object)", got=value)
    return dict(value)


E = TypeVar("E", bound=enum.Enum)


def check_enum(value: Any, kind: type[E], argument: str) -> E | None:
    """A member of ``kind`` from a member or its name (case-insensitive), or None."""
    if value is None:
        return None
    text = str(getattr(value, "value", value)).upper()
    try:
        return kind(text)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise errors.InvalidArgument(argument, f"a {kind.__name__}: {choices}", detail=f"got {value!r}") from None


def renamed(exc: errors.InvalidArgument, argument: str) -> errors.InvalidArgument:
    """The same complaint about the argument as the caller named it (``array`` -> ``xarray``)."""
    message = str(exc)
    if message.startswith(exc.argument + ":"):
        message = argument + message[len(exc.argument) :]
    fresh = errors.InvalidArgument(argument, exc.expected)
    fresh.args = (message,)
    return fresh


def asyncify(function: Callable[..., R]) -> Callable[..., Awaitable[R]]:
    """The ``a``-prefixed twin of ``function``: the same call, run in a worker thread.

    ``asyncio.to_thread`` copies the caller's context, so the current client
    of the calling task is the current client of the call; the event loop
    keeps running while the request is in flight, so the twins are safe
    inside a running loop (a notebook's, a web server's).
    """

    @functools.wraps(function)
    async def twin(*args: Any, **kwargs: Any) -> R:
        return await asyncio.to_thread(function, *args, **kwargs)

    name = f"a{function.__name__}"
    twin.__name__ = twin.__qualname__ = name
    twin.__doc__ = _twin_doc(function, name)
    return twin


def _twin_doc(function: Callable[..., Any], name: str) -> str:
    summary = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else function.__name__
    return f"""{summary} (async).

    The async twin of :func:`{function.__name__}`: the same parameters, the
    same result, awaited. It runs the call in a worker thread, so it is safe
    inside a running event loop.

    See Also
    --------
    {function.__name__}

    Examples
    --------
    >>> result = await {name}(...)  # doctest: +SKIP
    """

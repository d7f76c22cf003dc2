"""The seed's subscription functions: ``watch_rois`` and ``watch_samples``, on the ORM's watches.

Each opens one websocket (``graphql-ws``) and yields a
:class:`~mikro_orm.api.types.WatchEvent` per create, update or delete the
server reports: ``event.create`` / ``event.update`` are model instances,
``event.delete`` (``event.deleted``) the id of what was deleted.
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Iterator

from mikro_orm.api._common import check_id, client_for
from mikro_orm.api.types import WatchEvent
from mikro_orm.models import ROI, Sample
from mikro_orm.query import compiler

if TYPE_CHECKING:
    from mikro_orm.client import Client
    from mikro_orm.subscriptions import EventStream

__all__ = ["WatchStream", "awatch_rois", "awatch_samples", "watch_rois", "watch_samples"]


class WatchStream(Iterator[WatchEvent]):
    """The events of one watch; iterate it, and close it (or use ``with``) when done.

    Examples
    --------
    >>> with watch_samples() as events:  # doctest: +SKIP
    ...     event = next(events)
    """

    def __init__(self, stream: EventStream[Any]) -> None:
        self._stream = stream

    def __repr__(self) -> str:
        return f"<WatchStream of {self._stream!r}>"

    def __iter__(self) -> WatchStream:
        return self

    def __next__(self) -> WatchEvent:
        return WatchEvent.from_event(next(self._stream))

    def close(self) -> None:
        """Stop the subscription and close its socket (from any thread)."""
        self._stream.close()

    def __enter__(self) -> WatchStream:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


def _rois_opener(representation: Any, rath: Client | None) -> Callable[[], WatchStream]:
    from mikro_orm.subscriptions import EventStream

    representation_id = check_id(representation, "representation")
    client = client_for(rath)
    compiled = compiler.compile_subscription("rois", {"representation": representation_id}, ROI, name="WatchRois")
    return lambda: WatchStream(EventStream(client, compiled, ROI))


def _samples_opener(rath: Client | None) -> Callable[[], WatchStream]:
    from mikro_orm.subscriptions import EventStream

    client = client_for(rath)
    # The seed selected each sample's experiments' names: prefetching them
    # makes event.create.experiments usable without another request.
    compiled = compiler.compile_subscription("my_samples", {}, Sample, name="WatchSamples", prefetch=["experiments"])
    return lambda: WatchStream(EventStream(client, compiled, Sample))


def watch_rois(representation: str, rath: Client | None = None) -> WatchStream:
    """Watch the ROIs of a representation: an event per ROI created or deleted.

    The socket is open and the subscription started when this returns.
    Leaving the loop over it (``break``) or ``close()`` ends it.

    Parameters
    ----------
    representation
        The representation's id (or a Representation).
    rath
        The client to use; default: the current one.

    Returns
    -------
    WatchStream
        An iterator of :class:`WatchEvent` (``.create`` an ROI, ``.delete`` an id).

    Examples
    --------
    >>> for event in watch_rois("1"):  # doctest: +SKIP
    ...     if event.create:
    ...         print(event.create.type, event.create.vector_data)
    """
    return _rois_opener(representation, rath)()


def watch_samples(rath: Client | None = None) -> WatchStream:
    """Watch the caller's samples: an event per sample created, updated or deleted.

    Parameters
    ----------
    rath
        The client to use; default: the current one.

    Returns
    -------
    WatchStream
        An iterator of :class:`WatchEvent` (``.create``/``.update`` a Sample
        with its experiments loaded, ``.deleted`` an id).

    Examples
    --------
    >>> for event in watch_samples():  # doctest: +SKIP
    ...     if event.create:
    ...         print("new sample", event.create.name)
    """
    return _samples_opener(rath)()


def awatch_rois(representation: str, rath: Client | None = None) -> AsyncIterator[WatchEvent]:
    """Watch the ROIs of a representation (async): ``async for event in awatch_rois(rep)``.

    The arguments are checked at the call; the socket opens on the first
    step of the loop, in a worker thread, so the event loop stays free.
    Leaving the loop closes it.

    Parameters
    ----------
    representation
        The representation's id (or a Representation).
    rath
        The client to use; default: the current one.

    Returns
    -------
    AsyncIterator[WatchEvent]

    Examples
    --------
    >>> async for event in awatch_rois("1"):  # doctest: +SKIP
    ...     print(event.kind, event.id)
    """
    return _aevents(_rois_opener(representation, rath))


def awatch_samples(rath: Client | None = None) -> AsyncIterator[WatchEvent]:
    """Watch the caller's samples (async): ``async for event in awatch_samples()``.

    Parameters
    ----------
    rath
        The client to use; default: the current one.

    Returns
    -------
    AsyncIterator[WatchEvent]

    Examples
    --------
    >>> async for event in awatch_samples():  # doctest: +SKIP
    ...     print(event.kind, event.id)
    """
    return _aevents(_samples_opener(rath))


_END = object()


async def _aevents(open_stream: Callable[[], WatchStream]) -> AsyncIterator[WatchEvent]:
    # websocket-client blocks: connecting and each wait run in worker threads.
    opening = asyncio.ensure_future(asyncio.to_thread(open_stream))
    try:
        stream = await asyncio.shield(opening)
    except asyncio.CancelledError:
        # Cancelled while connecting: close the stream once it exists.
        opening.add_done_callback(lambda done: done.cancelled() or done.exception() or done.result().close())
        raise
    try:
        while True:
            event = await asyncio.to_thread(next, stream, _END)
            if event is _END:
                return
            yield event  # type: ignore[misc]
    finally:
        stream.close()  # also wakes a worker still waiting in next()

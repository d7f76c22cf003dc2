"""An in-process broadcaster for subscription events.

Mutations publish from resolver code, which may run on uvicorn's event loop
or in a worker thread; subscribers are async generators on the event loop.
``publish`` therefore hands each event to the subscriber's own loop with
``call_soon_threadsafe``, which is correct from any thread, and never blocks
the publisher.

Channels are tuples such as ``("samples", user_id)`` or ``("rois",
representation_id, user_id)``: scoping by user in the channel name is what
keeps one user's events away from another.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Hashable
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class _Subscriber:
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)


class Broadcaster:
    """Fan events out to every listener of a channel.

    Examples
    --------
    >>> events = Broadcaster()
    >>> async def first(channel):
    ...     async for event in events.listen(channel):
    ...         return event
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: dict[Hashable, set[_Subscriber]] = {}

    def publish(self, channel: Hashable, event: Any) -> None:
        """Deliver ``event`` to every current listener of ``channel``."""
        with self._lock:
            subscribers = list(self._subscribers.get(channel, ()))
        for subscriber in subscribers:
            try:
                subscriber.loop.call_soon_threadsafe(subscriber.queue.put_nowait, event)
            except RuntimeError:
                # The listener's loop is closed (server stopping): drop it.
                self._discard(channel, subscriber)

    def listener_count(self, channel: Hashable) -> int:
        """How many listeners ``channel`` has (tests wait on this)."""
        with self._lock:
            return len(self._subscribers.get(channel, ()))

    async def listen(self, channel: Hashable) -> AsyncIterator[Any]:
        """Yield the events of ``channel`` from now on, until closed."""
        subscriber = _Subscriber(loop=asyncio.get_running_loop())
        with self._lock:
            self._subscribers.setdefault(channel, set()).add(subscriber)
        try:
            while True:
                yield await subscriber.queue.get()
        finally:
            self._discard(channel, subscriber)

    def _discard(self, channel: Hashable, subscriber: _Subscriber) -> None:
        with self._lock:
            listeners = self._subscribers.get(channel)
            if listeners is not None:
                listeners.discard(subscriber)
                if not listeners:
                    del self._subscribers[channel]

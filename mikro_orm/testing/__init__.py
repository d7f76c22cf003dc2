"""Testing helpers for mikro_orm and for our users' own test suites.

- :func:`assert_round_trips`: fail unless exactly ``n`` requests were sent.
- :func:`wait_for_listener`: wait until a reference server listens on a
  subscription's channel (before causing the events a test watches for).
- The pytest plugin :mod:`mikro_orm.testing.plugin` (registered by entry
  point): fixtures ``mikro_server`` (a reference server on a temporary data
  directory), ``mikro_client``, ``mikro_recorded_client``, a cassette
  configuration that scrubs credentials and matches GraphQL bodies, and
  recording/replay of subscription websocket frames
  (:mod:`mikro_orm.testing.frames`).
"""
from __future__ import annotations

import contextlib
import threading
import time
from typing import Any, Hashable, Iterator

from mikro_orm.transport.base import GraphQLRequest, add_request_listener

__all__ = ["RoundTrips", "assert_round_trips", "count_round_trips", "wait_for_listener"]


class RoundTrips:
    """The requests seen while counting (``.requests``, ``.count``)."""

    def __init__(self) -> None:
        self.requests: list[GraphQLRequest] = []
        self._lock = threading.Lock()

    def __call__(self, request: GraphQLRequest) -> None:
        with self._lock:
            self.requests.append(request)

    @property
    def count(self) -> int:
        """How many requests were sent."""
        return len(self.requests)

    def names(self) -> list[str]:
        """The operation names, in order."""
        return [request.describe() for request in self.requests]


@contextlib.contextmanager
def count_round_trips() -> Iterator[RoundTrips]:
    """Count the requests sent inside the block (by any client of this process).

    Examples
    --------
    >>> with count_round_trips() as trips:  # doctest: +SKIP
    ...     list(Sample.objects.all())
    >>> trips.count  # doctest: +SKIP
    1
    """
    trips = RoundTrips()
    remove = add_request_listener(trips)
    try:
        yield trips
    finally:
        remove()


@contextlib.contextmanager
def assert_round_trips(n: int) -> Iterator[RoundTrips]:
    """Fail unless exactly ``n`` requests are sent inside the block.

    Parameters
    ----------
    n
        The expected number of HTTP requests (queries, mutations, uploads).

    Raises
    ------
    AssertionError
        With the operation names of what was sent.

    Examples
    --------
    >>> with assert_round_trips(1):  # doctest: +SKIP
    ...     for sample in Sample.objects.prefetch("representations"):
    ...         list(sample.representations)
    """
    with count_round_trips() as trips:
        yield trips
    if trips.count != n:
        raise AssertionError(f"expected {n} round trip(s), {trips.count} were sent: {trips.names()}")


def wait_for_listener(server: Any, channel: Hashable, timeout: float = 10.0) -> None:
    """Wait until a reference server has a listener on ``channel``; nothing if ``server`` is None.

    A watch's socket is open when ``watch()`` returns, but the server
    registers the subscription a moment later; an event caused before that
    is not delivered. Channels: ``("samples", user_id)`` (likewise
    ``"experiments"``, ``"representations"``, ``"tables"``) and
    ``("rois", representation_id, user_id)``, ids as ints.

    Parameters
    ----------
    server
        A running reference server (``mikro_server``, ``mikro_recording_server``),
        or None (a replay: events come from the recording, nothing to wait for).
    channel
        The event channel.
    timeout
        Seconds before giving up with an AssertionError.

    Examples
    --------
    >>> with watch_samples() as events:  # doctest: +SKIP
    ...     wait_for_listener(mikro_server, ("samples", 1))
    ...     create_sample("new")
    ...     event = next(events)
    """
    if server is None:
        return
    events = server.app.state.services.events
    deadline = time.monotonic() + timeout
    while events.listener_count(channel) < 1:
        if time.monotonic() > deadline:
            raise AssertionError(f"the server did not listen on {channel!r} within {timeout} s")
        time.sleep(0.01)

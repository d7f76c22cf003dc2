"""Testing helpers for mikro_orm and for our users' own test suites.

- :func:`assert_round_trips`: fail unless exactly ``n`` requests were sent.
- The pytest plugin :mod:`mikro_orm.testing.plugin`: fixtures ``mikro_server``
  (a reference server on a temporary data directory), ``mikro_client``, and
  a cassette configuration that scrubs credentials and matches GraphQL bodies.
"""
from __future__ import annotations

import contextlib
import threading
from typing import Iterator

from mikro_orm.transport.base import GraphQLRequest, add_request_listener

__all__ = ["RoundTrips", "assert_round_trips", "count_round_trips"]


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

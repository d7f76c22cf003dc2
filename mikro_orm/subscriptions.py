"""Watching: typed events from the server's subscriptions.

``Sample.objects.watch()`` and its siblings open one websocket each (see
:mod:`mikro_orm.transport.websocket`) and yield an :class:`Event` per
create, update or delete the server reports. Instances in events go through
the client's identity map, so an ``update`` refreshes the very object a
``create`` (or an earlier query) gave you.

What can be watched is what the schema's ``Subscription`` root offers; it
takes no filters, so neither do watches (see :func:`compile_watch`).
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, AsyncGenerator, Callable, Generic, Iterator, Literal, Mapping, TypeVar

import attrs

from mikro_orm import errors
from mikro_orm.query import compiler

if TYPE_CHECKING:
    from mikro_orm.client import Client
    from mikro_orm.models.base import Model
    from mikro_orm.query.compiler import CompiledQuery
    from mikro_orm.query.queryset import QuerySet
    from mikro_orm.transport.websocket import WebSocketSubscription

__all__ = ["Event", "EventStream", "awatch", "compile_watch", "watch"]

M = TypeVar("M", bound="Model")

EventKind = Literal["create", "update", "delete"]

#: Model name -> the ``Subscription`` field streaming the caller's objects of it.
MODEL_WATCHES: Mapping[str, str] = {
    "Sample": "my_samples",
    "Representation": "my_representations",
    "Experiment": "my_experiments",
    "Table": "my_tables",
}

#: (owner model, relation) -> (``Subscription`` field, argument naming the owner).
RELATION_WATCHES: Mapping[tuple[str, str], tuple[str, str]] = {
    ("Representation", "rois"): ("rois", "representation"),
}

#: Event object field -> kind. ``RoiEvent`` says ``delete`` where the others say ``deleted``.
_KINDS: Mapping[str, EventKind] = {"create": "create", "update": "update", "deleted": "delete", "delete": "delete"}


@attrs.frozen
class Event(Generic[M]):
    """One change the server reported.

    Attributes
    ----------
    kind
        ``"create"``, ``"update"`` or ``"delete"``.
    model
        The model class of the object.
    id
        The object's id (for deletes, the deleted id, as a string).
    instance
        The object, structured through the client's identity map; ``None``
        for deletes (the server sends only the id).

    Examples
    --------
    >>> for event in Sample.objects.watch():  # doctest: +SKIP
    ...     print(event.kind, event.id, event.instance)
    create 7 <Sample 7 'liver 2'>
    """

    kind: EventKind
    model: type[M] = attrs.field(repr=lambda model: model.__name__)
    id: str
    instance: M | None = None


def compile_watch(queryset: QuerySet[Any]) -> CompiledQuery:
    """Compile the subscription behind ``queryset.watch()``; no I/O.

    Raises
    ------
    mikro_orm.errors.InvalidArgument
        The model or relation has no subscription, or the QuerySet is
        filtered, ordered, sliced or reshaped: the server streams every event
        of the caller's objects and cannot narrow them, and mikro_orm does
        not drop events client-side (a filter that silently missed events
        whose objects changed would be worse than none).

    Examples
    --------
    >>> from mikro_orm import Sample
    >>> compile_watch(Sample.objects.all()).name
    'WatchSamples'
    """
    query = queryset.query
    model = queryset.model
    if query.filters or query.order or query.is_sliced or getattr(queryset, "_values", None) is not None:
        raise errors.InvalidArgument(
            "watch",
            "an unfiltered QuerySet (all(), a manager, or rep.rois)",
            detail="the server cannot filter subscriptions and mikro_orm does not filter events client-side; "
            "filter the events in your loop",
        )
    parent = query.parent
    if parent is None:
        field_name = MODEL_WATCHES.get(model.__name__)
        arguments: dict[str, Any] = {}
        name = f"Watch{model.__name__}s"
    else:
        field_name, argument = RELATION_WATCHES.get((parent.model.__name__, parent.relation.name), (None, ""))
        arguments = {argument: parent.id}
        name = f"Watch{parent.model.__name__}{parent.relation.name.title()}"
    if field_name is None:
        watchable = ", ".join(f"{name}.objects" for name in MODEL_WATCHES) + ", representation.rois"
        what = model.__name__ if parent is None else f"{parent.model.__name__}.{parent.relation.name}"
        raise errors.InvalidArgument("watch", f"something the server streams events for: {watchable}", detail=f"got {what}")
    return compiler.compile_subscription(field_name, arguments, model, name=name, only=query.only, prefetch=query.prefetch)


def _to_event(data: Mapping[str, Any] | None, model: type[Model], client: Client) -> Event[Any] | None:
    """Turn one event object (``{"create": {...}, "update": None, ...}``) into an Event."""
    for field, value in (data or {}).items():
        if value is None or field not in _KINDS:
            continue
        kind = _KINDS[field]
        if kind == "delete":
            gone = client.identity.get(model, str(value))
            if gone is not None:
                client.identity.discard(gone)
            return Event(kind, model, str(value))
        instance = client.structure(value, model)
        return Event(kind, model, instance.id, instance)
    return None  # an event with every field null tells nothing


def _open(client: Client, compiled: CompiledQuery) -> WebSocketSubscription:
    from mikro_orm.transport.websocket import WebSocketTransport

    # One socket per watch: closing a watch must not end another one.
    transport = WebSocketTransport(client.ws_url, client.settings.token, timeout=client.settings.timeout)
    return transport.subscribe(compiled.request())


class EventStream(Iterator[Event[M]], Generic[M]):
    """The events of one watch; iterate it, and close it when done.

    Leaving a ``for`` loop over ``qs.watch()`` (``break``, ``return``, an
    exception) drops the stream and closes its socket; a stream kept in a
    variable is closed by :meth:`close` or a ``with`` block.

    Examples
    --------
    >>> with Sample.objects.watch() as events:  # doctest: +SKIP
    ...     first = next(events)
    """

    def __init__(self, client: Client, compiled: CompiledQuery, model: type[M]) -> None:
        self.model = model
        self._client = client
        self._compiled = compiled
        self._subscription = _open(client, compiled)

    def __repr__(self) -> str:
        state = "closed" if self._subscription.closed else "open"
        return f"<EventStream {self._compiled.name} ({state})>"

    def __iter__(self) -> EventStream[M]:
        return self

    def __next__(self) -> Event[M]:
        while True:
            data = next(self._subscription)
            event = _to_event(self._compiled.extract(data), self.model, self._client)
            if event is not None:
                return event

    def close(self) -> None:
        """Stop the subscription and close its socket (from any thread)."""
        self._subscription.close()

    def __enter__(self) -> EventStream[M]:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __del__(self) -> None:
        subscription = getattr(self, "_subscription", None)
        if subscription is not None:
            subscription.close()


def watch(queryset: QuerySet[M]) -> EventStream[M]:
    """Open the subscription for ``queryset`` (see :meth:`QuerySet.watch`)."""
    compiled = compile_watch(queryset)
    return EventStream(queryset._get_client(), compiled, queryset.model)


_END = object()


def awatch(queryset: QuerySet[M]) -> AsyncGenerator[Event[M], None]:
    """The async twin of :func:`watch` (see :meth:`QuerySet.awatch`).

    Checks the QuerySet now, so a bad one raises at the call, not at the
    first ``async for`` step.
    """
    compiled = compile_watch(queryset)
    client = queryset._get_client()
    return _aevents(lambda: EventStream(client, compiled, queryset.model))


def _close_opened(done: asyncio.Future[Any]) -> None:
    if not done.cancelled() and done.exception() is None:
        done.result().close()


async def _aevents(open_stream: Callable[[], EventStream[Any]]) -> AsyncGenerator[Event[Any], None]:
    # The socket is blocking (websocket-client): connecting and each wait for
    # an event run in a worker thread so the event loop stays free.
    opening = asyncio.ensure_future(asyncio.to_thread(open_stream))
    try:
        stream = await asyncio.shield(opening)
    except asyncio.CancelledError:
        # Cancelled while connecting: close the stream once it exists.
        opening.add_done_callback(_close_opened)
        raise
    try:
        while True:
            event = await asyncio.to_thread(next, stream, _END)
            if event is _END:
                return
            yield event
    finally:
        # Synchronous on purpose: it only sends two short messages and shuts
        # the socket down, which wakes a worker still waiting in next(); it
        # must also work while the loop is closing the generator.
        stream.close()

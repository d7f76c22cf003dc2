"""The lazy, immutable QuerySet.

Chained methods (``filter``, ``order_by``, ``only``, ``prefetch``, slicing)
return new QuerySets and send nothing. The network is touched only by
iteration, ``len``, ``bool``, indexing, ``get``, ``first``, ``last``,
``exists``, ``count`` and the methods that write.

Differences from Django (see docs/querying.md): filters are the server's
arguments, so there is no ``exclude`` or ``Q``; iterating a QuerySet larger
than one page streams it page by page without keeping the results, while
``list()``, ``len()`` and ``bool()`` keep them; ``count()`` has to fetch ids
because the schema has no count field.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Iterator, TypeVar

import asyncio

import attrs

from mikro_orm import errors
from mikro_orm.graphql import mikro_schema as gql
from mikro_orm.query import compiler
from mikro_orm.query.lookups import allowed_filters, resolve_filters
from mikro_orm.query.query import ParentLink, Query

if TYPE_CHECKING:
    from typing import AsyncGenerator  # for awatch() below

    from mikro_orm.client import Client
    from mikro_orm.models.base import Model
    from mikro_orm.models.fields import ToMany
    from mikro_orm.subscriptions import Event, EventStream

__all__ = ["MAX_GET_RESULTS", "QuerySet", "related_queryset"]

M = TypeVar("M", bound="Model")

# As in Django: get() fetches one more than it can show in its error, so
# that "more than one" costs a bounded request.
MAX_GET_RESULTS = 21


class QuerySet(Generic[M]):
    """A lazy query for objects of one model.

    Examples
    --------
    >>> qs = Sample.objects.filter(search="liver").order_by("-created_at")  # doctest: +SKIP
    >>> print(qs.query)  # doctest: +SKIP
    >>> for sample in qs[:10]:  # doctest: +SKIP
    ...     print(sample.name)
    """

    def __init__(self, model: type[M], query: Query | None = None, client: Client | None = None) -> None:
        self.model = model
        self._query = query if query is not None else Query(model)
        self._client = client
        self._result_cache: list[M] | None = None
        self._owner: Model | None = None  # the instance a relation QuerySet belongs to
        # values()/values_list(): (fields, "dict" | "tuple" | "flat"), applied to each row
        self._values: tuple[tuple[str, ...], str] | None = None

    # -- state ------------------------------------------------------------
    @property
    def query(self) -> Query:
        """The query state; ``print(qs.query)`` shows the GraphQL and its variables."""
        return self._query

    def _chain(self, **changes: Any) -> QuerySet[M]:
        clone = type(self)(self.model, attrs.evolve(self._query, **changes), self._client)
        clone._owner = self._owner
        clone._values = self._values
        return clone

    def _get_client(self) -> Client:
        from mikro_orm.client import get_client

        if self._client is not None:
            return self._client
        if self._owner is not None and self._owner._state.client is not None:
            return self._owner._state.client
        return get_client()

    def _list_field(self) -> Any:
        parent = self._query.parent
        if parent is not None and parent.nested:
            return getattr(parent.model._meta.schema_type, parent.relation.field)
        if self.model._meta.list_field is None:
            raise errors.InvalidArgument("model", f"a model the server can list; {self.model.__name__} has no list field")
        return getattr(gql.Query, self.model._meta.list_field)

    # -- chaining -----------------------------------------------------------
    def using(self, client: Client) -> QuerySet[M]:
        """Run this QuerySet through ``client`` instead of the current one."""
        clone = self._chain()
        clone._client = client
        return clone

    def all(self) -> QuerySet[M]:
        """A copy of this QuerySet (with an empty result cache)."""
        return self._chain()

    def filter(self, **keywords: Any) -> QuerySet[M]:
        """Narrow the results with the server's filter arguments.

        Keywords are the list field's arguments in snake_case
        (``name``, ``tags``, ``ids``, ``created_after``, ...), ``search`` for
        a name substring, and Django spellings such as ``id__in``. Chained
        filters combine; two different values for the same argument cannot
        be sent and raise :class:`~mikro_orm.errors.InvalidArgument`.

        Examples
        --------
        >>> Sample.objects.filter(search="liver", experiments=[experiment])  # doctest: +SKIP
        """
        self._check_not_sliced("filter")
        query = self._query
        field = self._list_field()
        try:
            resolved = resolve_filters(self.model.__name__, field, keywords)
        except errors.InvalidArgument:
            parent = query.parent
            if parent is None or not parent.nested or parent.relation.reverse_filter is None:
                raise
            # The nested field does not take this filter, the root field does:
            # fetch through the root field filtered by the owner instead.
            root = attrs.evolve(query, parent=attrs.evolve(parent, nested=False))
            return self._chain(parent=root.parent).filter(**{**query.filters, **keywords})
        merged = dict(query.filters)
        for argument, value in resolved.items():
            if argument in merged and merged[argument] != value:
                raise errors.InvalidArgument(
                    argument, "one value per filter: the server takes a single value for each argument",
                    detail=f"already filtered by {merged[argument]!r}, now {value!r}",
                )
            merged[argument] = value
        return self._chain(filters=merged)

    def order_by(self, *fields: str) -> QuerySet[M]:
        """Order by model fields (``"-created_at"`` descending, ``"sample__name"`` across relations)."""
        self._check_not_sliced("order_by")
        field = self._list_field()
        if fields and "order" not in field.args:
            raise errors.InvalidArgument("order_by", f"nothing: the server cannot order {self.model.__name__} lists")
        known = set(self.model._meta.fields) | set(self.model._meta.relations)
        for entry in fields:
            head = entry.lstrip("-").split("__")[0]
            if not isinstance(entry, str) or head not in known:
                raise errors.InvalidArgument("order_by", f"field names of {self.model.__name__} ({', '.join(sorted(known))})", detail=f"got {entry!r}")
        return self._chain(order=tuple(fields))

    def only(self, *fields: str) -> QuerySet[M]:
        """Select only these fields (and ``id``); the others stay ``None``."""
        unknown = [name for name in fields if name not in self.model._meta.fields]
        if unknown:
            raise errors.InvalidArgument("only", f"fields of {self.model.__name__}: {', '.join(self.model._meta.fields)}", detail=f"unknown {unknown}")
        return self._chain(only=tuple(fields))

    def prefetch(self, *paths: str) -> QuerySet[M]:
        """Load these relations in the same request (``"representations__sample"`` nests).

        Examples
        --------
        >>> for sample in Sample.objects.prefetch("representations", "experiments"):  # doctest: +SKIP
        ...     print(sample.name, len(sample.representations))  # no further request
        """
        for path in paths:
            model = self.model
            for part in path.split("__"):
                relation = model._meta.relations.get(part)
                if relation is None:
                    raise errors.InvalidArgument(
                        "prefetch", f"relation paths of {model.__name__} ({', '.join(sorted(model._meta.relations))})", detail=f"got {path!r}"
                    )
                model = relation.target
        return self._chain(prefetch=self._query.prefetch + tuple(paths))

    prefetch_related = prefetch

    def _check_not_sliced(self, method: str) -> None:
        if self._query.is_sliced:
            raise errors.InvalidArgument(method, "a QuerySet that has not been sliced yet (as in Django)")

    # -- slicing ------------------------------------------------------------
    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            if key.step not in (None, 1):
                raise errors.InvalidArgument("slice", "a slice without a step")
            if (key.start or 0) < 0 or (key.stop is not None and key.stop < 0):
                raise errors.InvalidArgument("slice", "non-negative bounds (the server cannot count from the end)")
            if self._result_cache is not None:
                return self._result_cache[key]
            low = self._query.low + (key.start or 0)
            high = self._query.high
            if key.stop is not None:
                stop = self._query.low + key.stop
                high = stop if high is None else min(high, stop)
            return self._chain(low=low, high=max(low, high) if high is not None else None)
        if not isinstance(key, int) or isinstance(key, bool):
            raise errors.InvalidArgument("index", "an int or a slice", got=key)
        if key < 0:
            raise errors.InvalidArgument("index", "a non-negative index (the server cannot count from the end)")
        if self._result_cache is not None:
            return self._result_cache[key]
        rows = list(self[key : key + 1])
        if not rows:
            raise IndexError(f"{self.model.__name__} QuerySet index {key} out of range")
        return rows[0]

    # -- evaluation -----------------------------------------------------------
    def _relation_cache(self) -> list[M] | None:
        """An owner's loaded relation, when this QuerySet asks for exactly that."""
        query, owner = self._query, self._owner
        if owner is None or query.filters or query.order or query.only or query.prefetch:
            return None
        relation = query.parent.relation  # type: ignore[union-attr]
        if relation.name not in owner._state.cache:
            from mikro_orm.query.loader import load_to_many

            load_to_many(owner, relation)
        # A slice of a loaded relation is cut from it: the whole relation was
        # loaded (for the page) in one request anyway.
        return owner._state.cache[relation.name][query.low : query.high]

    def _fetch_rows(self, offset: int, limit: int | None) -> list[dict[str, Any]]:
        compiled = compiler.compile_list(self._query, offset=offset, limit=limit)
        rows = self._get_client().execute(compiled)
        if rows is None:
            parent = self._query.parent
            if parent is not None:
                raise parent.model.DoesNotExist(f"{parent.model.__name__} {parent.id} does not exist")
            rows = []
        return [row for row in rows if row is not None]

    def _pages(self) -> Iterator[list[M]]:
        cached = self._relation_cache()
        if cached is not None:
            yield list(cached)
            return
        query = self._query
        client = self._get_client()
        if "limit" not in self._list_field().args:
            # The schema gives this list no paging: one request, sliced here.
            yield client.structure_many(self._fetch_rows(0, None)[query.low : query.high], self.model)
            return
        page_size = client.settings.page_size
        start = query.low
        while True:
            remaining = None if query.high is None else query.high - start
            if remaining is not None and remaining <= 0:
                return
            wanted = page_size if remaining is None else min(page_size, remaining)
            # Ask for one row more than the page when more rows may follow:
            # whether it comes back says if another page exists, which saves
            # the empty request a full last page would otherwise cost.
            peek = remaining is None or remaining > wanted
            rows = self._fetch_rows(start, wanted + 1 if peek else wanted)
            yield client.structure_many(rows[:wanted], self.model)
            if len(rows) <= wanted:
                return
            start += wanted

    def _fetch_all(self) -> list[M]:
        if self._result_cache is None:
            self._result_cache = [item for page in self._transformed_pages() for item in page]
        return self._result_cache

    def _transformed_pages(self) -> Iterator[list[Any]]:
        if self._values is None:
            yield from self._pages()
            return
        fields, shape = self._values
        for page in self._pages():
            if shape == "dict":
                yield [{name: getattr(obj, name) for name in fields} for obj in page]
            elif shape == "flat":
                yield [getattr(obj, fields[0]) for obj in page]
            else:
                yield [tuple(getattr(obj, name) for name in fields) for obj in page]

    def __iter__(self) -> Iterator[M]:
        if self._result_cache is not None:
            yield from self._result_cache
            return
        pages = self._transformed_pages()
        first = next(pages, [])
        rest = next(pages, None)
        if rest is None:  # everything fit in one page: keep it, as Django would
            self._result_cache = first
            yield from first
            return
        # Larger than a page: stream, so memory stays bounded by the page size.
        yield from first
        yield from rest
        for page in pages:
            yield from page

    def iterator(self) -> Iterator[M]:
        """Stream the results page by page without keeping them."""
        for page in self._transformed_pages():
            yield from page

    def __len__(self) -> int:
        return len(self._fetch_all())

    def __bool__(self) -> bool:
        if self._result_cache is not None:
            return bool(self._result_cache)
        return self.exists()

    def __repr__(self) -> str:
        if self._result_cache is None:
            # Describing the query, not running it: a repr must not hit the network.
            query = self._query
            parts = [self.model.__name__]
            if query.parent is not None:
                parts.append(f"of {query.parent.model.__name__} {query.parent.id}")
            if query.filters:
                parts.append("filter(" + ", ".join(f"{k}={v!r}" for k, v in query.filters.items()) + ")")
            if query.order:
                parts.append("order_by(" + ", ".join(repr(o) for o in query.order) + ")")
            if query.prefetch:
                parts.append("prefetch(" + ", ".join(repr(p) for p in query.prefetch) + ")")
            if query.is_sliced:
                parts.append(f"[{query.low}:{'' if query.high is None else query.high}]")
            return f"<{type(self).__name__} {' '.join(parts)} (not evaluated)>"
        items = ", ".join(repr(item) for item in self._result_cache[:20])
        more = ", ..." if len(self._result_cache) > 20 else ""
        return f"<{type(self).__name__} [{items}{more}]>"

    # -- single objects ---------------------------------------------------------
    def get(self, **keywords: Any) -> M:
        """Return the one object matching ``keywords``.

        ``get(id=...)`` uses the single-object field; other lookups fetch at
        most 21 objects to tell one from many.

        Raises
        ------
        Model.DoesNotExist
            Nothing matched.
        Model.MultipleObjectsReturned
            More than one matched.
        """
        object_id = keywords.pop("id", keywords.pop("pk", None))
        query = self._query
        if object_id is not None and not keywords and not query.filters and query.parent is None and self.model._meta.get_field:
            return self._get_by_id(str(object_id))
        if object_id is not None and "ids" not in self._list_field().args:
            raise errors.InvalidArgument("id", f"a lookup the server offers: it cannot fetch one {self.model.__name__} by id here")
        qs = self.filter(**keywords) if keywords else self
        if object_id is not None:
            qs = qs.filter(ids=[str(object_id)])
        rows = list(qs[:MAX_GET_RESULTS])
        if not rows:
            raise self.model.DoesNotExist(f"{self.model.__name__} matching query does not exist ({_describe(keywords, object_id)})")
        if len(rows) > 1:
            count = f"{MAX_GET_RESULTS} or more" if len(rows) == MAX_GET_RESULTS else str(len(rows))
            raise self.model.MultipleObjectsReturned(f"get() returned more than one {self.model.__name__}: it returned {count}")
        return rows[0]

    def _get_by_id(self, object_id: str) -> M:
        client = self._get_client()
        compiled = compiler.compile_get(self.model, object_id, only=self._query.only, prefetch=self._query.prefetch)
        try:
            data = client.execute(compiled)
        except errors.DoesNotExist as exc:
            raise self.model.DoesNotExist(f"{self.model.__name__} with id {object_id!r} does not exist") from exc
        if data is None:
            raise self.model.DoesNotExist(f"{self.model.__name__} with id {object_id!r} does not exist")
        return client.structure(data, self.model)  # type: ignore[return-value]

    def first(self) -> M | None:
        """The first object, or ``None`` (one request for one object)."""
        rows = list(self[:1]) if self._result_cache is None else self._result_cache[:1]
        return rows[0] if rows else None

    def exists(self) -> bool:
        """Whether any object matches (one request selecting one id)."""
        if self._result_cache is not None:
            return bool(self._result_cache)
        return bool(list(self._chain(only=()).__getitem__(slice(0, 1))))

    def count(self) -> int:
        """How many objects match.

        The schema has no count field, so this fetches the ids of every
        match, a page at a time: its cost grows with the result.
        """
        if self._result_cache is not None:
            return len(self._result_cache)
        return sum(len(page) for page in self._chain(only=(), prefetch=())._pages())

    def last(self) -> M | None:
        """The last object, or ``None``.

        An ordered QuerySet asks the server for the reversed order's first
        row (one request); an unordered one has to read every page.
        """
        if self._result_cache is not None:
            return self._result_cache[-1] if self._result_cache else None
        if self._query.order and not self._query.is_sliced:
            flipped = tuple(name[1:] if name.startswith("-") else f"-{name}" for name in self._query.order)
            return self._chain(order=flipped).first()
        last = None
        for last in self.iterator():
            pass
        return last

    def in_bulk(self, id_list: list[Any] | None = None) -> dict[str, M]:
        """Map ids to objects, fetched in one request (``ids`` filter or aliased fields).

        Examples
        --------
        >>> Sample.objects.in_bulk(["1", "2"])  # doctest: +SKIP
        {'1': <Sample 1 'liver'>, '2': <Sample 2 'kidney'>}
        """
        if id_list is None:
            return {obj.id: obj for obj in self}
        ids = [str(getattr(item, "id", item)) for item in id_list]
        if not ids:
            return {}
        client = self._get_client()
        if self._query.filters or self._query.parent is not None:
            return {obj.id: obj for obj in self.filter(ids=ids)}
        rows = client.execute(compiler.compile_by_ids(self.model, ids, only=self._query.only))
        objects = client.structure_many([row for row in rows or [] if row is not None], self.model)
        return {obj.id: obj for obj in objects}

    def values(self, *fields: str) -> QuerySet[Any]:
        """Rows as dicts of ``fields`` (all scalar fields if none are named)."""
        chosen = fields or self.model._meta.fields
        clone = self.only(*[name for name in chosen if name != "id"]) if fields else self._chain()
        clone._values = (tuple(chosen), "dict")
        return clone

    def values_list(self, *fields: str, flat: bool = False) -> QuerySet[Any]:
        """Rows as tuples of ``fields``; ``flat=True`` with one field gives plain values."""
        if flat and len(fields) != 1:
            raise errors.InvalidArgument("flat", "exactly one field with flat=True", detail=f"got {len(fields)} fields")
        chosen = fields or self.model._meta.fields
        clone = self.only(*[name for name in chosen if name != "id"]) if fields else self._chain()
        clone._values = (tuple(chosen), "flat" if flat else "tuple")
        return clone

    # -- writing --------------------------------------------------------------
    def create(self, **fields: Any) -> M:
        """Create an object with the model's create mutation and return it.

        Examples
        --------
        >>> Sample.objects.create(name="liver 1", experiments=[experiment])  # doctest: +SKIP
        <Sample 1 'liver 1'>
        """
        meta = self.model._meta
        if meta.create_field is None:
            raise errors.InvalidArgument("create", f"a model the server can create; {self.model.__name__} has no create mutation")
        arguments = mutation_arguments(meta.create_field, fields, self.model.__name__)
        client = self._get_client()
        data = client.execute(compiler.compile_mutation(meta.create_field, arguments, self.model))
        if data is None:
            raise errors.GraphQLError(f"{meta.create_field}: the server returned no {self.model.__name__}")
        return client.structure(data, self.model)  # type: ignore[return-value]

    def get_or_create(self, defaults: dict[str, Any] | None = None, **lookup: Any) -> tuple[M, bool]:
        """Return ``(object, created)``: the match for ``lookup``, or a new one.

        The server's ``name`` filter matches substrings, so here a ``name``
        lookup counts only objects whose name is exactly ``name`` (otherwise
        ``name="liver 1"`` could return "liver 10").

        Examples
        --------
        >>> sample, created = Sample.objects.get_or_create(name="liver 1", defaults={"meta": {"organ": "liver"}})  # doctest: +SKIP
        """
        name = lookup.get("name")
        if name is None:
            try:
                return self.get(**lookup), False
            except self.model.DoesNotExist:
                return self.create(**{**lookup, **(defaults or {})}), True
        candidates = [obj for obj in self.filter(**lookup) if getattr(obj, "name", None) == name]
        if len(candidates) > 1:
            raise self.model.MultipleObjectsReturned(f"get_or_create: {len(candidates)} {self.model.__name__} objects are named {name!r}")
        if candidates:
            return candidates[0], False
        return self.create(**{**lookup, **(defaults or {})}), True

    def bulk_create(self, objects: list[dict[str, Any]], batch_size: int = 100) -> list[M]:
        """Create many objects, ``batch_size`` aliased create mutations per request.

        Parameters
        ----------
        objects
            One dict of create arguments per object.
        batch_size
            Mutations per request.

        Examples
        --------
        >>> Sample.objects.bulk_create([{"name": f"well {i}"} for i in range(96)])  # doctest: +SKIP
        """
        meta = self.model._meta
        if meta.create_field is None:
            raise errors.InvalidArgument("bulk_create", f"a model the server can create; {self.model.__name__} has no create mutation")
        if batch_size < 1:
            raise errors.InvalidArgument("batch_size", "a positive int", detail=f"got {batch_size}")
        checked = [mutation_arguments(meta.create_field, dict(values), self.model.__name__) for values in objects]
        client = self._get_client()
        created: list[M] = []
        selection = compiler.model_selection(self.model)
        for start in range(0, len(checked), batch_size):
            batch = checked[start : start + batch_size]
            fields = [(meta.create_field, f"c{index}", values, selection) for index, values in enumerate(batch)]
            data = client.execute(compiler.compile_root_fields("mutation", f"BulkCreate{self.model.__name__}", fields))
            created.extend(client.structure(data[f"c{index}"], self.model) for index in range(len(batch)))  # type: ignore[misc]
        return created

    def delete(self) -> int:
        """Delete every matching object (one request); return how many were deleted."""
        if self.model._meta.delete_field is None:
            raise errors.InvalidArgument("delete", f"a model the server can delete; {self.model.__name__} has no delete mutation")
        ids_only = self._chain(only=())
        ids_only._values = None
        objects = list(ids_only)
        if not objects:
            return 0
        client = self._get_client()
        meta = self.model._meta
        fields = [(meta.delete_field, f"d{index}", {"id": obj.id}, [compiler.Node("id")]) for index, obj in enumerate(objects)]
        client.execute(compiler.compile_root_fields("mutation", f"Delete{self.model.__name__}s", fields))
        for obj in objects:
            client.identity.discard(obj)
        return len(objects)


    # -- async ------------------------------------------------------------------
    def __aiter__(self) -> Any:
        return self._aiterate()

    async def _aiterate(self) -> Any:
        if self._result_cache is not None:
            for item in self._result_cache:
                yield item
            return
        pages = self._transformed_pages()
        while True:
            # Each page is fetched in a worker thread: the event loop (a
            # notebook's, say) keeps running while requests are in flight.
            page = await asyncio.to_thread(next, pages, None)
            if page is None:
                return
            for item in page:
                yield item

    # -- subscriptions: watch / awatch ------------------------------------------
    # The implementation lives in mikro_orm.subscriptions (imported on use);
    # these two methods are the whole QuerySet side of it.
    def watch(self) -> EventStream[M]:
        """Stream the creates, updates and deletes of this model's objects as they happen.

        One websocket (``graphql-ws``) per call. Works on ``Sample``,
        ``Representation``, ``Experiment`` and ``Table`` managers (the
        caller's own objects: the server's ``my*`` subscriptions) and on
        ``representation.rois``. The socket is open and the subscription
        started when this returns; leaving the loop closes it. A dropped
        connection is re-established (events sent meanwhile are lost).

        Returns
        -------
        mikro_orm.subscriptions.EventStream
            An iterator of :class:`~mikro_orm.subscriptions.Event`; also a
            context manager, and ``close()`` ends it.

        Raises
        ------
        mikro_orm.errors.InvalidArgument
            The model has no subscription, or the QuerySet is filtered,
            ordered or sliced: the server cannot filter subscriptions, and
            events are never dropped client-side.
        mikro_orm.errors.AuthenticationError
            The server refused the token.

        Examples
        --------
        >>> for event in Sample.objects.watch():  # doctest: +SKIP
        ...     if event.kind == "create":
        ...         print("new sample", event.instance.name)
        >>> for event in rep.rois.watch():  # doctest: +SKIP
        ...     print(event.kind, event.id)
        """
        from mikro_orm.subscriptions import watch

        return watch(self)

    def awatch(self) -> AsyncGenerator[Event[M], None]:
        """Async twin of :meth:`watch`: ``async for event in Sample.objects.awatch()``.

        The blocking socket lives in a worker thread; the event loop stays
        free. Connects on the first step of the loop; leaving the loop,
        ``await events.aclose()`` or cancelling the waiting task closes the
        socket.

        Examples
        --------
        >>> async for event in Sample.objects.awatch():  # doctest: +SKIP
        ...     print(event.kind, event.instance)
        """
        from mikro_orm.subscriptions import awatch

        return awatch(self)

    # -- end of subscriptions ---------------------------------------------------


def _async_twin(name: str) -> Any:
    async def twin(self: QuerySet[Any], *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(getattr(self, name), *args, **kwargs)

    twin.__name__ = twin.__qualname__ = f"a{name}"
    twin.__doc__ = f"Async twin of :meth:`QuerySet.{name}`: runs it in a worker thread, safe inside a running event loop."
    return twin


ASYNC_METHODS = ("get", "first", "last", "exists", "count", "create", "get_or_create", "bulk_create", "delete", "in_bulk")
for _name in ASYNC_METHODS:
    setattr(QuerySet, f"a{_name}", _async_twin(_name))


def _describe(keywords: dict[str, Any], object_id: Any) -> str:
    parts = [f"{key}={value!r}" for key, value in keywords.items()]
    if object_id is not None:
        parts.insert(0, f"id={object_id!r}")
    return ", ".join(parts) or "no filters"


def mutation_arguments(field_name: str, values: dict[str, Any], model_name: str) -> dict[str, Any]:
    """Check ``values`` against a mutation's arguments; return them JSON-ready.

    Raises
    ------
    mikro_orm.errors.InvalidArgument
        For an argument the mutation does not take, or a required one missing.
    """
    from mikro_orm.converter import to_json

    field = getattr(gql.Mutation, field_name)
    unknown = [name for name in values if name not in field.args]
    if unknown:
        raise errors.InvalidArgument(unknown[0], f"an argument of {field.graphql_name}: {', '.join(field.args)}")
    missing = [name for name, arg in field.args.items() if str(arg.type).endswith("!") and values.get(name) is None]
    if missing:
        raise errors.InvalidArgument(missing[0], f"a value: creating a {model_name} requires it")
    from mikro_orm.query.compiler import UPLOAD

    return {name: value if value is UPLOAD else to_json(value) for name, value in values.items()}


def related_queryset(owner: Model, relation: ToMany) -> QuerySet[Any]:
    """The QuerySet behind ``owner.<relation>``, bound to ``owner``."""
    target = relation.target
    link = ParentLink(type(owner), owner.id, relation, nested=True)
    qs: QuerySet[Any] = target._meta.manager_class(target).get_queryset()
    qs = qs._chain(parent=link)
    qs._owner = owner
    qs._client = owner._state.client
    return qs

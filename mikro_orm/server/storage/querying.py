"""Shared pieces of every list query: filters, ordering, slicing, tags, ids.

List arguments arrive as the GraphQL arguments (snake_case). Each model
declares a table of filters (argument name -> function building a SQL
condition) instead of an if-chain; arguments a model does not know, and
empty values, are ignored, as django-filter did for 2022 servers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ColumnElement, Connection, Select, Table, delete, insert, select

from ..errors import BadArgument, NotFound
from .tables import tag, tagged

if TYPE_CHECKING:
    from .database import Database

Filter = Callable[[Any], ColumnElement[bool]]


def is_empty(value: Any) -> bool:
    """True for values that switch a filter off (django-filter's EMPTY_VALUES:
    None, "", [], (), {}); False and 0 are real values."""
    return value is None or (isinstance(value, (str, list, tuple, dict)) and len(value) == 0)


def to_id(value: Any, model: str) -> int:
    """Turn a GraphQL ID into the integer key; an unusable one is not found."""
    try:
        return int(str(value))
    except (TypeError, ValueError):
        raise NotFound(model) from None


def to_ids(values: Iterable[Any]) -> list[int]:
    """Turn a list of GraphQL IDs into integers, skipping ones that cannot
    be ids (they match no row anyway)."""
    ids = []
    for value in values:
        if value is None:
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        try:
            ids.append(int(str(value)))
        except ValueError:
            continue
    return ids


@dataclass(frozen=True)
class Page:
    """``[offset : offset + limit]``; ``limit`` None means no limit."""

    offset: int = 0
    limit: int | None = None

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> "Page":
        """Validate ``limit``/``offset`` as 2022 servers did: 0 or null
        limit means no limit, negative values are an error."""
        limit = args.get("limit")
        offset = args.get("offset")
        if offset is not None and offset < 0:
            raise BadArgument(f"Negative offset is not allowed (got {offset}).")
        if limit is not None and limit < 0:
            raise BadArgument(f"Negative limit is not allowed (got {limit}).")
        return cls(offset=offset or 0, limit=limit or None)

    def apply(self, statement: Select) -> Select:
        """Add OFFSET/LIMIT to ``statement``."""
        if self.offset:
            statement = statement.offset(self.offset)
        if self.limit is not None:
            statement = statement.limit(self.limit)
        return statement


@dataclass(frozen=True)
class Relation:
    """A foreign key that ``order`` may follow (``sample__name``)."""

    name: str
    column: str
    target: Table


def order_choices(table: Table, relations: Sequence[Relation]) -> dict[str, ColumnElement[Any]]:
    """Every key ``order`` accepts for ``table``: its own columns, each
    relation by name (its key), and ``<relation>__<column>`` lookups into
    the related table, as Django's ``order_by`` accepted them."""
    choices: dict[str, ColumnElement[Any]] = {}
    for column in table.columns:
        if isinstance(column.type, JSON):
            continue
        choices[column.name] = column
    for relation in relations:
        foreign_key = table.c[relation.column]
        choices[relation.name] = foreign_key
        for column in relation.target.columns:
            if isinstance(column.type, JSON):
                continue
            # A correlated subquery instead of a join keeps the main query's
            # rows distinct and its other filters untouched.
            choices[f"{relation.name}__{column.name}"] = (
                select(column).where(relation.target.c.id == foreign_key).scalar_subquery()
            )
    return choices


def order_clauses(keys: Sequence[str] | None, choices: Mapping[str, ColumnElement[Any]], id_column: ColumnElement[Any]) -> list[Any]:
    """ORDER BY clauses for ``order: [String]``; ``-`` means descending.

    The id is always the last key, so equal values come back in a stable
    (id) order and a list without ``order`` comes back in id order.
    """
    clauses: list[Any] = []
    for key in keys or ():
        if key is None:
            continue
        descending = key.startswith("-")
        name = key[1:] if descending else key
        if name not in choices:
            valid = ", ".join(sorted(choices))
            raise BadArgument(f"Cannot resolve keyword '{name}' into field. Choices are: {valid}")
        column = choices[name]
        # NULLs last going up, first going down: what PostgreSQL (behind
        # the 2022 servers) did, made explicit so SQLite answers the same.
        clauses.append(column.desc().nulls_first() if descending else column.asc().nulls_last())
    clauses.append(id_column.asc())
    return clauses


def apply_filters(statement: Select, args: Mapping[str, Any], filters: Mapping[str, Filter]) -> Select:
    """Add a WHERE condition for every known, non-empty argument."""
    for name, build in filters.items():
        value = args.get(name)
        if is_empty(value):
            continue
        statement = statement.where(build(value))
    return statement


def icontains(column: ColumnElement[Any]) -> Filter:
    """The ``name`` filter: case-insensitive substring, wildcards escaped."""
    return lambda value: column.icontains(str(value), autoescape=True)


def in_ids(column: ColumnElement[Any]) -> Filter:
    """An ``ids``-style filter on ``column``."""
    return lambda values: column.in_(to_ids(values))


def same_id(column: ColumnElement[Any]) -> Filter:
    """A filter on one id (``creator: ID``/``Float``, ``sample: ID``)."""
    return lambda value: column.in_(to_ids([value]))


def tagged_with(model: str, id_column: ColumnElement[Any]) -> Filter:
    """The ``tags`` filter: objects carrying any of the given tags."""

    def build(names: Sequence[str]) -> ColumnElement[bool]:
        tagged_ids = (
            select(tagged.c.object_id)
            .join(tag, tag.c.id == tagged.c.tag_id)
            .where(tagged.c.model == model, tag.c.name.in_([name for name in names if name is not None]))
        )
        return id_column.in_(tagged_ids)

    return build


def list_rows(
    db: "Database",
    tbl: Table,
    args: Mapping[str, Any],
    filters: Mapping[str, Filter],
    within: Mapping[str, Any] | None = None,
    choices: Mapping[str, ColumnElement[Any]] | None = None,
) -> list[dict[str, Any]]:
    """The common list query: filters from ``args`` and the server scope
    ``within``, ``order`` (when ``choices`` are given) then id, paging."""
    statement = apply_filters(select(tbl), args, filters)
    statement = apply_filters(statement, within or {}, filters)
    keys = args.get("order") if choices is not None else None
    statement = statement.order_by(*order_clauses(keys, choices or {}, tbl.c.id))
    with db.reading() as connection:
        return fetch_all(connection, Page.from_args(args).apply(statement))


def fetch_all(connection: Connection, statement: Select) -> list[dict[str, Any]]:
    """Rows as plain dicts (what the resolvers receive)."""
    return [dict(row) for row in connection.execute(statement).mappings()]


def fetch_one(connection: Connection, table: Table, object_id: Any, model: str) -> dict[str, Any]:
    """The row of ``table`` with ``object_id``, or :class:`NotFound`."""
    key = to_id(object_id, model)
    row = connection.execute(select(table).where(table.c.id == key)).mappings().first()
    if row is None:
        raise NotFound(model)
    return dict(row)


def require_exists(connection: Connection, table: Table, object_id: Any, model: str) -> int | None:
    """Check a foreign key argument before inserting; None stays None."""
    if object_id is None:
        return None
    return int(fetch_one(connection, table, object_id, model)["id"])


def insert_row(connection: Connection, table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Insert one row and read it back (with its defaults and id)."""
    result = connection.execute(insert(table).values(**values))
    new_id = result.inserted_primary_key[0]
    return dict(connection.execute(select(table).where(table.c.id == new_id)).mappings().one())


def slugify(name: str) -> str:
    """A tag slug as Django's ``slugify`` made it (near enough)."""
    slug = re.sub(r"[^\w\s-]", "", name.lower())
    return re.sub(r"[-\s]+", "-", slug).strip("-_")


def set_tags(connection: Connection, model: str, object_id: int, names: Sequence[str] | None) -> None:
    """Attach ``names`` (get-or-create each tag) to one object, in order."""
    connection.execute(delete(tagged).where(tagged.c.model == model, tagged.c.object_id == object_id))
    seen: set[str] = set()
    for position, name in enumerate(names or ()):
        if not name or name in seen:
            continue
        seen.add(name)
        tag_id = connection.execute(select(tag.c.id).where(tag.c.name == name)).scalar()
        if tag_id is None:
            tag_id = insert_row(connection, tag, {"name": name, "slug": slugify(name)})["id"]
        connection.execute(insert(tagged).values(model=model, object_id=object_id, tag_id=tag_id, position=position))


def tags_of(connection: Connection, model: str, object_id: int) -> list[str]:
    """The tag names of one object, in the order they were given."""
    statement = (
        select(tag.c.name)
        .join(tagged, tag.c.id == tagged.c.tag_id)
        .where(tagged.c.model == model, tagged.c.object_id == object_id)
        .order_by(tagged.c.position)
    )
    return list(connection.execute(statement).scalars())


def drop_tags(connection: Connection, model: str, object_ids: Iterable[int]) -> None:
    """Remove the tag links of deleted objects."""
    ids = list(object_ids)
    if ids:
        connection.execute(delete(tagged).where(tagged.c.model == model, tagged.c.object_id.in_(ids)))

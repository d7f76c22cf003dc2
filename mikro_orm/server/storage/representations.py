"""Representations: list (with every 2022 filter), get, create, update."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert, select, update

from ..errors import BadArgument
from .database import Database, utcnow
from .querying import (
    Filter,
    Page,
    Relation,
    apply_filters,
    fetch_all,
    fetch_one,
    icontains,
    in_ids,
    insert_row,
    order_clauses,
    order_choices,
    require_exists,
    same_id,
    set_tags,
    tagged_with,
    to_ids,
)
from .tables import metric, representation, representation_origin, sample, sample_experiment, user

MODEL = "representation"

#: ``ordering`` (representations only) took these two values in 2022.
ORDERINGS = {"time": representation.c.created_at.asc(), "-time": representation.c.created_at.desc()}


def _naive_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value


def _in_experiments(values: Sequence[Any]):
    samples = select(sample_experiment.c.sample_id).where(sample_experiment.c.experiment_id.in_(to_ids(values)))
    return representation.c.sample_id.in_(samples)


def _derived_tagged(names: Sequence[str]):
    # Representations with a derived representation carrying any of the tags.
    tagged_reps = select(representation.c.id).where(tagged_with(MODEL, representation.c.id)(names))
    origins = select(representation_origin.c.origin_id).where(representation_origin.c.representation_id.in_(tagged_reps))
    return representation.c.id.in_(origins)


def _having_metrics(keys: str):
    # "Filter by required Metric Keys (seperated by ,)": all keys required.
    condition = None
    for key in [part.strip() for part in keys.split(",") if part.strip()]:
        having = representation.c.id.in_(select(metric.c.rep_id).where(metric.c.key == key))
        condition = having if condition is None else condition & having
    return condition if condition is not None else representation.c.id.isnot(None)


def _derived_from(origin_id: int):
    derived = select(representation_origin.c.representation_id).where(representation_origin.c.origin_id == origin_id)
    return representation.c.id.in_(derived)


FILTERS: dict[str, Filter] = {
    "name": icontains(representation.c.name),
    "tags": tagged_with(MODEL, representation.c.id),
    "ids": in_ids(representation.c.id),
    "experiments": _in_experiments,
    "samples": in_ids(representation.c.sample_id),
    "variety": lambda value: representation.c.variety == value,
    "created_after": lambda value: representation.c.created_at > _naive_utc(value),
    "created_before": lambda value: representation.c.created_at < _naive_utc(value),
    "derived_tags": _derived_tagged,
    "has_metric": _having_metrics,
    "creator": same_id(representation.c.creator_id),
    # Server-side scopes.
    "creator_id": lambda value: representation.c.creator_id == value,
    "sample_id": lambda value: representation.c.sample_id == value,
    "derived_from": _derived_from,
}

ORDER_CHOICES = order_choices(
    representation,
    [Relation("sample", "sample_id", sample), Relation("creator", "creator_id", user)],
)


def list_representations(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Representations matching the GraphQL ``args`` and the scope ``within``.

    ``order`` keys come first, then ``ordering`` (``time``/``-time``), then
    the id, so the result is always in a defined order.
    """
    statement = apply_filters(select(representation), args, FILTERS)
    statement = apply_filters(statement, within or {}, FILTERS)
    clauses = order_clauses(args.get("order"), ORDER_CHOICES, representation.c.id)
    ordering = args.get("ordering")
    if ordering:
        if ordering not in ORDERINGS:
            raise BadArgument(f"Unknown ordering '{ordering}'. Choices are: {', '.join(ORDERINGS)}")
        clauses.insert(len(clauses) - 1, ORDERINGS[ordering])
    statement = Page.from_args(args).apply(statement.order_by(*clauses))
    with db.reading() as connection:
        return fetch_all(connection, statement)


def get_representation(db: Database, representation_id: Any) -> dict[str, Any]:
    """One representation, or ``NotFound("Representation")``."""
    with db.reading() as connection:
        return fetch_one(connection, representation, representation_id, "Representation")


def random_representation(db: Database) -> dict[str, Any] | None:
    """Any one representation (None when there is none)."""
    with db.reading() as connection:
        row = connection.execute(select(representation).order_by(func.random()).limit(1)).mappings().first()
        return dict(row) if row is not None else None


def origins_of(db: Database, representation_id: int) -> list[dict[str, Any]]:
    """The representations this one was derived from, in id order."""
    statement = (
        select(representation)
        .join(representation_origin, representation_origin.c.origin_id == representation.c.id)
        .where(representation_origin.c.representation_id == representation_id)
        .order_by(representation.c.id)
    )
    with db.reading() as connection:
        return fetch_all(connection, statement)


def create_representation(
    db: Database,
    creator_id: int,
    *,
    array_info: Mapping[str, Any],
    name: str | None = None,
    sample_id: Any = None,
    origins: Sequence[Any] | None = None,
    tags: Sequence[str] | None = None,
    variety: str | None = None,
    meta: Any = None,
    omero: Any = None,
) -> dict[str, Any]:
    """Insert a representation; all foreign keys are checked first, so a bad
    one leaves nothing behind.

    Parameters
    ----------
    array_info
        ``store``, ``shape``, ``dims``, ``has_array``, ``fileversion`` as the
        datalayer read them from the store (or their empty values).
    """
    with db.transaction() as connection:
        sample_key = require_exists(connection, sample, sample_id, "Sample")
        origin_ids = [require_exists(connection, representation, value, "Representation") for value in origins or () if value is not None]
        values = {
            "name": name or "",
            "sample_id": sample_key,
            "variety": variety or "VOXEL",
            "meta": meta,
            "omero": omero,
            "unique": str(uuid.uuid4()),
            "created_at": utcnow(),
            "creator_id": creator_id,
            **array_info,
        }
        row = insert_row(connection, representation, values)
        if not name:
            row["name"] = f"Representation {row['id']}"
            connection.execute(update(representation).where(representation.c.id == row["id"]).values(name=row["name"]))
        for origin_id in dict.fromkeys(origin_ids):
            connection.execute(insert(representation_origin).values(representation_id=row["id"], origin_id=origin_id))
        set_tags(connection, MODEL, row["id"], tags)
        return row


def update_array_info(db: Database, representation_id: int, array_info: Mapping[str, Any]) -> dict[str, Any]:
    """Store freshly read array metadata (``updateRepresentation``)."""
    with db.transaction() as connection:
        connection.execute(update(representation).where(representation.c.id == representation_id).values(**array_info))
        return fetch_one(connection, representation, representation_id, "Representation")

"""Samples: list, get, create; the sample <-> experiment links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select, update

from .database import Database, utcnow
from .querying import (
    Filter,
    Relation,
    fetch_all,
    fetch_one,
    icontains,
    in_ids,
    insert_row,
    list_rows,
    order_choices,
    require_exists,
    same_id,
    set_tags,
    tagged_with,
    to_ids,
)
from .tables import experiment, representation, sample, sample_experiment, user

MODEL = "sample"


def _in_experiments(values: Sequence[Any]):
    # A subquery, not a join: a sample in two of the experiments is one row.
    linked = select(sample_experiment.c.sample_id).where(sample_experiment.c.experiment_id.in_(to_ids(values)))
    return sample.c.id.in_(linked)


def _having_representations(values: Sequence[Any]):
    owners = select(representation.c.sample_id).where(representation.c.id.in_(to_ids(values)))
    return sample.c.id.in_(owners)


FILTERS: dict[str, Filter] = {
    "name": icontains(sample.c.name),
    "ids": in_ids(sample.c.id),
    "tags": tagged_with(MODEL, sample.c.id),
    "experiments": _in_experiments,
    "representations": _having_representations,
    "creator": same_id(sample.c.creator_id),
    # Server-side scopes.
    "creator_id": lambda value: sample.c.creator_id == value,
    "experiment_id": lambda value: _in_experiments([value]),
}

ORDER_CHOICES = order_choices(sample, [Relation("creator", "creator_id", user)])


def list_samples(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Samples matching the GraphQL ``args`` and the server scope ``within``."""
    return list_rows(db, sample, args, FILTERS, within, ORDER_CHOICES)


def get_sample(db: Database, sample_id: Any) -> dict[str, Any]:
    """One sample, or ``NotFound("Sample")``."""
    with db.reading() as connection:
        return fetch_one(connection, sample, sample_id, "Sample")


def experiments_of(db: Database, sample_id: int) -> list[dict[str, Any]]:
    """The experiments a sample belongs to, in id order."""
    statement = (
        select(experiment)
        .join(sample_experiment, sample_experiment.c.experiment_id == experiment.c.id)
        .where(sample_experiment.c.sample_id == sample_id)
        .order_by(experiment.c.id)
    )
    with db.reading() as connection:
        return fetch_all(connection, statement)


def create_sample(
    db: Database,
    creator_id: int,
    name: str | None = None,
    meta: Any = None,
    experiments: Sequence[Any] | None = None,
    tags: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Insert a sample linked to existing experiments, all or nothing.

    An unnamed sample is called ``Sample <id>``, as 2022 servers named it.
    """
    with db.transaction() as connection:
        experiment_ids = [require_exists(connection, experiment, value, "Experiment") for value in experiments or () if value is not None]
        row = insert_row(connection, sample, {"name": name or "", "meta": meta, "created_at": utcnow(), "creator_id": creator_id})
        if not name:
            row["name"] = f"Sample {row['id']}"
            connection.execute(update(sample).where(sample.c.id == row["id"]).values(name=row["name"]))
        for experiment_id in dict.fromkeys(experiment_ids):
            connection.execute(insert(sample_experiment).values(sample_id=row["id"], experiment_id=experiment_id))
        set_tags(connection, MODEL, row["id"], tags)
        return row

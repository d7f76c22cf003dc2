"""Experiments: list, get, create (delete lives in :mod:`.deletion`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .database import Database, utcnow
from .querying import Filter, fetch_one, icontains, in_ids, insert_row, list_rows, same_id, set_tags, tagged_with
from .tables import experiment

MODEL = "experiment"

FILTERS: dict[str, Filter] = {
    "name": icontains(experiment.c.name),
    "tags": tagged_with(MODEL, experiment.c.id),
    "ids": in_ids(experiment.c.id),
    "creator": same_id(experiment.c.creator_id),
    # Scopes set by the server itself, never by a GraphQL argument name.
    "creator_id": lambda value: experiment.c.creator_id == value,
}


def list_experiments(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Experiments matching ``args`` (GraphQL arguments) and ``within``
    (server-side scope such as the caller for ``myexperiments``), in id order."""
    return list_rows(db, experiment, args, FILTERS, within)


def get_experiment(db: Database, experiment_id: Any) -> dict[str, Any]:
    """One experiment, or ``NotFound("Experiment")``."""
    with db.reading() as connection:
        return fetch_one(connection, experiment, experiment_id, "Experiment")


def create_experiment(
    db: Database,
    creator_id: int,
    name: str,
    description: str | None = None,
    meta: Any = None,
    tags: list[str] | None = None,
) -> dict[str, Any]:
    """Insert an experiment with its tags, in one transaction."""
    with db.transaction() as connection:
        row = insert_row(
            connection,
            experiment,
            {"name": name, "description": description, "meta": meta, "created_at": utcnow(), "creator_id": creator_id},
        )
        set_tags(connection, MODEL, row["id"], tags)
        return row

"""Metrics: key/value measurements attached to a representation, sample or
experiment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .database import Database, utcnow
from .querying import Filter, Relation, fetch_one, insert_row, list_rows, order_choices, require_exists, same_id
from .tables import experiment, metric, representation, sample, user

FILTERS: dict[str, Filter] = {
    "keys": lambda keys: metric.c.key.in_([key for key in keys if key is not None]),
    "sample": same_id(metric.c.sample_id),
    "experiment": same_id(metric.c.experiment_id),
    "representation": same_id(metric.c.rep_id),
    # Server-side scopes.
    "rep_id": lambda value: metric.c.rep_id == value,
    "sample_id": lambda value: metric.c.sample_id == value,
    "experiment_id": lambda value: metric.c.experiment_id == value,
    "creator_id": lambda value: metric.c.creator_id == value,
}

ORDER_CHOICES = order_choices(
    metric,
    [
        Relation("rep", "rep_id", representation),
        Relation("sample", "sample_id", sample),
        Relation("experiment", "experiment_id", experiment),
        Relation("creator", "creator_id", user),
    ],
)


def list_metrics(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Metrics matching ``args`` (keys, sample, experiment, representation,
    order, limit, offset) and the scope ``within``."""
    return list_rows(db, metric, args, FILTERS, within, ORDER_CHOICES)


def get_metric(db: Database, metric_id: Any) -> dict[str, Any]:
    """One metric, or ``NotFound("Metric")``."""
    with db.reading() as connection:
        return fetch_one(connection, metric, metric_id, "Metric")


def create_metric(db: Database, creator_id: int, *, key: str, value: Any, rep: Any = None, sample_id: Any = None, experiment_id: Any = None) -> dict[str, Any]:
    """Insert a metric after checking each object it points at."""
    with db.transaction() as connection:
        values = {
            "rep_id": require_exists(connection, representation, rep, "Representation"),
            "sample_id": require_exists(connection, sample, sample_id, "Sample"),
            "experiment_id": require_exists(connection, experiment, experiment_id, "Experiment"),
            "key": key,
            "value": value,
            "created_at": utcnow(),
            "creator_id": creator_id,
        }
        return insert_row(connection, metric, values)

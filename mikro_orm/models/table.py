"""Table: a dataframe stored as parquet in the datalayer."""
from __future__ import annotations

import datetime as dt
from typing import Any

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey

__all__ = ["Table"]


@model("Table")
class Table(Model):
    """A table (parquet in the datalayer) attached to a representation, sample or experiment."""

    name: str | None = None
    store: str | None = None
    columns: list[dict[str, Any]] | None = None
    tags: list[str] | None = None
    created_at: dt.datetime | None = None

    representation = ForeignKey("Representation")
    sample = ForeignKey("Sample")
    experiment = ForeignKey("Experiment")
    creator = ForeignKey("User", embed=True)

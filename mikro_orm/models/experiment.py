"""Experiment: groups samples."""
from __future__ import annotations

import datetime as dt
from typing import Any

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey, ToMany

__all__ = ["Experiment"]


@model("Experiment")
class Experiment(Model):
    """An experiment, grouping samples.

    Examples
    --------
    >>> experiment = Experiment.objects.create(name="Liver study")  # doctest: +SKIP
    >>> experiment.samples.count()  # doctest: +SKIP
    0
    """

    name: str | None = None
    description: str | None = None
    description_long: str | None = None
    linked_paper: str | None = None
    image: str | None = None
    meta: Any = None
    tags: list[str] | None = None
    created_at: dt.datetime | None = None

    creator = ForeignKey("User", embed=True)
    samples = ToMany("Sample", reverse_filter="experiments")
    metrics = ToMany("Metric", reverse_filter="experiment")
    tables = ToMany("Table")

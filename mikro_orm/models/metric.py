"""Metric: a key/value measurement of a representation, sample or experiment."""
from __future__ import annotations

import datetime as dt
from typing import Any

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey

__all__ = ["Metric"]


@model("Metric", delete_field=None)
class Metric(Model):
    """A measurement: ``key`` and a JSON ``value``.

    Examples
    --------
    >>> Metric.objects.create(key="snr", value=12.5, rep=rep)  # doctest: +SKIP
    """

    key: str | None = None
    value: Any = None
    created_at: dt.datetime | None = None

    rep = ForeignKey("Representation")
    sample = ForeignKey("Sample")
    experiment = ForeignKey("Experiment")
    creator = ForeignKey("User", embed=True)

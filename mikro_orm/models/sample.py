"""Sample: a biological sample; holds representations."""
from __future__ import annotations

import datetime as dt
from typing import Any

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey, ToMany

__all__ = ["Sample"]


@model("Sample")
class Sample(Model):
    """A biological sample: its representations share its dimensions.

    Examples
    --------
    >>> sample = Sample.objects.create(name="liver 1", experiments=[experiment])  # doctest: +SKIP
    >>> sample.representations.filter(search="raw").first()  # doctest: +SKIP
    """

    name: str | None = None
    meta: Any = None
    tags: list[str] | None = None
    nodeid: str | None = None
    created_at: dt.datetime | None = None

    creator = ForeignKey("User", embed=True)
    experiments = ToMany("Experiment")
    representations = ToMany("Representation", reverse_filter="samples")
    metrics = ToMany("Metric", reverse_filter="sample")
    tables = ToMany("Table")

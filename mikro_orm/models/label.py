"""Label and SizeFeature: named instances of a mask, and their measured sizes."""
from __future__ import annotations

import datetime as dt

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey, ToMany

__all__ = ["Label", "SizeFeature"]


@model("Label", delete_field=None)
class Label(Model):
    """One instance (a value) of a mask representation, with a name."""

    instance: int | None = None
    name: str | None = None
    tags: list[str] | None = None
    created_at: dt.datetime | None = None

    representation = ForeignKey("Representation")
    creator = ForeignKey("User", embed=True)
    features = ToMany("SizeFeature")


@model("SizeFeature", get_field=None, list_field=None, delete_field=None)
class SizeFeature(Model):
    """The size measured for a label."""

    size: float | None = None

    label = ForeignKey("Label")
    creator = ForeignKey("User", embed=True)

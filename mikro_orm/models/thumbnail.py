"""Thumbnail: a small image of a representation, served by the server."""
from __future__ import annotations

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey

__all__ = ["Thumbnail"]


@model("Thumbnail", list_field=None, create_field="upload_thumbnail", delete_field=None)
class Thumbnail(Model):
    """A thumbnail image; ``image`` is its URL on the server."""

    image: str | None = None

    representation = ForeignKey("Representation")

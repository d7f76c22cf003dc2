"""OmeroFile: an uploaded microscopy file (TIFF, JPEG, MSR, CZI)."""
from __future__ import annotations

import datetime as dt

from mikro_orm.enums import OmeroFileType
from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey

__all__ = ["OmeroFile"]


@model("OmeroFile", create_field="upload_omero_file")
class OmeroFile(Model):
    """An uploaded microscopy file; ``file`` is its URL on the server."""

    name: str | None = None
    type: OmeroFileType | None = None
    file: str | None = None
    thumbnail: str | None = None
    created_at: dt.datetime | None = None

    creator = ForeignKey("User", embed=True)

"""Thumbnails and omero files: rows for files kept in the ``media`` bucket."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from .database import Database, utcnow
from .querying import Filter, fetch_one, icontains, insert_row, list_rows, require_exists
from .tables import omero_file, representation, thumbnail

OMERO_FILTERS: dict[str, Filter] = {
    "name": icontains(omero_file.c.name),
    "creator_id": lambda value: omero_file.c.creator_id == value,
}

THUMBNAIL_FILTERS: dict[str, Filter] = {
    "representation_id": lambda value: thumbnail.c.representation_id == value,
}


def get_thumbnail(db: Database, thumbnail_id: Any) -> dict[str, Any]:
    """One thumbnail, or ``NotFound("Thumbnail")``."""
    with db.reading() as connection:
        return fetch_one(connection, thumbnail, thumbnail_id, "Thumbnail")


def thumbnails_of(db: Database, representation_id: int) -> list[dict[str, Any]]:
    """The thumbnails of a representation, oldest first."""
    return list_rows(db, thumbnail, {}, THUMBNAIL_FILTERS, {"representation_id": representation_id})


def latest_thumbnail(db: Database, representation_id: int) -> dict[str, Any] | None:
    """The newest thumbnail of a representation (ties: the higher id)."""
    statement = (
        select(thumbnail)
        .where(thumbnail.c.representation_id == representation_id)
        .order_by(thumbnail.c.created_at.desc(), thumbnail.c.id.desc())
        .limit(1)
    )
    with db.reading() as connection:
        row = connection.execute(statement).mappings().first()
        return dict(row) if row is not None else None


def create_thumbnail(db: Database, representation_id: Any, image_url: str) -> dict[str, Any]:
    """Insert a thumbnail row for an uploaded image URL."""
    with db.transaction() as connection:
        key = require_exists(connection, representation, representation_id, "Representation")
        return insert_row(connection, thumbnail, {"representation_id": key, "image": image_url, "created_at": utcnow()})


def check_representation(db: Database, representation_id: Any) -> int:
    """The id of an existing representation (before writing a file for it)."""
    with db.reading() as connection:
        return int(fetch_one(connection, representation, representation_id, "Representation")["id"])


def list_omero_files(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Omero files matching ``args`` (name, paging) and ``within``, in id order."""
    return list_rows(db, omero_file, args, OMERO_FILTERS, within)


def get_omero_file(db: Database, omero_file_id: Any) -> dict[str, Any]:
    """One omero file, or ``NotFound("OmeroFile")``."""
    with db.reading() as connection:
        return fetch_one(connection, omero_file, omero_file_id, "OmeroFile")


def create_omero_file(db: Database, creator_id: int, *, name: str, file_url: str, type: str) -> dict[str, Any]:
    """Insert an omero file row for an uploaded file URL."""
    with db.transaction() as connection:
        values = {"name": name, "file": file_url, "type": type, "created_at": utcnow(), "creator_id": creator_id}
        return insert_row(connection, omero_file, values)

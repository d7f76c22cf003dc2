"""Tags: the names on one object, and the ``tags`` list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from .database import Database
from .querying import Page, apply_filters, fetch_all, icontains, tags_of
from .tables import tag

FILTERS = {"name": icontains(tag.c.name)}


def tags_for(db: Database, model: str, object_id: int) -> list[str]:
    """The tag names of one object, in the order given at creation."""
    with db.reading() as connection:
        return tags_of(connection, model, object_id)


def list_tags(db: Database, args: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every tag in use, filtered by ``name``, in id order."""
    statement = apply_filters(select(tag), args, FILTERS).order_by(tag.c.id)
    with db.reading() as connection:
        return fetch_all(connection, Page.from_args(args).apply(statement))

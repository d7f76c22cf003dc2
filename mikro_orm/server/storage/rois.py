"""ROIs, labels and size features: annotations on a representation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from ..errors import NotFound
from .database import Database, utcnow
from .querying import Filter, fetch_one, insert_row, list_rows, require_exists, same_id, set_tags, tagged_with
from .tables import label, representation, roi, size_feature

#: The input enum spells it ELLIPSIS, the stored/output enum ELLIPSE.
ROI_TYPE_FROM_INPUT = {"ELLIPSIS": "ELLIPSE"}


def roi_type(value: str) -> str:
    """The stored ROI type for a ``RoiTypeInput`` value."""
    return ROI_TYPE_FROM_INPUT.get(value, value)


ROI_FILTERS: dict[str, Filter] = {
    "representation": same_id(roi.c.representation_id),
    "creator": same_id(roi.c.creator_id),
    "tags": tagged_with("roi", roi.c.id),
    "type": lambda types: roi.c.type.in_([roi_type(value) for value in types if value is not None]),
    "representation_id": lambda value: roi.c.representation_id == value,
    "creator_id": lambda value: roi.c.creator_id == value,
}

LABEL_FILTERS: dict[str, Filter] = {
    "representation": same_id(label.c.representation_id),
    "creator": same_id(label.c.creator_id),
    "representation_id": lambda value: label.c.representation_id == value,
    "creator_id": lambda value: label.c.creator_id == value,
}

FEATURE_FILTERS: dict[str, Filter] = {
    "label_id": lambda value: size_feature.c.label_id == value,
    "creator_id": lambda value: size_feature.c.creator_id == value,
}


def list_rois(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """ROIs matching ``args`` (representation, creator, tags, type, paging) and ``within``."""
    return list_rows(db, roi, args, ROI_FILTERS, within)


def get_roi(db: Database, roi_id: Any) -> dict[str, Any]:
    """One ROI, or ``NotFound("ROI")``."""
    with db.reading() as connection:
        return fetch_one(connection, roi, roi_id, "ROI")


def create_roi(
    db: Database,
    creator_id: int,
    *,
    representation_id: Any,
    vectors: Sequence[Mapping[str, Any] | None],
    type: str,
    tags: Sequence[str] | None = None,
    meta: Any = None,
) -> dict[str, Any]:
    """Insert a ROI; vectors are kept as ``{"x", "y", "z"}`` dicts."""
    points = [{"x": (v or {}).get("x"), "y": (v or {}).get("y"), "z": (v or {}).get("z")} for v in vectors]
    with db.transaction() as connection:
        values = {
            "representation_id": require_exists(connection, representation, representation_id, "Representation"),
            "vectors": points,
            "type": roi_type(type),
            "meta": meta,
            "created_at": utcnow(),
            "creator_id": creator_id,
        }
        row = insert_row(connection, roi, values)
        set_tags(connection, "roi", row["id"], tags)
        return row


def list_labels(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Labels matching ``args`` (representation, creator, paging) and ``within``."""
    return list_rows(db, label, args, LABEL_FILTERS, within)


def get_label(db: Database, label_id: Any) -> dict[str, Any]:
    """One label, or ``NotFound("Label")``."""
    with db.reading() as connection:
        return fetch_one(connection, label, label_id, "Label")


def label_for(db: Database, representation_id: Any, instance: int) -> dict[str, Any]:
    """The (first) label of ``instance`` on a representation."""
    with db.reading() as connection:
        key = require_exists(connection, representation, representation_id, "Representation")
        statement = select(label).where(label.c.representation_id == key, label.c.instance == instance).order_by(label.c.id).limit(1)
        row = connection.execute(statement).mappings().first()
    if row is None:
        raise NotFound("Label")
    return dict(row)


def get_or_create_label(db: Database, creator_id: int, *, representation_id: Any, instance: int, name: str | None) -> dict[str, Any]:
    """``createLabel``: get-or-create on instance + representation + creator + name."""
    with db.transaction() as connection:
        key = require_exists(connection, representation, representation_id, "Representation")
        same_name = label.c.name.is_(None) if name is None else label.c.name == name
        statement = select(label).where(
            label.c.representation_id == key, label.c.instance == instance, label.c.creator_id == creator_id, same_name
        )
        existing = connection.execute(statement.order_by(label.c.id).limit(1)).mappings().first()
        if existing is not None:
            return dict(existing)
        values = {"representation_id": key, "instance": instance, "name": name, "created_at": utcnow(), "creator_id": creator_id}
        return insert_row(connection, label, values)


def list_size_features(db: Database, within: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Size features in the scope ``within`` (a label or a creator), in id order."""
    return list_rows(db, size_feature, {}, FEATURE_FILTERS, within)


def create_size_feature(db: Database, creator_id: int, *, label_id: Any, size: float) -> dict[str, Any]:
    """Insert a size feature of an existing label."""
    with db.transaction() as connection:
        values = {
            "label_id": require_exists(connection, label, label_id, "Label"),
            "size": size,
            "created_at": utcnow(),
            "creator_id": creator_id,
        }
        return insert_row(connection, size_feature, values)


def get_size_feature(db: Database, feature_id: Any) -> dict[str, Any]:
    """One size feature, or ``NotFound("SizeFeature")``."""
    with db.reading() as connection:
        return fetch_one(connection, size_feature, feature_id, "SizeFeature")

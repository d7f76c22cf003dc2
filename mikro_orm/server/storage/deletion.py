"""Deletes, with the cascades the 2022 models implied.

Each public function deletes one object the caller owns, plus everything
that depends on it, in one transaction. It returns a :class:`Deleted`
record: the rows removed per model (so the server can emit ``deleted``
events) and the datalayer paths that must go too (zarr stores, parquet
files, media files). The paths are removed by the caller *after* commit: a
rolled-back delete must not lose data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, select

from ..errors import PermissionDenied
from .database import Database
from .querying import drop_tags, fetch_one
from .tables import (
    experiment,
    label,
    metric,
    omero_file,
    representation,
    representation_origin,
    roi,
    sample,
    sample_experiment,
    size_feature,
    table,
    thumbnail,
)


@dataclass
class Deleted:
    """What one delete removed."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)

    def add(self, model: str, rows: Iterable[dict[str, Any]]) -> None:
        """Record ``rows`` of ``model`` as deleted."""
        self.rows.setdefault(model, []).extend(rows)


def _owned(connection: Connection, tbl: Table, object_id: Any, model: str, user_id: int) -> dict[str, Any]:
    row = fetch_one(connection, tbl, object_id, model)
    if row.get("creator_id") != user_id:
        raise PermissionDenied(f"you are not the creator of {model} {row['id']}.")
    return row


def _select(connection: Connection, tbl: Table, condition) -> list[dict[str, Any]]:
    return [dict(row) for row in connection.execute(select(tbl).where(condition)).mappings()]


def _remove(connection: Connection, tbl: Table, rows: list[dict[str, Any]], deleted: Deleted) -> None:
    """Delete ``rows`` of ``tbl`` and record them in ``deleted`` (under the table's name)."""
    ids = [row["id"] for row in rows]
    if ids:
        connection.execute(delete(tbl).where(tbl.c.id.in_(ids)))
    deleted.add(tbl.name, rows)


def _media_path(url: str | None) -> str | None:
    # Media URLs are "/media/<key>"; the datalayer path is "media/<key>".
    if url and url.startswith("/media/"):
        return url[1:]
    return None


def _delete_tables(connection: Connection, rows: list[dict[str, Any]], deleted: Deleted) -> None:
    drop_tags(connection, "table", [row["id"] for row in rows])
    _remove(connection, table, rows, deleted)
    deleted.paths.extend(row["store"] for row in rows if row["store"])


def _delete_labels(connection: Connection, rows: list[dict[str, Any]], deleted: Deleted) -> None:
    ids = [row["id"] for row in rows]
    features = _select(connection, size_feature, size_feature.c.label_id.in_(ids))
    _remove(connection, size_feature, features, deleted)
    drop_tags(connection, "label", ids)
    _remove(connection, label, rows, deleted)


def _delete_representations(connection: Connection, rows: list[dict[str, Any]], deleted: Deleted) -> None:
    ids = [row["id"] for row in rows]
    if not ids:
        return
    rois = _select(connection, roi, roi.c.representation_id.in_(ids))
    drop_tags(connection, "roi", [row["id"] for row in rois])
    _remove(connection, roi, rois, deleted)
    metrics = _select(connection, metric, metric.c.rep_id.in_(ids))
    _remove(connection, metric, metrics, deleted)
    thumbnails = _select(connection, thumbnail, thumbnail.c.representation_id.in_(ids))
    _remove(connection, thumbnail, thumbnails, deleted)
    deleted.paths.extend(path for path in (_media_path(row["image"]) for row in thumbnails) if path)
    _delete_labels(connection, _select(connection, label, label.c.representation_id.in_(ids)), deleted)
    _delete_tables(connection, _select(connection, table, table.c.representation_id.in_(ids)), deleted)
    connection.execute(
        delete(representation_origin).where(
            representation_origin.c.representation_id.in_(ids) | representation_origin.c.origin_id.in_(ids)
        )
    )
    drop_tags(connection, "representation", ids)
    _remove(connection, representation, rows, deleted)
    deleted.paths.extend(row["store"] for row in rows if row["store"])


def delete_representation(db: Database, representation_id: Any, user_id: int) -> Deleted:
    """Delete a representation with its ROIs, metrics, thumbnails, labels,
    tables and (after commit, by the caller) its store."""
    deleted = Deleted()
    with db.transaction() as connection:
        row = _owned(connection, representation, representation_id, "Representation", user_id)
        _delete_representations(connection, [row], deleted)
    return deleted


def delete_sample(db: Database, sample_id: Any, user_id: int) -> Deleted:
    """Delete a sample with its representations, metrics and tables."""
    deleted = Deleted()
    with db.transaction() as connection:
        row = _owned(connection, sample, sample_id, "Sample", user_id)
        _delete_representations(connection, _select(connection, representation, representation.c.sample_id == row["id"]), deleted)
        metrics = _select(connection, metric, metric.c.sample_id == row["id"])
        _remove(connection, metric, metrics, deleted)
        _delete_tables(connection, _select(connection, table, table.c.sample_id == row["id"]), deleted)
        connection.execute(delete(sample_experiment).where(sample_experiment.c.sample_id == row["id"]))
        drop_tags(connection, "sample", [row["id"]])
        _remove(connection, sample, [row], deleted)
    return deleted


def delete_experiment(db: Database, experiment_id: Any, user_id: int) -> Deleted:
    """Delete an experiment with its metrics and tables; its samples stay
    (a sample may belong to several experiments)."""
    deleted = Deleted()
    with db.transaction() as connection:
        row = _owned(connection, experiment, experiment_id, "Experiment", user_id)
        metrics = _select(connection, metric, metric.c.experiment_id == row["id"])
        _remove(connection, metric, metrics, deleted)
        _delete_tables(connection, _select(connection, table, table.c.experiment_id == row["id"]), deleted)
        connection.execute(delete(sample_experiment).where(sample_experiment.c.experiment_id == row["id"]))
        drop_tags(connection, "experiment", [row["id"]])
        _remove(connection, experiment, [row], deleted)
    return deleted


def delete_table(db: Database, table_id: Any, user_id: int) -> Deleted:
    """Delete a table and (after commit) its parquet file."""
    deleted = Deleted()
    with db.transaction() as connection:
        row = _owned(connection, table, table_id, "Table", user_id)
        _delete_tables(connection, [row], deleted)
    return deleted


def delete_roi(db: Database, roi_id: Any, user_id: int) -> Deleted:
    """Delete one ROI."""
    deleted = Deleted()
    with db.transaction() as connection:
        row = _owned(connection, roi, roi_id, "ROI", user_id)
        drop_tags(connection, "roi", [row["id"]])
        _remove(connection, roi, [row], deleted)
    return deleted


def delete_omero_file(db: Database, omero_file_id: Any, user_id: int) -> Deleted:
    """Delete an omero file row and (after commit) its media file; the 2022
    server left the row behind, we do not."""
    deleted = Deleted()
    with db.transaction() as connection:
        row = _owned(connection, omero_file, omero_file_id, "OmeroFile", user_id)
        _remove(connection, omero_file, [row], deleted)
        for url in (row["file"], row["thumbnail"]):
            path = _media_path(url)
            if path:
                deleted.paths.append(path)
    return deleted

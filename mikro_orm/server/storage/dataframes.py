"""Tables (Mikro's ``Table`` model): parquet files described in the database.

Named ``dataframes`` so it is not confused with :mod:`.tables`, the
SQLAlchemy table definitions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import update

from .database import Database, utcnow
from .querying import Filter, fetch_one, icontains, insert_row, list_rows, require_exists, set_tags, tagged_with
from .tables import experiment, representation, sample, table

MODEL = "table"

FILTERS: dict[str, Filter] = {
    "name": icontains(table.c.name),
    "tags": tagged_with(MODEL, table.c.id),
    "representation_id": lambda value: table.c.representation_id == value,
    "sample_id": lambda value: table.c.sample_id == value,
    "experiment_id": lambda value: table.c.experiment_id == value,
    "creator_id": lambda value: table.c.creator_id == value,
}


def list_tables(db: Database, args: Mapping[str, Any], within: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Tables matching ``args`` (name, tags, paging) and the scope ``within``, in id order."""
    return list_rows(db, table, args, FILTERS, within)


def get_table(db: Database, table_id: Any) -> dict[str, Any]:
    """One table, or ``NotFound("Table")``."""
    with db.reading() as connection:
        return fetch_one(connection, table, table_id, "Table")


def create_table(
    db: Database,
    creator_id: int,
    *,
    name: str | None,
    store: str | None,
    columns: Sequence[Mapping[str, Any]] | None,
    representation_id: Any = None,
    sample_id: Any = None,
    experiment_id: Any = None,
    tags: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Insert a table (``fromDf`` with a parquet store, ``createTable``
    without); every object it points at is checked first."""
    with db.transaction() as connection:
        values = {
            "representation_id": require_exists(connection, representation, representation_id, "Representation"),
            "sample_id": require_exists(connection, sample, sample_id, "Sample"),
            "experiment_id": require_exists(connection, experiment, experiment_id, "Experiment"),
            "name": name or "",
            "store": store,
            "columns": list(columns) if columns is not None else None,
            "created_at": utcnow(),
            "creator_id": creator_id,
        }
        row = insert_row(connection, table, values)
        if not name:
            row["name"] = f"Table {row['id']}"
            connection.execute(update(table).where(table.c.id == row["id"]).values(name=row["name"]))
        set_tags(connection, MODEL, row["id"], tags)
        return row


def update_columns(db: Database, table_id: int, columns: Sequence[Mapping[str, Any]] | None) -> dict[str, Any]:
    """Store a freshly read column description (``updateTable``)."""
    with db.transaction() as connection:
        connection.execute(update(table).where(table.c.id == table_id).values(columns=list(columns) if columns is not None else None))
        return fetch_one(connection, table, table_id, "Table")

"""The database connection: engine creation, schema creation, transactions.

SQLite (the default, one file in the data directory) runs in WAL mode so
that readers never block the writer and a crash loses no committed write.
Foreign keys are switched on per connection because SQLite leaves them off.
Any other SQLAlchemy URL (PostgreSQL for larger labs) is used as given.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

from .tables import metadata


def utcnow() -> dt.datetime:
    """Now, as the naive UTC datetime the tables store."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Database:
    """An engine plus the two ways the storage modules use it.

    Parameters
    ----------
    url
        A SQLAlchemy database URL.

    Examples
    --------
    >>> db = Database.for_data_dir(Path("/tmp/mikro"))      # doctest: +SKIP
    >>> with db.transaction() as conn:                       # doctest: +SKIP
    ...     conn.execute(...)
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = _create_engine(url)
        metadata.create_all(self.engine)

    @classmethod
    def for_data_dir(cls, data_dir: Path, url: str | None = None) -> "Database":
        """Open ``url``, or ``<data_dir>/mikro.sqlite3`` when it is None."""
        return cls(url or f"sqlite:///{Path(data_dir) / 'mikro.sqlite3'}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection in a transaction: committed on success, rolled back on
        any exception, so a failed create leaves nothing behind."""
        with self.engine.begin() as connection:
            yield connection

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads (one consistent snapshot per block)."""
        with self.engine.connect() as connection:
            yield connection

    def dispose(self) -> None:
        """Close every pooled connection (SQLite then checkpoints the WAL)."""
        self.engine.dispose()


def _create_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(
        url,
        # The server thread and test threads share the pool; the busy
        # timeout covers a second server process on the same file.
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _configure_sqlite(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine

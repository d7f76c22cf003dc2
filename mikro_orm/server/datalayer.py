"""The datalayer: where arrays, tables and media files live.

Two backends behind one small class, both through fsspec so the code that
reads zarr metadata or parquet files is written once:

* a local folder (default): ``<data_dir>/datalayer/<bucket>/<key>``;
  ``negotiate`` answers ``{"protocol": "file", "path": <folder>}``;
* S3 (any endpoint, moto in tests): ``<bucket>/<key>``; ``negotiate``
  answers ``{"protocol": "s3", "path": "host:port", "params": {...}}``.

A store path given by a client (``zarr/<uuid>``) is always relative, inside
one of the three buckets, and never climbs out with ``..``: the server
deletes stores, so it must never be talked into deleting something else.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import BadArgument

BUCKETS = ("zarr", "parquet", "media")
DEFAULT_FILEVERSION = "0.1"


@dataclass(frozen=True)
class S3Settings:
    """How to reach an S3 endpoint (``--s3-endpoint`` and keys)."""

    endpoint: str
    access_key: str
    secret_key: str

    @classmethod
    def coerce(cls, value: "S3Settings | Mapping[str, str]") -> "S3Settings":
        """Accept an instance or a mapping with ``endpoint``/``endpoint_url``,
        ``access_key`` and ``secret_key``."""
        if isinstance(value, S3Settings):
            return value
        endpoint = value.get("endpoint") or value.get("endpoint_url")
        if not endpoint:
            raise ValueError("s3 settings need an 'endpoint'")
        return cls(endpoint=str(endpoint), access_key=str(value["access_key"]), secret_key=str(value["secret_key"]))


def _numpy_type(arrow_type: Any) -> str | None:
    """The numpy dtype name pandas would give an arrow column."""
    import numpy as np

    try:
        return str(np.dtype(arrow_type.to_pandas_dtype()))
    except (NotImplementedError, TypeError):
        return None


def empty_array_info(store: str | None) -> dict[str, Any]:
    """What a representation without a readable store records."""
    return {"store": store, "shape": None, "dims": None, "has_array": False, "fileversion": DEFAULT_FILEVERSION}


class Datalayer:
    """Read, write and delete objects by datalayer path (``bucket/key``).

    Parameters
    ----------
    fs
        An fsspec filesystem.
    root
        Prefix joined before every path ("" for S3, the folder for local).
    negotiation
        What the ``negotiate`` mutation answers.
    """

    def __init__(self, fs: Any, root: str, negotiation: dict[str, Any]) -> None:
        self.fs = fs
        self.root = root
        self.negotiation = negotiation

    @classmethod
    def local(cls, folder: Path) -> "Datalayer":
        """A datalayer in ``folder`` (bucket folders created now)."""
        import fsspec

        folder = Path(folder).resolve()
        for bucket in BUCKETS:
            (folder / bucket).mkdir(parents=True, exist_ok=True)
        return cls(fsspec.filesystem("file", auto_mkdir=True), str(folder), {"protocol": "file", "path": str(folder)})

    @classmethod
    def s3(cls, settings: S3Settings) -> "Datalayer":
        """A datalayer on an S3 endpoint (buckets created now if missing)."""
        import s3fs

        # No region_name: it breaks bucket creation on moto and is not
        # needed by MinIO-style endpoints. skip_instance_cache: two servers
        # in one process must not share a filesystem object.
        fs = s3fs.S3FileSystem(
            key=settings.access_key,
            secret=settings.secret_key,
            client_kwargs={"endpoint_url": settings.endpoint},
            skip_instance_cache=True,
        )
        for bucket in BUCKETS:
            if not fs.exists(bucket):
                fs.mkdir(bucket)
        location = urlsplit(settings.endpoint).netloc
        negotiation = {
            "protocol": "s3",
            "path": location,
            "params": {"access_key": settings.access_key, "secret_key": settings.secret_key},
        }
        return cls(fs, "", negotiation)

    def close(self) -> None:
        """Release the S3 connection pool (nothing to do for a folder).

        s3fs keeps an aiobotocore client on fsspec's IO loop; closing it
        here avoids "Unclosed client session" noise when the process exits.
        """
        client = getattr(self.fs, "_s3", None)
        if client is None:
            return
        from fsspec.asyn import sync

        try:
            sync(self.fs.loop, client.close)
        except Exception:  # Best effort: the process may already be exiting.
            pass

    # -- paths ---------------------------------------------------------------

    @staticmethod
    def check_path(path: Any, buckets: Sequence[str] = BUCKETS) -> str:
        """Normalise a client-given store path or raise :class:`BadArgument`.

        Examples
        --------
        >>> Datalayer.check_path("zarr/abc/")
        'zarr/abc'
        """
        if not isinstance(path, str) or not path.strip():
            raise BadArgument("A store path such as 'zarr/<uuid>' is required.")
        text = path.strip().replace("\\", "/")
        normalised = posixpath.normpath(text).strip("/")
        parts = normalised.split("/")
        if text.startswith("/") or ".." in text.split("/") or len(parts) < 2 or parts[0] not in buckets:
            raise BadArgument(
                f"Invalid store path {path!r}: expected '<bucket>/<key>' with bucket one of {', '.join(buckets)}."
            )
        return normalised

    def _full(self, path: str) -> str:
        return f"{self.root}/{path}" if self.root else path

    # -- bytes -----------------------------------------------------------------

    def exists(self, path: str) -> bool:
        """True if a file or store exists at ``path``."""
        return bool(self.fs.exists(self._full(path)))

    def read_bytes(self, path: str) -> bytes:
        """The content of the file at ``path`` (FileNotFoundError if missing)."""
        return self.fs.cat_file(self._full(path))

    def write_bytes(self, path: str, data: bytes) -> None:
        """Write ``data`` to ``path``, creating folders as needed."""
        self.fs.pipe_file(self._full(path), data)

    def remove(self, path: str) -> None:
        """Delete a file or a whole store; a missing one is not an error."""
        full = self._full(path)
        if self.fs.exists(full):
            self.fs.rm(full, recursive=True)

    def _read_json(self, path: str) -> dict[str, Any] | None:
        try:
            return json.loads(self.read_bytes(path))
        except (FileNotFoundError, ValueError):
            return None

    # -- arrays ------------------------------------------------------------------

    def read_array_info(self, store: str) -> dict[str, Any]:
        """``shape``, ``dims``, ``has_array``, ``fileversion`` of a zarr v2 store.

        Reads the consolidated ``.zmetadata`` (what the Mikro clients write),
        falling back to the unconsolidated ``data/.zarray`` + ``.zattrs``.
        A missing or unreadable store gives ``has_array: False``.
        """
        consolidated = self._read_json(f"{store}/.zmetadata")
        if consolidated is not None:
            entries = consolidated.get("metadata", {})
        else:
            entries = {
                key: self._read_json(f"{store}/{key}") for key in ("data/.zarray", "data/.zattrs", ".zattrs")
            }
        array = entries.get("data/.zarray") or {}
        array_attrs = entries.get("data/.zattrs") or {}
        group_attrs = entries.get(".zattrs") or {}
        if "shape" not in array:
            return empty_array_info(store)
        return {
            "store": store,
            "shape": [int(size) for size in array["shape"]],
            "dims": list(array_attrs.get("_ARRAY_DIMENSIONS") or []) or None,
            "has_array": True,
            "fileversion": str(group_attrs.get("fileversion", DEFAULT_FILEVERSION)),
        }

    # -- tables --------------------------------------------------------------------

    def read_parquet_schema(self, path: str) -> list[dict[str, Any]] | None:
        """Column descriptions of a parquet file, or None when it is missing."""
        import pyarrow.parquet as pq

        if not self.exists(path):
            return None
        with self.fs.open(self._full(path), "rb") as handle:
            schema = pq.read_schema(handle)
        pandas_meta = {}
        if schema.pandas_metadata:
            pandas_meta = {column["name"]: column for column in schema.pandas_metadata.get("columns", [])}
        columns = []
        for name in schema.names:
            described = pandas_meta.get(name, {})
            columns.append(
                {
                    "name": name,
                    "field_name": described.get("field_name", name),
                    "pandas_type": described.get("pandas_type", str(schema.field(name).type)),
                    "numpy_type": described.get("numpy_type") or _numpy_type(schema.field(name).type),
                    "metadata": described.get("metadata"),
                }
            )
        return columns

    def query_parquet(self, path: str, columns: Sequence[str] | None, offset: int, limit: int | None) -> list[list[Any]]:
        """Rows ``[offset : offset + limit]`` of a parquet file as lists."""
        import pyarrow.parquet as pq

        with self.fs.open(self._full(path), "rb") as handle:
            table = pq.read_table(handle, columns=list(columns) if columns else None)
        length = table.num_rows - offset if limit is None else limit
        sliced = table.slice(offset, max(length, 0))
        names = sliced.column_names
        return [[row[name] for name in names] for row in sliced.to_pylist()]

"""Uploads that leave nothing behind: write the data, register it, or undo the write.

From the user's view an upload is atomic: if registering fails (a bad
sample id, a server error, a cut connection), the store just written is
removed before the error propagates, so no orphaned store is left and no
Representation or Table points at missing data.
"""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from mikro_orm.errors import DataLayerError

if TYPE_CHECKING:
    from mikro_orm.datalayer.store import DataLayer

__all__ = ["store_name", "upload_then_register"]

T = TypeVar("T")


def store_name(kind: str) -> str:
    """A new store path for an upload: ``zarr/<uuid4>`` or ``parquet/<uuid4>``.

    The one place upload paths are chosen, so that a test recording HTTP
    traffic can make them deterministic (see ``tests/recorded/conftest.py``):
    every uploader calls it through this module at the moment of uploading.

    Parameters
    ----------
    kind
        The bucket: ``"zarr"`` for arrays, ``"parquet"`` for tables.

    Examples
    --------
    >>> store_name("zarr").startswith("zarr/")
    True
    """
    return f"{kind}/{uuid.uuid4()}"


def _write(datalayer: DataLayer, store: str, payload: Any, kind: str, progress: bool | None) -> None:
    if kind == "array":
        from mikro_orm.datalayer.arrays import write_array

        write_array(datalayer, store, payload, progress=progress)
    elif kind == "table":
        from mikro_orm.datalayer.tables import write_table

        write_table(datalayer, store, payload)
    else:
        raise DataLayerError(f"cannot upload payloads of kind {kind!r}")


def upload_then_register(
    datalayer: DataLayer, store: str, payload: Any, kind: str, register: Callable[[str], T], *, progress: bool | None = None
) -> T:
    """Write ``payload`` at ``store``, then call ``register(store)``; undo the write if anything fails.

    Parameters
    ----------
    datalayer
        Where to write.
    store
        The store path, e.g. ``zarr/<uuid>``.
    payload
        The prepared (already validated) data.
    kind
        ``"array"`` or ``"table"``.
    register
        Sends the mutation that registers the store; returns the new object.
    progress
        Show a progress bar (None: for large data in a terminal or notebook).
    """
    try:
        _write(datalayer, store, payload, kind, progress)
        return register(store)
    except BaseException:
        datalayer.remove(store)
        raise

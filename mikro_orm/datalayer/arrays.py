"""Arrays: xarray.DataArray <-> zarr stores, as the wire contract lays them out.

A store holds a Dataset with one variable ``data`` and the attribute
``fileversion = "0.1"``, in zarr format 2 with consolidated metadata (what
Mikro servers and 2022 clients read). Chunks are whole ``x``/``y`` planes,
one per ``t`` and ``z``: most image work reads planes, and a plane per
chunk keeps a single-plane read to one object.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mikro_orm.errors import DataLayerError, InvalidArgument

if TYPE_CHECKING:
    import xarray

    from mikro_orm.datalayer.store import DataLayer

__all__ = ["FILE_VERSION", "load_array", "open_array", "prepare_array", "write_array"]

FILE_VERSION = "0.1"
REQUIRED_DIMS = ("x", "y")
ADDED_DIMS = ("t", "c", "z")
EXPECTED = "an xarray.DataArray with the dims 'x' and 'y'"


def prepare_array(array: Any) -> xarray.DataArray:
    """Check ``array`` and give it the dims a Mikro store has; write nothing.

    Missing ``t``, ``c`` and ``z`` are added as length-1 dims, as the 2022
    client did.

    Raises
    ------
    mikro_orm.errors.InvalidArgument
        Not a DataArray, no ``x`` or ``y`` dim, or no values.

    Examples
    --------
    >>> import numpy as np, xarray as xr
    >>> prepare_array(xr.DataArray(np.zeros((4, 5)), dims=("y", "x"))).dims
    ('t', 'c', 'z', 'y', 'x')
    """
    import xarray as xr

    if not isinstance(array, xr.DataArray):
        hint = " (wrap it: xarray.DataArray(values, dims=('z', 'y', 'x')))" if hasattr(array, "shape") else ""
        raise InvalidArgument("array", EXPECTED + hint, got=array)
    missing = [dim for dim in REQUIRED_DIMS if dim not in array.dims]
    if missing:
        raise InvalidArgument("array", EXPECTED, detail=f"its dims are {tuple(array.dims)}, missing {', '.join(missing)}")
    if array.size == 0:
        raise InvalidArgument("array", "a non-empty array", detail=f"its shape is {tuple(array.shape)}")
    for dim in reversed(ADDED_DIMS):
        if dim not in array.dims:
            array = array.expand_dims(dim)
    return array


def _chunks(array: xarray.DataArray) -> dict[str, int]:
    return {dim: (1 if dim in ("t", "z") else size) for dim, size in zip(array.dims, array.shape)}


def write_array(datalayer: DataLayer, store: str, array: xarray.DataArray, *, progress: bool | None = None) -> None:
    """Write a prepared array to ``store`` (zarr v2, consolidated).

    Parameters
    ----------
    progress
        Show a progress bar; ``None``: for large arrays in a terminal or notebook.
    """
    import xarray as xr

    from mikro_orm.datalayer.progress import dask_progress, wants_progress

    data = array.copy(deep=False)
    data.encoding = {}  # chunking/compression of the array's source would clash with ours
    dataset = xr.Dataset({"data": data.chunk(_chunks(data))})
    dataset.attrs["fileversion"] = FILE_VERSION
    try:
        with dask_progress(f"upload {store}", wants_progress(array.nbytes, progress)):
            dataset.to_zarr(datalayer.zarr_target(store), mode="w-", zarr_format=2, consolidated=True)
    except (OSError, ValueError, TypeError) as exc:
        raise DataLayerError(f"writing the array to {store} failed: {exc}") from exc


def open_array(datalayer: DataLayer, store: str) -> xarray.DataArray:
    """Open ``store`` lazily: a dask-backed DataArray; nothing is read yet."""
    import xarray as xr

    try:
        dataset = xr.open_zarr(datalayer.zarr_target(store), consolidated=True)
    except (OSError, ValueError, KeyError) as exc:
        raise DataLayerError(f"cannot open the array at {store}: {type(exc).__name__}: {exc}") from exc
    if "data" not in dataset:
        raise DataLayerError(f"the store at {store} has no variable 'data' (variables: {list(dataset.data_vars)})")
    return dataset["data"]


def load_array(array: xarray.DataArray, *, progress: bool | None = None) -> xarray.DataArray:
    """Read a lazy array fully into memory (with a progress bar for large ones)."""
    from mikro_orm.datalayer.progress import dask_progress, wants_progress

    with dask_progress("download", wants_progress(array.nbytes, progress)):
        return array.compute()

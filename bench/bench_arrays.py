"""Array I/O of the ORM against raw zarr on the same store.

Run: python bench/bench_arrays.py [size_mib]

Baselines, measured in the same run on the same local folder datalayer:
reading the zarr array directly with zarr, and writing the same data with
``xarray.Dataset.to_zarr`` (what ``from_xarray`` does, minus validation,
registration and bookkeeping).
"""
from __future__ import annotations

import shutil
import sys
import uuid
from pathlib import Path

import numpy as np
import xarray as xr
import zarr

import mikro_orm as mo
from _common import median_seconds, report, temporary_server


def main(size_mib: int = 64) -> None:
    planes = max(1, size_mib * 1024 * 1024 // (1024 * 1024 * 2))
    values = np.random.default_rng(0).integers(0, 4096, size=(planes, 1024, 1024), dtype=np.uint16)
    array = xr.DataArray(values, dims=("z", "y", "x"))
    with temporary_server() as server, mo.connect(server.url, token=server.token):
        datalayer = Path(server.data_dir) / "datalayer"
        rep = mo.Representation.objects.from_xarray(array, name="bench", progress=False)
        store = datalayer / rep.store

        def orm_read():
            return mo.Representation.objects.get(id=rep.id).data.values

        def raw_read():
            return zarr.open_group(str(store), mode="r")["data"][...]

        def orm_write():
            mo.Representation.objects.from_xarray(array, name="bench-write", progress=False)

        def raw_write():
            target = datalayer / "zarr" / f"raw-{uuid.uuid4()}"
            dataset = xr.Dataset({"data": array.expand_dims(["t", "c"]).chunk({"t": 1, "c": 1, "z": 1})})
            dataset.to_zarr(str(target), zarr_format=2, consolidated=True)
            shutil.rmtree(target)

        read_plane = lambda: mo.Representation.objects.get(id=rep.id).data.isel(t=0, c=0, z=0).values
        raw_plane = lambda: zarr.open_group(str(store), mode="r")["data"][0, 0, 0]
        fetched = mo.Representation.objects.get(id=rep.id)
        plane_only = lambda: fetched.data.isel(t=0, c=0, z=0).values  # store already opened: the data path alone
        rows = [
            (f"read whole array ({values.nbytes / 2**20:.0f} MiB)", median_seconds(orm_read, repeat=5), median_seconds(raw_read, repeat=5)),
            ("read one plane (incl. get(id) round trip)", median_seconds(read_plane), median_seconds(raw_plane)),
            ("read one plane (representation in hand)", median_seconds(plane_only), median_seconds(raw_plane)),
            (f"write ({values.nbytes / 2**20:.0f} MiB) + register", median_seconds(orm_write, repeat=3, warmup=1), median_seconds(raw_write, repeat=3, warmup=1)),
        ]
        report("Arrays: mikro_orm vs raw zarr/xarray on the same local datalayer", rows)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 64)

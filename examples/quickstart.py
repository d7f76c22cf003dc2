"""Quickstart: the whole flow against the embedded reference server.

Run it with ``./scripts/quickstart`` (README command 1). With no URL
configured, ``mo.connect()`` starts a reference server on loopback that
keeps its data in ``MIKRO_DATA_DIR`` (default ``~/.local/share/mikro-orm``).
"""
from __future__ import annotations

import uuid

import numpy as np
import xarray as xr

import mikro_orm as mo


def synthetic_nuclei(z: int = 8, y: int = 128, x: int = 128, seed: int = 0) -> xr.DataArray:
    """A 3-D image of a few bright blobs on noise."""
    rng = np.random.default_rng(seed)
    zz, yy, xx = np.mgrid[0:z, 0:y, 0:x]
    volume = rng.normal(100, 10, size=(z, y, x))
    for cz, cy, cx in rng.uniform((0, 0, 0), (z, y, x), size=(6, 3)):
        volume += 1000 * np.exp(-(((zz - cz) / 2) ** 2 + ((yy - cy) / 6) ** 2 + ((xx - cx) / 6) ** 2))
    return xr.DataArray(volume.astype(np.uint16), dims=("z", "y", "x"), name="nuclei")


def main() -> None:
    client = mo.connect()
    print(f"Connected to {client.url}")

    run = uuid.uuid4().hex[:6]
    experiment = mo.Experiment.objects.create(name=f"Quickstart {run}", description="synthetic liver images")
    sample = mo.Sample.objects.create(name=f"liver-{run}", experiments=[experiment])
    rep = mo.Representation.objects.from_xarray(synthetic_nuclei(), name="nuclei", sample=sample, tags=["quickstart"])
    print(f"Uploaded {rep.name!r}: dims {rep.dims}, shape {rep.shape}, stored at {rep.store}")

    for found in mo.Sample.objects.filter(search=f"liver-{run}").prefetch("representations"):
        print(f"Sample {found.name!r} in {[e.name for e in found.experiments]}")
        for representation in found.representations:
            projection = representation.data.max(dim="z").compute()  # lazy until here
            print(
                f"  {representation.name}: maximum projection {dict(projection.sizes)}, "
                f"brightest voxel {int(projection.max())}, mean {float(projection.mean()):.1f}"
            )


if __name__ == "__main__":
    main()

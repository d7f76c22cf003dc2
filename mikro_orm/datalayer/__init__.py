"""The datalayer: where arrays (zarr) and tables (parquet) live.

This package is the only place that imports xarray, zarr, pandas, pyarrow,
fsspec and s3fs, and only when data is first used, so ``import mikro_orm``
stays light.
"""

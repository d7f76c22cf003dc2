"""Tables: pandas.DataFrame <-> parquet files in the datalayer.

Tables are written with pyarrow, which stores pandas' metadata beside the
data, so a table reads back with the same dtypes and index.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mikro_orm.errors import DataLayerError, InvalidArgument

if TYPE_CHECKING:
    import pandas

    from mikro_orm.datalayer.store import DataLayer

__all__ = ["prepare_table", "read_table", "write_table"]


def prepare_table(df: Any) -> pandas.DataFrame:
    """Check that ``df`` is a DataFrame parquet can hold; write nothing.

    Raises
    ------
    mikro_orm.errors.InvalidArgument
        Not a ``pandas.DataFrame``, or with no columns.
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise InvalidArgument("df", "a pandas.DataFrame", got=df)
    if len(df.columns) == 0:
        raise InvalidArgument("df", "a DataFrame with at least one column")
    if not all(isinstance(name, str) for name in df.columns):
        raise InvalidArgument("df", "string column names (parquet stores names as strings)", detail=f"got {list(df.columns)!r}")
    return df


def write_table(datalayer: DataLayer, store: str, df: pandas.DataFrame) -> None:
    """Write ``df`` as parquet at ``store``."""
    try:
        with datalayer.fs.open(datalayer.url(store), "wb") as handle:
            df.to_parquet(handle, engine="pyarrow")
    except (OSError, ValueError, TypeError) as exc:
        raise DataLayerError(f"writing the table to {store} failed: {type(exc).__name__}: {exc}") from exc


def read_table(datalayer: DataLayer, store: str) -> pandas.DataFrame:
    """Read the parquet file at ``store`` into a DataFrame."""
    import pandas as pd

    try:
        with datalayer.fs.open(datalayer.url(store), "rb") as handle:
            return pd.read_parquet(handle, engine="pyarrow")
    except (OSError, ValueError) as exc:
        raise DataLayerError(f"cannot read the table at {store}: {type(exc).__name__}: {exc}") from exc

"""Table: a dataframe stored as parquet in the datalayer."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey
from mikro_orm.query.manager import Manager

if TYPE_CHECKING:
    import pandas

__all__ = ["Table", "TableManager"]


class TableManager(Manager):
    """``Table.objects``: every QuerySet method, plus ``from_df``."""

    def from_df(
        self,
        df: pandas.DataFrame,
        name: str | None = None,
        *,
        sample: Any = None,
        representation: Any = None,
        experiment: Any = None,
        tags: list[str] | None = None,
    ) -> Table:
        """Write ``df`` as parquet at ``parquet/<uuid4>``, then register it with ``fromDf``.

        If registering fails, the parquet file is removed again.

        Raises
        ------
        mikro_orm.errors.InvalidArgument
            ``df`` is not a DataFrame with string column names (nothing is written).

        Examples
        --------
        >>> import pandas as pd  # doctest: +SKIP
        >>> table = Table.objects.from_df(pd.DataFrame({"area": [1.5, 2.0]}), name="areas", sample=sample)  # doctest: +SKIP
        >>> table.data.equals(pd.DataFrame({"area": [1.5, 2.0]}))  # doctest: +SKIP
        True
        """
        from mikro_orm.datalayer.tables import prepare_table
        from mikro_orm.datalayer import upload
        from mikro_orm.query import compiler
        from mikro_orm.query.queryset import mutation_arguments

        prepared = prepare_table(df)
        client = self.get_queryset()._get_client()

        def register(store: str) -> Table:
            values = {"df": store, "name": name, "sample": sample, "representation": representation, "experiment": experiment, "tags": tags}
            data = client.execute(compiler.compile_mutation("from_df", mutation_arguments("from_df", values, "Table"), Table))
            return client.structure(data, Table)  # type: ignore[return-value]

        return upload.upload_then_register(client.datalayer, upload.store_name("parquet"), prepared, "table", register)


@model("Table", manager=TableManager)
class Table(Model):
    """A table (parquet in the datalayer) attached to a representation, sample or experiment."""

    name: str | None = None
    store: str | None = None
    columns: list[dict[str, Any]] | None = None
    tags: list[str] | None = None
    created_at: dt.datetime | None = None

    representation = ForeignKey("Representation")
    sample = ForeignKey("Sample")
    experiment = ForeignKey("Experiment")
    creator = ForeignKey("User", embed=True)

    @property
    def data(self) -> pandas.DataFrame:
        """The whole table as a DataFrame, read from the datalayer (once per instance)."""
        from mikro_orm import errors

        cached = self._state.cache.get("_data")
        if cached is None:
            if not self.store:
                raise errors.DataLayerError(f"Table {self.id} has no stored data")
            from mikro_orm.datalayer.tables import read_table

            cached = read_table(self._client().datalayer, self.store)
            self._state.cache["_data"] = cached
        return cached

    def rows(self, columns: list[str] | None = None, offset: int | None = None, limit: int | None = None) -> list[list[Any]]:
        """Rows computed by the server (its ``query`` field), without reading the parquet here.

        Examples
        --------
        >>> table.rows(columns=["area"], limit=2)  # doctest: +SKIP
        [[1.5], [2.0]]
        """
        from mikro_orm import errors
        from mikro_orm.query import compiler

        for argument, value in (("offset", offset), ("limit", limit)):
            if value is not None and (not isinstance(value, int) or value < 0):
                raise errors.InvalidArgument(argument, "a non-negative int", got=value)
        arguments = {"columns": columns, "offset": offset, "limit": limit}
        return self._client().execute(compiler.compile_nested(Table, self.id, "query", arguments)) or []

"""Table: queries, fromDf/createTable/updateTable/deleteTable, nested fields.

``fromDf`` keeps the uploaded parquet path as the table's ``store`` (the
2022 server lost it, so table data was unreachable) and describes the
columns from the parquet schema; ``Table.query`` reads rows back.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from typing import Any

from ariadne import MutationType, ObjectType, QueryType
from graphql import GraphQLResolveInfo

from ..datalayer import Datalayer
from ..errors import BadArgument, PermissionDenied
from ..services import caller, services
from ..storage import dataframes, deletion
from ..storage.experiments import get_experiment
from ..storage.representations import get_representation
from ..storage.samples import get_sample
from .common import bind_creator_and_tags, finish_deletion, publish_change

query = QueryType()
mutation = MutationType()
table_type = ObjectType("Table")
bind_creator_and_tags(table_type, "table")


@query.field("tables")
def resolve_tables(_: Any, info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return dataframes.list_tables(services(info).db, {})


@query.field("mytables")
def resolve_my_tables(_: Any, info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return dataframes.list_tables(services(info).db, {}, within={"creator_id": caller(info)["id"]})


@query.field("table")
def resolve_table(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    return dataframes.get_table(services(info).db, id)


def _create(info: GraphQLResolveInfo, args: dict[str, Any], store: str | None, columns: list[dict[str, Any]] | None) -> dict[str, Any]:
    row = dataframes.create_table(
        services(info).db,
        caller(info)["id"],
        name=args.get("name"),
        store=store,
        columns=columns,
        representation_id=args.get("representation"),
        sample_id=args.get("sample"),
        experiment_id=args.get("experiment"),
        tags=args.get("tags"),
    )
    publish_change(info, "table", row, "create", "update")
    return row


@mutation.field("fromDf")
def resolve_from_df(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    caller(info)
    store = Datalayer.check_path(args["df"], buckets=("parquet",))
    columns = services(info).datalayer.read_parquet_schema(store)
    if columns is None:
        raise BadArgument(f"No parquet file at '{store}': upload it before calling fromDf.")
    return _create(info, args, store, columns)


@mutation.field("createTable")
def resolve_create_table(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    """A table without data yet; ``columns`` names its columns."""
    names = [name for name in args.get("columns") or () if name is not None]
    columns = [{"name": name, "field_name": name} for name in names] if args.get("columns") is not None else None
    return _create(info, args, None, columns)


@mutation.field("updateTable")
def resolve_update_table(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    """Re-read the columns from the table's parquet file."""
    user = caller(info)
    svc = services(info)
    row = dataframes.get_table(svc.db, id)
    if row["creator_id"] != user["id"]:
        raise PermissionDenied(f"you are not the creator of Table {row['id']}.")
    if row["store"]:
        row = dataframes.update_columns(svc.db, row["id"], svc.datalayer.read_parquet_schema(row["store"]))
    publish_change(info, "table", row, "update")
    return row


@mutation.field("deleteTable")
def resolve_delete_table(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, str]:
    deleted = deletion.delete_table(services(info).db, id, caller(info)["id"])
    finish_deletion(info, deleted)
    return {"id": str(deleted.rows["table"][0]["id"])}


@table_type.field("representation")
def resolve_table_representation(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return get_representation(services(info).db, obj["representation_id"]) if obj.get("representation_id") is not None else None


@table_type.field("sample")
def resolve_table_sample(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return get_sample(services(info).db, obj["sample_id"]) if obj.get("sample_id") is not None else None


@table_type.field("experiment")
def resolve_table_experiment(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return get_experiment(services(info).db, obj["experiment_id"]) if obj.get("experiment_id") is not None else None


def _jsonable(value: Any) -> Any:
    """A parquet cell as a JSON value (NaN -> null, dates -> ISO text)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    return value


@table_type.field("query")
def resolve_table_query(obj: dict[str, Any], info: GraphQLResolveInfo, columns: list[str] | None = None, offset: int | None = None, limit: int | None = None) -> list[list[Any]]:
    """Rows ``[offset : offset + limit]`` of the table as lists of values."""
    if (offset or 0) < 0 or (limit or 0) < 0:
        raise BadArgument("Negative offset or limit is not allowed.")
    if not obj.get("store"):
        return []
    known = [column["name"] for column in obj.get("columns") or []]
    unknown = [name for name in columns or () if name not in known]
    if unknown:
        raise BadArgument(f"Unknown columns {', '.join(map(str, unknown))}. Choices are: {', '.join(known)}")
    rows = services(info).datalayer.query_parquet(obj["store"], columns, offset or 0, limit or None)
    return [[_jsonable(value) for value in row] for row in rows]


BINDABLES = [query, mutation, table_type]

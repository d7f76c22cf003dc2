"""Sample: queries, mutations, and its nested fields."""

from __future__ import annotations

from typing import Any

from ariadne import MutationType, ObjectType, QueryType
from graphql import GraphQLResolveInfo

from ..services import caller, services
from ..storage import deletion
from ..storage.dataframes import list_tables
from ..storage.metrics import list_metrics
from ..storage.representations import list_representations
from ..storage.samples import create_sample, experiments_of, get_sample, list_samples
from .common import bind_creator_and_tags, finish_deletion, publish_change

query = QueryType()
mutation = MutationType()
sample_type = ObjectType("Sample")
bind_creator_and_tags(sample_type, "sample")


@query.field("samples")
def resolve_samples(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_samples(services(info).db, args)


@query.field("mysamples")
def resolve_my_samples(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_samples(services(info).db, args, within={"creator_id": caller(info)["id"]})


@query.field("sample")
def resolve_sample(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    return get_sample(services(info).db, id)


@mutation.field("createSample")
def resolve_create_sample(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    row = create_sample(
        services(info).db,
        caller(info)["id"],
        name=args.get("name"),
        meta=args.get("meta"),
        experiments=args.get("experiments"),
        tags=args.get("tags"),
    )
    publish_change(info, "sample", row, "create")
    return row


@mutation.field("deleteSample")
def resolve_delete_sample(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, str]:
    deleted = deletion.delete_sample(services(info).db, id, caller(info)["id"])
    finish_deletion(info, deleted)
    return {"id": str(deleted.rows["sample"][0]["id"])}


@sample_type.field("experiments")
def resolve_sample_experiments(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return experiments_of(services(info).db, obj["id"])


@sample_type.field("representations")
def resolve_sample_representations(obj: dict[str, Any], info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_representations(services(info).db, args, within={"sample_id": obj["id"]})


@sample_type.field("metrics")
def resolve_sample_type_metrics(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_metrics(services(info).db, {}, within={"sample_id": obj["id"]})


@sample_type.field("tables")
def resolve_sample_type_tables(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_tables(services(info).db, {}, within={"sample_id": obj["id"]})


BINDABLES = [query, mutation, sample_type]

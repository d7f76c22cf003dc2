"""Experiment: queries, mutations, and its nested fields."""

from __future__ import annotations

from typing import Any

from ariadne import MutationType, ObjectType, QueryType
from graphql import GraphQLResolveInfo

from ..services import caller, services
from ..storage import deletion
from ..storage.dataframes import list_tables
from ..storage.metrics import list_metrics
from ..storage.experiments import create_experiment, get_experiment, list_experiments
from ..storage.samples import list_samples
from .common import bind_creator_and_tags, finish_deletion, publish_change

query = QueryType()
mutation = MutationType()
experiment_type = ObjectType("Experiment")
bind_creator_and_tags(experiment_type, "experiment")


@query.field("experiments")
def resolve_experiments(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_experiments(services(info).db, args)


@query.field("myexperiments")
def resolve_my_experiments(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_experiments(services(info).db, args, within={"creator_id": caller(info)["id"]})


@query.field("experiment")
def resolve_experiment(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    return get_experiment(services(info).db, id)


@mutation.field("createExperiment")
def resolve_create_experiment(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    # ``creator`` is only honoured for backend apps in 2022; here the
    # creator is always the caller.
    row = create_experiment(
        services(info).db,
        caller(info)["id"],
        name=args["name"],
        description=args.get("description"),
        meta=args.get("meta"),
        tags=args.get("tags"),
    )
    publish_change(info, "experiment", row, "create")
    return row


@mutation.field("deleteExperiment")
def resolve_delete_experiment(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, str]:
    deleted = deletion.delete_experiment(services(info).db, id, caller(info)["id"])
    finish_deletion(info, deleted)
    return {"id": str(deleted.rows["experiment"][0]["id"])}


@experiment_type.field("samples")
def resolve_experiment_samples(obj: dict[str, Any], info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_samples(services(info).db, args, within={"experiment_id": obj["id"]})


@experiment_type.field("metrics")
def resolve_experiment_type_metrics(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_metrics(services(info).db, {}, within={"experiment_id": obj["id"]})


@experiment_type.field("tables")
def resolve_experiment_type_tables(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_tables(services(info).db, {}, within={"experiment_id": obj["id"]})


BINDABLES = [query, mutation, experiment_type]

"""Metric: queries, createMetric, nested fields."""

from __future__ import annotations

from typing import Any

from ariadne import MutationType, ObjectType, QueryType
from graphql import GraphQLResolveInfo

from ..services import caller, services
from ..storage.experiments import get_experiment
from ..storage.metrics import create_metric, get_metric, list_metrics
from ..storage.representations import get_representation
from ..storage.samples import get_sample
from .common import bind_creator_and_tags

query = QueryType()
mutation = MutationType()
metric_type = ObjectType("Metric")
bind_creator_and_tags(metric_type, None)


@query.field("metrics")
def resolve_metrics(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_metrics(services(info).db, args)


@query.field("metric")
def resolve_metric(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    return get_metric(services(info).db, id)


@mutation.field("createMetric")
def resolve_create_metric(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    # No event: 2022 servers announced nothing for metrics.
    return create_metric(
        services(info).db,
        caller(info)["id"],
        key=args["key"],
        value=args["value"],
        rep=args.get("rep"),
        sample_id=args.get("sample"),
        experiment_id=args.get("experiment"),
    )


@metric_type.field("rep")
def resolve_metric_rep(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return get_representation(services(info).db, obj["rep_id"]) if obj.get("rep_id") is not None else None


@metric_type.field("sample")
def resolve_metric_sample(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return get_sample(services(info).db, obj["sample_id"]) if obj.get("sample_id") is not None else None


@metric_type.field("experiment")
def resolve_metric_experiment(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return get_experiment(services(info).db, obj["experiment_id"]) if obj.get("experiment_id") is not None else None


BINDABLES = [query, mutation, metric_type]

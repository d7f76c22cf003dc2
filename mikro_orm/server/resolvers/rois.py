"""ROI, Label, SizeFeature: queries, mutations, nested fields."""

from __future__ import annotations

from typing import Any

from ariadne import MutationType, ObjectType, QueryType
from graphql import GraphQLResolveInfo

from ..errors import NotFound
from ..services import caller, services
from ..storage import rois as store
from ..storage import deletion
from ..storage.representations import get_representation
from .common import bind_creator_and_tags, finish_deletion, publish

query = QueryType()
mutation = MutationType()
roi_type = ObjectType("ROI")
label_type = ObjectType("Label")
feature_type = ObjectType("SizeFeature")
bind_creator_and_tags(roi_type, "roi")
bind_creator_and_tags(label_type, "label")
bind_creator_and_tags(feature_type, None)


def _representation_of(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    rep_id = obj.get("representation_id")
    return get_representation(services(info).db, rep_id) if rep_id is not None else None


roi_type.set_field("representation", _representation_of)
label_type.set_field("representation", _representation_of)


@query.field("rois")
def resolve_rois(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return store.list_rois(services(info).db, args)


@mutation.field("createROI")
def resolve_create_roi(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    """Create a ROI; input type ``ELLIPSIS`` is stored as ``ELLIPSE``."""
    row = store.create_roi(
        services(info).db,
        caller(info)["id"],
        representation_id=args["representation"],
        vectors=args["vectors"],
        type=args["type"],
        tags=args.get("tags"),
        meta=args.get("meta"),
    )
    publish(info, ("rois", row["representation_id"], row["creator_id"]), {"create": row})
    return row


@mutation.field("deleteROI")
def resolve_delete_roi(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, str]:
    deleted = deletion.delete_roi(services(info).db, id, caller(info)["id"])
    finish_deletion(info, deleted)
    return {"id": str(deleted.rows["roi"][0]["id"])}


@query.field("labels")
def resolve_labels(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return store.list_labels(services(info).db, args)


@query.field("label")
def resolve_label(_: Any, info: GraphQLResolveInfo, id: str | None = None) -> dict[str, Any]:
    if id is None:  # the 2022 schema made the id optional; nothing matches none
        raise NotFound("Label")
    return store.get_label(services(info).db, id)


@query.field("labelFor")
def resolve_label_for(_: Any, info: GraphQLResolveInfo, representation: str, instance: int) -> dict[str, Any]:
    return store.label_for(services(info).db, representation, instance)


@mutation.field("createLabel")
def resolve_create_label(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    """Get or create the label (instance, representation, caller, name)."""
    return store.get_or_create_label(
        services(info).db,
        caller(info)["id"],
        representation_id=args["representation"],
        instance=args["instance"],
        name=args.get("name"),
    )


@mutation.field("createSizeFeature")
def resolve_create_size_feature(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    return store.create_size_feature(services(info).db, caller(info)["id"], label_id=args["label"], size=args["size"])


@label_type.field("features")
def resolve_label_features(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return store.list_size_features(services(info).db, {"label_id": obj["id"]})


@feature_type.field("label")
def resolve_feature_label(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return store.get_label(services(info).db, obj["label_id"]) if obj.get("label_id") is not None else None


BINDABLES = [query, mutation, roi_type, label_type, feature_type]

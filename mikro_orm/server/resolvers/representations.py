"""Representation: queries, mutations, and its nested fields."""

from __future__ import annotations

from typing import Any

from ariadne import MutationType, ObjectType, QueryType
from graphql import GraphQLResolveInfo

from ..datalayer import Datalayer, empty_array_info
from ..errors import PermissionDenied
from ..services import caller, services
from ..storage import deletion
from ..storage.representations import (
    create_representation,
    get_representation,
    list_representations,
    origins_of,
    random_representation,
    update_array_info,
)
from ..storage.rois import list_labels, list_rois
from ..storage.dataframes import list_tables
from ..storage.media import latest_thumbnail, thumbnails_of
from ..storage.metrics import list_metrics
from ..storage.samples import get_sample
from .common import bind_creator_and_tags, finish_deletion, publish_change

query = QueryType()
mutation = MutationType()
representation_type = ObjectType("Representation")
bind_creator_and_tags(representation_type, "representation")


@query.field("representations")
def resolve_representations(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_representations(services(info).db, args)


@query.field("myrepresentations")
def resolve_my_representations(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_representations(services(info).db, args, within={"creator_id": caller(info)["id"]})


@query.field("representation")
def resolve_representation(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    return get_representation(services(info).db, id)


@query.field("randomRepresentation")
def resolve_random_representation(_: Any, info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return random_representation(services(info).db)


def _create(info: GraphQLResolveInfo, array_info: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    row = create_representation(
        services(info).db,
        caller(info)["id"],
        array_info=array_info,
        name=args.get("name"),
        sample_id=args.get("sample"),
        origins=args.get("origins"),
        tags=args.get("tags"),
        variety=args.get("variety"),
        meta=args.get("meta"),
        omero=args.get("omero"),
    )
    # 2022 servers announced a new representation twice: created, then
    # updated once its metadata had been read.
    publish_change(info, "representation", row, "create", "update")
    return row


@mutation.field("fromXArray")
def resolve_from_xarray(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    """Register an uploaded zarr store; shape/dims come from its metadata."""
    caller(info)
    store = Datalayer.check_path(args["xarray"], buckets=("zarr",))
    return _create(info, services(info).datalayer.read_array_info(store), args)


@mutation.field("createRepresentation")
def resolve_create_representation(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    """Like fromXArray, but the array is optional (``hasArray: false``)."""
    caller(info)
    array = args.get("array")
    if array is None:
        return _create(info, empty_array_info(None), args)
    store = Datalayer.check_path(array, buckets=("zarr",))
    return _create(info, services(info).datalayer.read_array_info(store), args)


@mutation.field("updateRepresentation")
def resolve_update_representation(_: Any, info: GraphQLResolveInfo, rep: str) -> dict[str, Any]:
    """Re-read the store's metadata (after the client rewrote the array)."""
    user = caller(info)
    svc = services(info)
    row = get_representation(svc.db, rep)
    if row["creator_id"] != user["id"]:
        raise PermissionDenied(f"you are not the creator of Representation {row['id']}.")
    array_info = svc.datalayer.read_array_info(row["store"]) if row["store"] else empty_array_info(None)
    row = update_array_info(svc.db, row["id"], array_info)
    publish_change(info, "representation", row, "update")
    return row


@mutation.field("deleteRepresentation")
def resolve_delete_representation(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, str]:
    """Delete a representation, its dependants and its store."""
    deleted = deletion.delete_representation(services(info).db, id, caller(info)["id"])
    finish_deletion(info, deleted)
    return {"id": str(deleted.rows["representation"][0]["id"])}


@representation_type.field("sample")
def resolve_representation_sample(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return get_sample(services(info).db, obj["sample_id"]) if obj.get("sample_id") is not None else None


@representation_type.field("origins")
def resolve_origins(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return origins_of(services(info).db, obj["id"])


@representation_type.field("derived")
def resolve_derived(obj: dict[str, Any], info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_representations(services(info).db, args, within={"derived_from": obj["id"]})


@representation_type.field("metrics")
def resolve_representation_metrics(obj: dict[str, Any], info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_metrics(services(info).db, args, within={"rep_id": obj["id"]})


@representation_type.field("tables")
def resolve_representation_tables(obj: dict[str, Any], info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return list_tables(services(info).db, args, within={"representation_id": obj["id"]})


@representation_type.field("thumbnails")
def resolve_thumbnails(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return thumbnails_of(services(info).db, obj["id"])


@representation_type.field("latestThumbnail")
def resolve_latest_thumbnail(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    return latest_thumbnail(services(info).db, obj["id"])


@representation_type.field("rois")
def resolve_representation_rois(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_rois(services(info).db, {}, within={"representation_id": obj["id"]})


@representation_type.field("labels")
def resolve_representation_labels(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_labels(services(info).db, {}, within={"representation_id": obj["id"]})


BINDABLES = [query, mutation, representation_type]

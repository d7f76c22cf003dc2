"""User: the Django user of a 2022 server, filled from our user rows.

Fields our server does not keep get the values a fresh Django user had:
an empty (unusable) password, no last login, no roles.
"""

from __future__ import annotations

from typing import Any

from ariadne import ObjectType
from graphql import GraphQLResolveInfo

from ..services import services
from ..storage.rois import list_labels, list_rois, list_size_features
from ..storage.dataframes import list_tables
from ..storage.experiments import list_experiments
from ..storage.media import list_omero_files
from ..storage.metrics import list_metrics
from ..storage.representations import list_representations
from ..storage.samples import list_samples

user_type = ObjectType("User")


@user_type.field("password")
def resolve_password(*_: Any) -> str:
    # Never a hash: tokens are the only credentials, and they stay secret.
    return ""


@user_type.field("lastLogin")
def resolve_last_login(*_: Any) -> None:
    return None


@user_type.field("roles")
def resolve_roles(*_: Any) -> list[str]:
    return []


@user_type.field("experimentSet")
def resolve_experiment_set(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_experiments(services(info).db, {}, within={"creator_id": obj["id"]})


@user_type.field("sampleSet")
def resolve_sample_set(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_samples(services(info).db, {}, within={"creator_id": obj["id"]})


@user_type.field("representationSet")
def resolve_representation_set(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_representations(services(info).db, {}, within={"creator_id": obj["id"]})


def _owned_by(lister):
    def resolve(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
        return lister(services(info).db, {}, within={"creator_id": obj["id"]})

    return resolve


user_type.set_field("omerofileSet", _owned_by(list_omero_files))
user_type.set_field("metricSet", _owned_by(list_metrics))
user_type.set_field("roiSet", _owned_by(list_rois))
user_type.set_field("labelSet", _owned_by(list_labels))
user_type.set_field("tableSet", _owned_by(list_tables))


@user_type.field("sizefeatureSet")
def resolve_size_feature_set(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return list_size_features(services(info).db, {"creator_id": obj["id"]})


BINDABLES = [user_type]

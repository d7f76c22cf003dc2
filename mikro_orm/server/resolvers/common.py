"""Helpers shared by the resolver modules."""

from __future__ import annotations

import logging
from collections.abc import Hashable
from typing import Any

from ariadne import ObjectType
from graphql import GraphQLResolveInfo

from ..services import Services, services
from ..storage.deletion import Deleted
from ..storage.tags import tags_for
from ..storage.users import get_user

logger = logging.getLogger("mikro_orm.server")

#: Subscription channel family per model (``("samples", user_id)``).
CHANNELS = {"experiment": "experiments", "sample": "samples", "representation": "representations", "table": "tables"}


def publish(info: GraphQLResolveInfo, channel: Hashable, event: dict[str, Any]) -> None:
    """Send one subscription event."""
    services(info).events.publish(channel, event)


def publish_change(info: GraphQLResolveInfo, model: str, row: dict[str, Any], *kinds: str) -> None:
    """Emit ``create``/``update`` events for ``row`` to its creator's
    ``my*`` subscription (``kinds`` in order, e.g. create then update)."""
    channel = (CHANNELS[model], row.get("creator_id"))
    for kind in kinds:
        publish(info, channel, {kind: row})


def finish_deletion(info: GraphQLResolveInfo, deleted: Deleted) -> None:
    """After a committed delete: remove the datalayer paths and emit the
    ``deleted`` (ROIs: ``delete``) events, including cascaded objects."""
    svc: Services = services(info)
    for path in deleted.paths:
        try:
            svc.datalayer.remove(path)
        except Exception:  # The rows are gone; a leftover file is only logged.
            logger.exception("could not remove %s from the datalayer", path)
    for model, rows in deleted.rows.items():
        for row in rows:
            if model in CHANNELS:
                svc.events.publish((CHANNELS[model], row.get("creator_id")), {"deleted": str(row["id"])})
            elif model == "roi":
                svc.events.publish(("rois", row.get("representation_id"), row.get("creator_id")), {"delete": str(row["id"])})


def bind_creator_and_tags(object_type: ObjectType, model: str | None) -> None:
    """Give a type its ``creator`` (a User) and, if tagged, ``tags`` fields."""

    def resolve_creator(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
        return get_user(services(info).db, obj.get("creator_id"))

    object_type.set_field("creator", resolve_creator)
    if model is not None:

        def resolve_tags(obj: dict[str, Any], info: GraphQLResolveInfo) -> list[str]:
            return tags_for(services(info).db, model, obj["id"])

        object_type.set_field("tags", resolve_tags)

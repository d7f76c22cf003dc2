"""Subscriptions: the ``my*`` event streams and ``rois(representation)``.

Each source listens on a broadcaster channel that includes the caller's
user id, so a user only ever sees events about their own objects (ROI
events: ROIs they created on that representation). The event dicts are
published by the mutations (``{"create": row}``, ``{"update": row}``,
``{"deleted": "<id>"}``, ROIs ``{"delete": "<id>"}``) and are returned as
the event object as they are.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from ariadne import SubscriptionType
from graphql import GraphQLResolveInfo

from ..services import caller, services
from ..storage.representations import get_representation

subscription = SubscriptionType()


def _stream(family: str):
    async def source(_: Any, info: GraphQLResolveInfo) -> AsyncIterator[dict[str, Any]]:
        channel = (family, caller(info)["id"])
        async for event in services(info).events.listen(channel):
            yield event

    return source


def _event(event: dict[str, Any], _info: GraphQLResolveInfo, **_args: Any) -> dict[str, Any]:
    return event


for field_name, family in (
    ("myRepresentations", "representations"),
    ("myExperiments", "experiments"),
    ("mySamples", "samples"),
    ("myTables", "tables"),
):
    subscription.set_source(field_name, _stream(family))
    subscription.set_field(field_name, _event)


@subscription.source("rois")
async def rois_source(_: Any, info: GraphQLResolveInfo, representation: str) -> AsyncIterator[dict[str, Any]]:
    """ROI create/delete events on one (existing) representation."""
    user = caller(info)
    rep = get_representation(services(info).db, representation)
    async for event in services(info).events.listen(("rois", rep["id"], user["id"])):
        yield event


subscription.set_field("rois", _event)

BINDABLES = [subscription]

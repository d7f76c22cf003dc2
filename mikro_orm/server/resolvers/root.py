"""Root fields that belong to no object family: hello, void, negotiate, tags."""

from __future__ import annotations

from typing import Any

from ariadne import MutationType, QueryType
from graphql import GraphQLResolveInfo

from ..services import services
from ..storage.tags import list_tags

query = QueryType()
mutation = MutationType()


@query.field("hello")
def resolve_hello(*_: Any) -> str:
    """The one field open to anyone: a liveness check."""
    return "Hello from the Mikro reference server"


@query.field("void")
def resolve_void(*_: Any) -> None:
    """A placeholder field of the 2022 schema; always null."""
    return None


@query.field("tags")
def resolve_tags(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    """Every tag in use (``name`` filter, ``limit``/``offset``)."""
    return list_tags(services(info).db, args)


@mutation.field("negotiate")
def resolve_negotiate(_: Any, info: GraphQLResolveInfo, **_args: Any) -> dict[str, Any]:
    """How to reach the datalayer: ``{"protocol": "file"|"s3", ...}``."""
    return dict(services(info).datalayer.negotiation)


BINDABLES = [query, mutation]

"""What every resolver needs, gathered in one object per app.

The app puts one :class:`Services` into each GraphQL context together with
the calling user; resolvers reach the database, the datalayer and the
broadcaster only through it (no module-level globals, so two servers in one
process stay independent).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphql import GraphQLResolveInfo

from .datalayer import Datalayer
from .errors import AuthenticationRequired
from .events import Broadcaster
from .storage.database import Database


@dataclass
class Services:
    """The database, the datalayer and the event broadcaster of one app."""

    db: Database
    datalayer: Datalayer
    events: Broadcaster


def services(info: GraphQLResolveInfo) -> Services:
    """The :class:`Services` of the app serving this request."""
    return info.context["services"]


def caller(info: GraphQLResolveInfo) -> dict[str, Any]:
    """The authenticated user row, or :class:`AuthenticationRequired`."""
    user = info.context.get("user")
    if user is None:
        raise AuthenticationRequired()
    return user

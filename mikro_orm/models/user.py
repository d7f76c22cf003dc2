"""User: the creator of objects.

The schema has no root field for users, so they are always selected inline
(``creator { id email ... }``). Left out on purpose: ``password`` (a client
has no business fetching password hashes) and the ``*Set`` lists (with no
way to address a user, they cannot be loaded on their own; filter the
objects instead, e.g. ``Sample.objects.filter(creator=user.id)``).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from mikro_orm.models.base import Model, model

__all__ = ["User"]


@model("User", get_field=None, list_field=None, create_field=None, delete_field=None)
class User(Model):
    """A user of the Mikro server (the ``creator`` of objects)."""

    email: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    color: str | None = None
    roles: Any = None
    is_active: bool | None = None
    is_staff: bool | None = None
    is_superuser: bool | None = None
    date_joined: dt.datetime | None = None
    last_login: dt.datetime | None = None

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email!r}>"

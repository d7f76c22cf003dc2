"""User: the creator of objects. The schema has no root field for users, so
they are always selected inline (``creator { id email ... }``)."""
from __future__ import annotations

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

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email!r}>"

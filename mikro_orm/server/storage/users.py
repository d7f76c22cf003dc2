"""Users and their tokens.

A token belongs to one user; a user may hold several tokens. The default
user (``admin@mikro.local``) is who ``mikro-orm serve --token`` speaks for.
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import func, insert, select

from .database import Database, utcnow
from .querying import fetch_one
from .tables import token, user

DEFAULT_EMAIL = "admin@mikro.local"

# A fixed palette so each user gets a stable colour (User.color), which
# 2022 clients used to draw ROIs per user.
_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def ensure_user(db: Database, email: str) -> dict[str, Any]:
    """The user with ``email``, created with sensible defaults if missing."""
    with db.transaction() as connection:
        row = connection.execute(select(user).where(user.c.email == email)).mappings().first()
        if row is not None:
            return dict(row)
        existing_users = connection.execute(select(func.count()).select_from(user)).scalar_one()
        values = {
            "email": email,
            "username": email.split("@", 1)[0] or email,
            "first_name": "",
            "last_name": "",
            "is_superuser": False,
            "is_staff": False,
            "is_active": True,
            "date_joined": utcnow(),
            "color": _COLORS[existing_users % len(_COLORS)],
        }
        new_id = connection.execute(insert(user).values(**values)).inserted_primary_key[0]
        return fetch_one(connection, user, new_id, "User")


def register_token(db: Database, user_id: int, value: str) -> None:
    """Make ``value`` a token of ``user_id`` (moving it if another user had it)."""
    with db.transaction() as connection:
        owner = connection.execute(select(token.c.user_id).where(token.c.token == value)).scalar()
        if owner == user_id:
            return
        if owner is not None:
            connection.execute(token.update().where(token.c.token == value).values(user_id=user_id))
        else:
            connection.execute(insert(token).values(token=value, user_id=user_id))


def first_token(db: Database, user_id: int) -> str | None:
    """A token of ``user_id`` (the oldest registered), or None."""
    with db.reading() as connection:
        statement = select(token.c.token).where(token.c.user_id == user_id).limit(1)
        return connection.execute(statement).scalar()


def default_token(db: Database, wanted: str | None = None) -> str:
    """The default user's token: ``wanted`` if given (registered now), else
    the one already stored, else a new random one (stored)."""
    admin = ensure_user(db, DEFAULT_EMAIL)
    if wanted:
        register_token(db, admin["id"], wanted)
        return wanted
    existing = first_token(db, admin["id"])
    if existing:
        return existing
    generated = secrets.token_urlsafe(32)
    register_token(db, admin["id"], generated)
    return generated


def user_for_token(db: Database, value: str) -> dict[str, Any] | None:
    """The user holding ``value``, or None for an unknown token."""
    with db.reading() as connection:
        statement = select(user).join(token, token.c.user_id == user.c.id).where(token.c.token == value)
        row = connection.execute(statement).mappings().first()
        return dict(row) if row is not None else None


def get_user(db: Database, user_id: int | None) -> dict[str, Any] | None:
    """The user row for a ``creator_id`` (None stays None)."""
    if user_id is None:
        return None
    with db.reading() as connection:
        row = connection.execute(select(user).where(user.c.id == user_id)).mappings().first()
        return dict(row) if row is not None else None

"""The database tables (SQLAlchemy Core), one per Mikro model.

Column names are the snake_case names of the GraphQL fields, so a row
mapping can be handed to the resolvers as it is (the schema is bound with
``convert_names_case``). Tables use ``sqlite_autoincrement`` so that ids are
never reused after a delete, as Django's SQLite backend did: clients hold
ids, and a recycled id would silently point at another object.

Relations carry ``ON DELETE`` rules as a safety net; the storage modules
still delete dependants explicitly, because deleting a representation also
removes its store from the datalayer and emits events.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

_AUTOINCREMENT = {"sqlite_autoincrement": True}


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _creator() -> Column:
    return Column("creator_id", Integer, ForeignKey("user.id"), nullable=True, index=True)


def _created_at() -> Column:
    # Stored as naive UTC: SQLite keeps no zone; the DateTime scalar adds it.
    return Column("created_at", DateTime, nullable=False, index=True)


user = Table(
    "user",
    metadata,
    _id(),
    Column("email", String(254), nullable=False, unique=True),
    Column("username", String(150), nullable=False),
    Column("first_name", String(150), nullable=False, default=""),
    Column("last_name", String(150), nullable=False, default=""),
    Column("is_superuser", Boolean, nullable=False, default=False),
    Column("is_staff", Boolean, nullable=False, default=False),
    Column("is_active", Boolean, nullable=False, default=True),
    Column("date_joined", DateTime, nullable=False),
    Column("color", String(16), nullable=True),
    **_AUTOINCREMENT,
)

token = Table(
    "token",
    metadata,
    Column("token", String(200), primary_key=True),
    Column("user_id", Integer, ForeignKey("user.id", ondelete="CASCADE"), nullable=False, index=True),
)

tag = Table(
    "tag",
    metadata,
    _id(),
    Column("name", String(100), nullable=False, unique=True),
    Column("slug", String(100), nullable=False),
    **_AUTOINCREMENT,
)

# One table links tags to objects of every kind (model name + object id),
# which keeps "tags matches any" a single portable subquery.
tagged = Table(
    "tagged",
    metadata,
    Column("model", String(32), primary_key=True),
    Column("object_id", Integer, primary_key=True),
    Column("tag_id", Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)

experiment = Table(
    "experiment",
    metadata,
    _id(),
    Column("name", String(1000), nullable=False),
    Column("description", Text, nullable=True),
    Column("description_long", Text, nullable=True),
    Column("linked_paper", String(1000), nullable=True),
    Column("image", String(1000), nullable=True),
    Column("meta", JSON, nullable=True),
    _created_at(),
    _creator(),
    **_AUTOINCREMENT,
)

sample = Table(
    "sample",
    metadata,
    _id(),
    Column("name", String(1000), nullable=False),
    Column("meta", JSON, nullable=True),
    Column("nodeid", String(400), nullable=True),
    _created_at(),
    _creator(),
    **_AUTOINCREMENT,
)

sample_experiment = Table(
    "sample_experiment",
    metadata,
    Column("sample_id", Integer, ForeignKey("sample.id", ondelete="CASCADE"), primary_key=True),
    Column("experiment_id", Integer, ForeignKey("experiment.id", ondelete="CASCADE"), primary_key=True),
)

representation = Table(
    "representation",
    metadata,
    _id(),
    Column("name", String(1000), nullable=True),
    Column("store", String(1000), nullable=True),
    Column("shape", JSON, nullable=True),
    Column("dims", JSON, nullable=True),
    Column("has_array", Boolean, nullable=False, default=False),
    Column("unique", String(36), nullable=False, unique=True),
    Column("fileversion", String(100), nullable=False, default="0.1"),
    Column("meta", JSON, nullable=True),
    Column("omero", JSON, nullable=True),
    Column("sample_id", Integer, ForeignKey("sample.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("type", String(400), nullable=True),
    Column("variety", String(16), nullable=False, default="VOXEL"),
    Column("chain", String(9000), nullable=True),
    Column("nodeid", String(400), nullable=True),
    _created_at(),
    _creator(),
    **_AUTOINCREMENT,
)

representation_origin = Table(
    "representation_origin",
    metadata,
    Column("representation_id", Integer, ForeignKey("representation.id", ondelete="CASCADE"), primary_key=True),
    Column("origin_id", Integer, ForeignKey("representation.id", ondelete="CASCADE"), primary_key=True),
)

metric = Table(
    "metric",
    metadata,
    _id(),
    Column("rep_id", Integer, ForeignKey("representation.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("sample_id", Integer, ForeignKey("sample.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("experiment_id", Integer, ForeignKey("experiment.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("key", String(1000), nullable=False),
    Column("value", JSON, nullable=True),
    _created_at(),
    _creator(),
    **_AUTOINCREMENT,
)

thumbnail = Table(
    "thumbnail",
    metadata,
    _id(),
    Column("representation_id", Integer, ForeignKey("representation.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("image", String(1000), nullable=True),
    _created_at(),
    **_AUTOINCREMENT,
)

roi = Table(
    "roi",
    metadata,
    _id(),
    Column("nodeid", String(400), nullable=True),
    _creator(),
    Column("vectors", JSON, nullable=False),
    Column("type", String(16), nullable=False),
    Column("color", String(100), nullable=True),
    Column("signature", String(300), nullable=True),
    Column("meta", JSON, nullable=True),
    _created_at(),
    Column("representation_id", Integer, ForeignKey("representation.id", ondelete="CASCADE"), nullable=True, index=True),
    **_AUTOINCREMENT,
)

label = Table(
    "label",
    metadata,
    _id(),
    Column("instance", Integer, nullable=False),
    Column("name", String(1000), nullable=True),
    _created_at(),
    _creator(),
    Column("representation_id", Integer, ForeignKey("representation.id", ondelete="CASCADE"), nullable=True, index=True),
    **_AUTOINCREMENT,
)

size_feature = Table(
    "size_feature",
    metadata,
    _id(),
    _creator(),
    Column("label_id", Integer, ForeignKey("label.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("size", Float, nullable=False),
    _created_at(),
    **_AUTOINCREMENT,
)

table = Table(
    "table",
    metadata,
    _id(),
    Column("representation_id", Integer, ForeignKey("representation.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("sample_id", Integer, ForeignKey("sample.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("experiment_id", Integer, ForeignKey("experiment.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("name", String(1000), nullable=False),
    Column("store", String(1000), nullable=True),
    Column("columns", JSON, nullable=True),
    _created_at(),
    _creator(),
    **_AUTOINCREMENT,
)

omero_file = Table(
    "omero_file",
    metadata,
    _id(),
    Column("type", String(16), nullable=False),
    Column("file", String(1000), nullable=True),
    Column("name", String(1000), nullable=False),
    Column("thumbnail", String(1000), nullable=True),
    _created_at(),
    _creator(),
    **_AUTOINCREMENT,
)

__all__ = [
    "experiment",
    "label",
    "metadata",
    "metric",
    "omero_file",
    "representation",
    "representation_origin",
    "roi",
    "sample",
    "sample_experiment",
    "size_feature",
    "table",
    "tag",
    "tagged",
    "thumbnail",
    "token",
    "user",
]


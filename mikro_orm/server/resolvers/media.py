"""Thumbnail and OmeroFile: uploads through the GraphQL multipart spec.

Files go to the datalayer's ``media`` bucket under a fresh uuid folder (so
two uploads with the same name never collide) and are served back at
``/media/...`` to authenticated callers.
"""

from __future__ import annotations

import posixpath
import re
import uuid
from typing import Any

from ariadne import MutationType, ObjectType, QueryType
from graphql import GraphQLResolveInfo

from ..errors import BadArgument
from ..services import Services, caller, services
from ..storage import deletion
from ..storage import media as store
from ..storage.representations import get_representation
from .common import bind_creator_and_tags, finish_deletion, publish_change

query = QueryType()
mutation = MutationType()
thumbnail_type = ObjectType("Thumbnail")
omero_file_type = ObjectType("OmeroFile")
bind_creator_and_tags(omero_file_type, None)

#: OmeroFile.type by file extension, as the 2022 server decided it.
OMERO_TYPES = {"tif": "TIFF", "tiff": "TIFF", "jpg": "JPEG", "jpeg": "JPEG", "msr": "MSR", "czi": "CZI"}


def omero_type(filename: str) -> str:
    """``TIFF``, ``JPEG``, ``MSR``, ``CZI`` or ``UNKNOWN`` from the extension."""
    extension = posixpath.splitext(filename.lower())[1].lstrip(".")
    return OMERO_TYPES.get(extension, "UNKNOWN")


def _safe_name(filename: str | None) -> str:
    base = posixpath.basename((filename or "").replace("\\", "/"))
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")
    return cleaned or "upload"


def _read_upload(value: Any) -> tuple[str, bytes]:
    """``(filename, content)`` of an uploaded file variable."""
    handle = getattr(value, "file", None)
    if handle is None or not hasattr(handle, "read"):
        raise BadArgument("The file must be sent as a multipart upload (GraphQL multipart request spec).")
    handle.seek(0)
    return _safe_name(getattr(value, "filename", None)), handle.read()


def _store_upload(svc: Services, folder: str, value: Any) -> tuple[str, str, str]:
    """Write an upload to ``media/<folder>/<uuid>/<name>``; returns
    ``(datalayer path, URL, file name)``."""
    name, content = _read_upload(value)
    path = f"media/{folder}/{uuid.uuid4()}/{name}"
    svc.datalayer.write_bytes(path, content)
    return path, f"/{path}", name


@query.field("thumbnail")
def resolve_thumbnail(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    return store.get_thumbnail(services(info).db, id)


@mutation.field("uploadThumbnail")
def resolve_upload_thumbnail(_: Any, info: GraphQLResolveInfo, file: Any, rep: str) -> dict[str, Any]:
    """Keep an image as the newest thumbnail of a representation."""
    caller(info)
    svc = services(info)
    store.check_representation(svc.db, rep)  # before writing anything
    path, url, _name = _store_upload(svc, "thumbnails", file)
    try:
        row = store.create_thumbnail(svc.db, rep, url)
    except Exception:
        svc.datalayer.remove(path)
        raise
    publish_change(info, "representation", get_representation(svc.db, row["representation_id"]), "update")
    return row


@thumbnail_type.field("representation")
def resolve_thumbnail_representation(obj: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any]:
    return get_representation(services(info).db, obj["representation_id"])


@query.field("omerofile")
def resolve_omero_file(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    return store.get_omero_file(services(info).db, id)


@query.field("omerofiles")
def resolve_omero_files(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return store.list_omero_files(services(info).db, args)


@query.field("myomerofiles")
def resolve_my_omero_files(_: Any, info: GraphQLResolveInfo, **args: Any) -> list[dict[str, Any]]:
    return store.list_omero_files(services(info).db, args, within={"creator_id": caller(info)["id"]})


@mutation.field("uploadOmeroFile")
def resolve_upload_omero_file(_: Any, info: GraphQLResolveInfo, file: Any) -> dict[str, Any]:
    """Keep a microscopy file; its type follows the extension."""
    user = caller(info)
    svc = services(info)
    path, url, name = _store_upload(svc, "omerofiles", file)
    try:
        return store.create_omero_file(svc.db, user["id"], name=name, file_url=url, type=omero_type(name))
    except Exception:
        svc.datalayer.remove(path)
        raise


@mutation.field("deleteOmeroFile")
def resolve_delete_omero_file(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, str]:
    """Delete the row and the file (the 2022 server left the row)."""
    deleted = deletion.delete_omero_file(services(info).db, id, caller(info)["id"])
    finish_deletion(info, deleted)
    return {"id": str(deleted.rows["omero_file"][0]["id"])}


BINDABLES = [query, mutation, thumbnail_type, omero_file_type]

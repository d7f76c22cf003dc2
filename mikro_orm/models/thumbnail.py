"""Thumbnail: a small image of a representation, served by the server."""
from __future__ import annotations

from typing import Any

import attrs

from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey
from mikro_orm.query.manager import Manager

__all__ = ["Thumbnail", "ThumbnailManager"]


class ThumbnailManager(Manager):
    """``Thumbnail.objects``: ``get`` by id, and ``create`` uploading an image."""

    def create(self, representation: Any = None, image: Any = None, **extra: Any) -> Thumbnail:  # type: ignore[override]
        """Upload ``image`` as a thumbnail of ``representation`` (multipart ``uploadThumbnail``).

        Parameters
        ----------
        representation
            The representation (or its id).
        image
            A PNG or JPEG file path, PNG/JPEG bytes, or a 2-D array (encoded as PNG).

        Examples
        --------
        >>> Thumbnail.objects.create(representation=rep, image=rep.data.max("z").squeeze().values)  # doctest: +SKIP
        """
        from mikro_orm import errors
        from mikro_orm.datalayer.images import image_bytes
        from mikro_orm.query import compiler
        from mikro_orm.query.queryset import mutation_arguments

        if extra:
            raise errors.InvalidArgument(next(iter(extra)), "representation= and image= only")
        if representation is None:
            raise errors.InvalidArgument("representation", "a Representation or its id")
        filename, data = image_bytes(image)
        client = self.get_queryset()._get_client()
        arguments = mutation_arguments("upload_thumbnail", {"rep": representation, "file": compiler.UPLOAD}, "Thumbnail")
        compiled = compiler.compile_mutation("upload_thumbnail", arguments, Thumbnail)
        data_out = client.execute_upload(compiled, {"file": (filename, data)})
        return client.structure(data_out, Thumbnail)  # type: ignore[return-value]


@model("Thumbnail", list_field=None, create_field="upload_thumbnail", delete_field=None, manager=ThumbnailManager)
class Thumbnail(Model):
    """A thumbnail image. ``image`` is the picture (bytes), ``image_url`` where the server serves it."""

    image_url: str | None = attrs.field(default=None, metadata={"graphql_field": "image"})

    representation = ForeignKey("Representation")

    @property
    def image(self) -> bytes:
        """The image's bytes, fetched from the server once per instance."""
        from mikro_orm import errors

        cached = self._state.cache.get("_image")
        if cached is None:
            if not self.image_url:
                raise errors.DataLayerError(f"Thumbnail {self.id} has no image")
            cached = self._client().download(self.image_url)
            self._state.cache["_image"] = cached
        return cached

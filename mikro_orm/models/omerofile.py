"""OmeroFile: an uploaded microscopy file (TIFF, JPEG, MSR, CZI)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from mikro_orm.enums import OmeroFileType
from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey
from mikro_orm.query.manager import Manager

__all__ = ["OmeroFile", "OmeroFileManager"]


class OmeroFileManager(Manager):
    """``OmeroFile.objects``: every QuerySet method, plus ``upload``."""

    def upload(self, path: str | os.PathLike[str]) -> OmeroFile:
        """Upload a microscopy file (multipart ``uploadOmeroFile``); its type follows the extension.

        Raises
        ------
        mikro_orm.errors.InvalidArgument
            ``path`` is not an existing file (nothing is sent).

        Examples
        --------
        >>> OmeroFile.objects.upload("cells.tif").type  # doctest: +SKIP
        <OmeroFileType.TIFF: 'TIFF'>
        """
        from mikro_orm import errors
        from mikro_orm.query import compiler

        file_path = Path(path) if isinstance(path, (str, os.PathLike)) else None
        if file_path is None or not file_path.is_file():
            raise errors.InvalidArgument("path", "the path of an existing file", got=None if file_path else path, detail=f"{path!r} is not a file")
        client = self.get_queryset()._get_client()
        compiled = compiler.compile_mutation("upload_omero_file", {"file": compiler.UPLOAD}, OmeroFile)
        with file_path.open("rb") as handle:
            data = client.execute_upload(compiled, {"file": (file_path.name, handle)})
        return client.structure(data, OmeroFile)  # type: ignore[return-value]


@model("OmeroFile", create_field="upload_omero_file", manager=OmeroFileManager)
class OmeroFile(Model):
    """An uploaded microscopy file; ``file`` is its URL on the server."""

    name: str | None = None
    type: OmeroFileType | None = None
    file: str | None = None
    thumbnail: str | None = None
    created_at: dt.datetime | None = None

    creator = ForeignKey("User", embed=True)

    def download(self, destination: str | os.PathLike[str]) -> Path:
        """Save the file to ``destination`` (a file path, or a folder to keep its name in).

        Examples
        --------
        >>> omerofile.download("/tmp")  # doctest: +SKIP
        PosixPath('/tmp/cells.tif')
        """
        from mikro_orm import errors

        if not self.file:
            raise errors.DataLayerError(f"OmeroFile {self.id} has no file")
        target = Path(destination)
        if target.is_dir():
            target = target / (self.name or Path(self.file).name)
        partial = target.with_name(target.name + ".part")
        try:
            with partial.open("wb") as handle:
                self._client().download(self.file, handle)
            partial.replace(target)  # a failed download leaves no half file behind
        finally:
            partial.unlink(missing_ok=True)
        return target

"""Representation: a labelled n-dimensional array of a sample, stored as zarr."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from mikro_orm.enums import RepresentationVariety
from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey, ToMany
from mikro_orm.query.manager import Manager

if TYPE_CHECKING:
    import xarray

__all__ = ["Representation", "RepresentationManager"]


class RepresentationManager(Manager):
    """``Representation.objects``: every QuerySet method, plus uploads."""

    def from_xarray(
        self,
        array: xarray.DataArray,
        name: str | None = None,
        *,
        sample: Any = None,
        tags: list[str] | None = None,
        origins: list[Any] | None = None,
        variety: RepresentationVariety | str | None = None,
        omero: dict[str, Any] | None = None,
        meta: dict[str, Any] | None = None,
        progress: bool | None = None,
    ) -> Representation:
        """Upload ``array`` to the datalayer, then register it as a Representation.

        The store is written as the wire contract says (zarr format 2,
        consolidated, variable ``data``, missing ``t``/``c``/``z`` added as
        length-1 dims) at ``zarr/<uuid4>``; then ``fromXArray`` registers it.
        If registering fails, the store is removed again.

        Parameters
        ----------
        array
            An ``xarray.DataArray`` with at least the dims ``x`` and ``y``.
        name, sample, tags, origins, variety, omero, meta
            As the ``fromXArray`` mutation takes them; models or ids for
            ``sample`` and ``origins``.
        progress
            Show a progress bar; by default only for large arrays in a
            terminal or notebook.

        Raises
        ------
        mikro_orm.errors.InvalidArgument
            ``array`` is not a labelled array with ``x`` and ``y`` (nothing is written).

        Examples
        --------
        >>> import numpy as np, xarray as xr  # doctest: +SKIP
        >>> image = xr.DataArray(np.zeros((10, 256, 256)), dims=("z", "y", "x"))  # doctest: +SKIP
        >>> rep = Representation.objects.from_xarray(image, name="raw", sample=sample)  # doctest: +SKIP
        >>> rep.data.max().compute()  # doctest: +SKIP
        """
        from mikro_orm.datalayer.arrays import prepare_array
        from mikro_orm.datalayer import upload
        from mikro_orm.query import compiler
        from mikro_orm.query.queryset import mutation_arguments

        prepared = prepare_array(array)
        client = self.get_queryset()._get_client()

        def register(store: str) -> Representation:
            values = {
                "xarray": store, "name": name, "sample": sample, "tags": tags, "origins": origins,
                "variety": variety, "omero": omero, "meta": meta,
            }
            arguments = mutation_arguments("from_xarray", values, "Representation")
            data = client.execute(compiler.compile_mutation("from_xarray", arguments, Representation))
            return client.structure(data, Representation)  # type: ignore[return-value]

        return upload.upload_then_register(client.datalayer, upload.store_name("zarr"), prepared, "array", register, progress=progress)


@model("Representation", create_field="create_representation", manager=RepresentationManager)
class Representation(Model):
    """A labelled n-dimensional array (an image, a mask, ...) of a sample.

    ``data`` opens the array lazily: nothing is read until a computation
    needs it, and then only the chunks it touches.

    Examples
    --------
    >>> rep = Representation.objects.get(id="1")  # doctest: +SKIP
    >>> rep.data.sel(c=0).max("z").compute()  # doctest: +SKIP
    """

    name: str | None = None
    store: str | None = None
    shape: list[int] | None = None
    dims: list[str] | None = None
    has_array: bool | None = None
    unique: uuid.UUID | None = None
    fileversion: str | None = None
    meta: Any = None
    omero: Any = None
    type: str | None = None
    variety: RepresentationVariety | None = None
    chain: str | None = None
    nodeid: str | None = None
    tags: list[str] | None = None
    created_at: dt.datetime | None = None

    sample = ForeignKey("Sample")
    creator = ForeignKey("User", embed=True)
    origins = ToMany("Representation")
    derived = ToMany("Representation")
    metrics = ToMany("Metric", reverse_filter="representation")
    rois = ToMany("ROI", reverse_filter="representation")
    labels = ToMany("Label", reverse_filter="representation")
    tables = ToMany("Table")
    thumbnails = ToMany("Thumbnail")
    latest_thumbnail = ForeignKey("Thumbnail")

    @property
    def data(self) -> xarray.DataArray:
        """The array, as a lazy dask-backed ``xarray.DataArray`` (opened once per instance)."""
        from mikro_orm import errors

        cached = self._state.cache.get("_data")
        if cached is None:
            if not self.store:
                raise errors.DataLayerError(f"Representation {self.id} has no array (store is empty)")
            from mikro_orm.datalayer.arrays import open_array

            cached = open_array(self._client().datalayer, self.store)
            self._state.cache["_data"] = cached
        return cached

    def download(self, progress: bool | None = None) -> xarray.DataArray:
        """Read the whole array into memory (with a progress bar for large arrays).

        Examples
        --------
        >>> in_memory = rep.download()  # doctest: +SKIP
        """
        from mikro_orm.datalayer.arrays import load_array

        return load_array(self.data, progress=progress)

    def _repr_html_(self) -> str:
        """A notebook card: the latest thumbnail (if any), name, shape and dims."""
        import base64
        import html

        from mikro_orm import errors

        image = ""
        try:
            thumbnail = self.latest_thumbnail
            if thumbnail is not None:
                encoded = base64.b64encode(thumbnail.image).decode("ascii")
                kind = "jpeg" if thumbnail.image.startswith(b"\xff\xd8") else "png"
                image = f'<img src="data:image/{kind};base64,{encoded}" style="max-width:160px;float:left;margin-right:8px"/>'
        except errors.MikroError:
            image = ""  # a card without a picture beats an exception in a notebook
        shape = " × ".join(f"{dim}={size}" for dim, size in zip(self.dims or [], self.shape or []))
        return (
            f"<div>{image}<b>{html.escape(self.name or '')}</b> (Representation {html.escape(self.id)})<br/>"
            f"{html.escape(shape) or 'no array'}<br/>{html.escape(str(self.variety.value if self.variety else ''))}"
            f"<div style='clear:both'></div></div>"
        )

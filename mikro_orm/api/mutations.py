"""The seed's mutation functions: create objects, upload arrays, tables and files.

Arrays and tables go to the datalayer first and are registered after, as
the ORM does it (:mod:`mikro_orm.datalayer.upload`): if registering fails,
what was written is removed again.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Sequence, Union

from mikro_orm import errors
from mikro_orm.api._common import (
    asyncify,
    check_enum,
    check_id,
    check_ids,
    check_int,
    check_mapping,
    check_number,
    check_str,
    check_strs,
    client_for,
    renamed,
)
from mikro_orm.api.types import DoubleUpload, InputVector
from mikro_orm.enums import RepresentationVarietyInput
from mikro_orm.models import ROI, Experiment, Label, Metric, OmeroFile, Representation, Sample, SizeFeature, Table, Thumbnail
from mikro_orm.query import compiler
from mikro_orm.query.queryset import mutation_arguments

if TYPE_CHECKING:
    import numpy
    import pandas
    import xarray

    from mikro_orm.client import Client
    from mikro_orm.enums import ROIType, RoiTypeInput

__all__ = [
    "acreate_experiment",
    "acreate_label",
    "acreate_metric",
    "acreate_roi",
    "acreate_sample",
    "acreate_size_feature",
    "acreate_thumbnail",
    "adouble_upload",
    "afrom_df",
    "afrom_xarray",
    "anegotiate",
    "aupload_bioimage",
    "create_experiment",
    "create_label",
    "create_metric",
    "create_roi",
    "create_sample",
    "create_size_feature",
    "create_thumbnail",
    "double_upload",
    "from_df",
    "from_xarray",
    "negotiate",
    "upload_bioimage",
]

FileInput = Union[str, "os.PathLike[str]", bytes, BinaryIO]
FILE_EXPECTED = "a file path, bytes, or a binary file object"


def _file_part(file: Any, argument: str, default_name: str) -> tuple[str, bytes]:
    """``(filename, bytes)`` of a file given as a path, bytes or a binary file object."""
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        if not path.is_file():
            raise errors.InvalidArgument(argument, FILE_EXPECTED, detail=f"no file at {path}")
        return path.name, path.read_bytes()
    if isinstance(file, (bytes, bytearray, memoryview)):
        return default_name, bytes(file)
    read = getattr(file, "read", None)
    if read is None:
        raise errors.InvalidArgument(argument, FILE_EXPECTED, got=file)
    data = read()
    if not isinstance(data, (bytes, bytearray)):
        raise errors.InvalidArgument(argument, FILE_EXPECTED, detail="the file object is not opened in binary mode ('rb')")
    name = Path(str(getattr(file, "name", "") or "")).name
    return (name or default_name), bytes(data)


# -- the datalayer -------------------------------------------------------------------
def negotiate(rath: Client | None = None) -> dict[str, Any]:
    """Ask the server how to reach its datalayer.

    Parameters
    ----------
    rath
        The client to use; default: the current one.

    Returns
    -------
    dict
        E.g. ``{"protocol": "s3", "path": "host:9000", "params": {...}}`` or
        ``{"protocol": "file", "path": "/data/datalayer"}``.

    Examples
    --------
    >>> negotiate()["protocol"]  # doctest: +SKIP
    'file'
    """
    return client_for(rath).negotiate()


def from_xarray(
    xarray: xarray.DataArray | str,
    name: str | None = None,
    variety: RepresentationVarietyInput | str | None = None,
    origins: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
    sample: str | None = None,
    omero: dict[str, Any] | None = None,
    rath: Client | None = None,
) -> Representation:
    """Upload an array and register it as a representation (``fromXArray``).

    Parameters
    ----------
    xarray
        An ``xarray.DataArray`` with the dims ``x`` and ``y`` (written to
        the datalayer first), or the path of a store already written there
        (``"zarr/<uuid>"``), which is registered as it is.
    name
        The representation's name (the server generates one if None).
    variety
        What the values mean: ``RepresentationVarietyInput`` or its name.
    origins
        Ids (or Representations) it was derived from.
    tags
        Tags to attach.
    sample
        The sample's id (or a Sample).
    omero
        Omero metadata (``OmeroRepresentationInput`` as a dict).
    rath
        The client to use; default: the current one.

    Returns
    -------
    Representation
        With ``store``, ``shape`` and ``dims`` read by the server.

    Raises
    ------
    mikro_orm.errors.InvalidArgument
        A bad argument; nothing is written.

    Examples
    --------
    >>> import numpy as np, xarray as xr  # doctest: +SKIP
    >>> rep = from_xarray(xr.DataArray(np.zeros((8, 8)), dims=("y", "x")), name="zeros")  # doctest: +SKIP
    >>> rep.data.shape  # doctest: +SKIP
    (1, 1, 1, 8, 8)
    """
    values = _representation_values(name, origins, tags, sample, omero)
    values["variety"] = check_enum(variety, RepresentationVarietyInput, "variety")
    client = client_for(rath)
    if isinstance(xarray, str):
        if not xarray.strip():
            raise errors.InvalidArgument("xarray", "an xarray.DataArray or a store path", detail="got an empty string")
        arguments = mutation_arguments("from_xarray", {"xarray": xarray, **values}, "Representation")
        data = client.execute(compiler.compile_mutation("from_xarray", arguments, Representation))
        return client.structure(data, Representation)  # type: ignore[return-value]
    prepared = _prepared_array(xarray)
    with client.use():
        return Representation.objects.from_xarray(prepared, **values)  # type: ignore[no-any-return]


def _representation_values(name: Any, origins: Any, tags: Any, sample: Any, omero: Any) -> dict[str, Any]:
    return {
        "name": check_str(name, "name"),
        "origins": check_ids(origins, "origins"),
        "tags": check_strs(tags, "tags"),
        "sample": check_id(sample, "sample", required=False),
        "omero": check_mapping(omero, "omero"),
    }


def _prepared_array(array: Any) -> xarray.DataArray:
    from mikro_orm.datalayer.arrays import prepare_array

    try:
        return prepare_array(array)
    except errors.InvalidArgument as exc:
        raise renamed(exc, "xarray") from None


def double_upload(
    xarray: xarray.DataArray,
    name: str | None = None,
    origins: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
    sample: str | None = None,
    omero: dict[str, Any] | None = None,
    rath: Client | None = None,
) -> DoubleUpload:
    """Upload an array twice and register both copies in one request.

    Two stores are written, then ONE mutation with two aliased
    ``fromXArray`` fields (``x:`` and ``y:``) registers them. If that
    request fails, both stores are removed.

    Parameters
    ----------
    xarray
        An ``xarray.DataArray`` with the dims ``x`` and ``y``.
    name, origins, tags, sample, omero
        As for :func:`from_xarray`, the same for both.
    rath
        The client to use; default: the current one.

    Returns
    -------
    DoubleUpload
        ``.x`` and ``.y``, the two representations (unpacks as a pair).

    Examples
    --------
    >>> x, y = double_upload(image, name="twice")  # doctest: +SKIP
    >>> x.store != y.store  # doctest: +SKIP
    True
    """
    from mikro_orm.datalayer import upload

    values = _representation_values(name, origins, tags, sample, omero)
    prepared = _prepared_array(xarray)
    client = client_for(rath)
    selection = compiler.model_selection(Representation)

    def register(x_store: str, y_store: str) -> DoubleUpload:
        fields = [
            ("from_xarray", alias, mutation_arguments("from_xarray", {"xarray": store, **values}, "Representation"), selection)
            for alias, store in (("x", x_store), ("y", y_store))
        ]
        data = client.execute(compiler.compile_root_fields("mutation", "DoubleUpload", fields))
        return DoubleUpload(
            x=client.structure(data["x"], Representation),  # type: ignore[arg-type]
            y=client.structure(data["y"], Representation),  # type: ignore[arg-type]
        )

    layer = client.datalayer

    # Nested: the second store is written inside the first one's guard, so a
    # failure anywhere (second write, the request) removes both.
    def write_second(x_store: str) -> DoubleUpload:
        return upload.upload_then_register(layer, upload.store_name("zarr"), prepared, "array", lambda y_store: register(x_store, y_store))

    return upload.upload_then_register(layer, upload.store_name("zarr"), prepared, "array", write_second)


def from_df(df: pandas.DataFrame, rath: Client | None = None) -> Table:
    """Upload a DataFrame as parquet and register it as a table (``fromDf``).

    Parameters
    ----------
    df
        A ``pandas.DataFrame`` with string column names.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Table
        ``.data`` reads it back as a DataFrame.

    Raises
    ------
    mikro_orm.errors.InvalidArgument
        ``df`` is not such a DataFrame; nothing is written.

    Examples
    --------
    >>> import pandas as pd  # doctest: +SKIP
    >>> from_df(pd.DataFrame({"area": [1.5, 2.0]})).data["area"].sum()  # doctest: +SKIP
    3.5
    """
    client = client_for(rath)
    with client.use():
        return Table.objects.from_df(df)  # type: ignore[no-any-return]


# -- files ------------------------------------------------------------------------------
def upload_bioimage(file: FileInput, rath: Client | None = None) -> OmeroFile:
    """Upload a microscopy file (multipart ``uploadOmeroFile``).

    Parameters
    ----------
    file
        A file path, the file's bytes, or a binary file object. The server
        takes the type from the file name's extension (tif, jpg, msr, czi),
        so bytes without a name are stored as ``UNKNOWN``.
    rath
        The client to use; default: the current one.

    Returns
    -------
    OmeroFile

    Examples
    --------
    >>> upload_bioimage("cells.tif").type  # doctest: +SKIP
    <OmeroFileType.TIFF: 'TIFF'>
    """
    filename, data = _file_part(file, "file", "upload")
    client = client_for(rath)
    compiled = compiler.compile_mutation("upload_omero_file", {"file": compiler.UPLOAD}, OmeroFile, name="UploadBioimage")
    answer = client.execute_upload(compiled, {"file": (filename, data)})
    return client.structure(answer, OmeroFile)  # type: ignore[return-value]


def create_thumbnail(rep: str, file: FileInput, rath: Client | None = None) -> Thumbnail:
    """Upload a PNG or JPEG as a thumbnail of a representation (multipart ``uploadThumbnail``).

    Parameters
    ----------
    rep
        The representation's id (or a Representation).
    file
        A PNG/JPEG file path, its bytes, a binary file object, or a 2-D
        array (encoded as a grayscale PNG).
    rath
        The client to use; default: the current one.

    Returns
    -------
    Thumbnail
        ``.image`` gives the bytes back.

    Examples
    --------
    >>> create_thumbnail("1", "preview.png").image_url  # doctest: +SKIP
    '/media/thumbnails/...png'
    """
    representation = check_id(rep, "rep")
    # A path goes as it is (its file name travels along), a 2-D array is
    # encoded as PNG by the ORM; bytes and file objects go as bytes.
    passed_through = isinstance(file, (str, os.PathLike)) or hasattr(file, "shape")
    image = file if passed_through else _file_part(file, "file", "thumbnail")[1]
    client = client_for(rath)
    try:
        with client.use():
            return Thumbnail.objects.create(representation=representation, image=image)  # type: ignore[no-any-return]
    except errors.InvalidArgument as exc:
        raise renamed(exc, {"image": "file", "representation": "rep"}.get(exc.argument, exc.argument)) from None


# -- objects ----------------------------------------------------------------------------
def create_size_feature(label: str, size: float, creator: str | None = None, rath: Client | None = None) -> SizeFeature:
    """Record the size of a label (``createSizeFeature``).

    Parameters
    ----------
    label
        The label's id (or a Label).
    size
        The measured size.
    creator
        A user's id (honoured for backend apps only).
    rath
        The client to use; default: the current one.

    Returns
    -------
    SizeFeature
        ``.label.representation`` leads back to the mask.

    Examples
    --------
    >>> create_size_feature(label, 42.0).size  # doctest: +SKIP
    42.0
    """
    fields = {
        "label": check_id(label, "label"),
        "size": check_number(size, "size"),
        "creator": check_id(creator, "creator", required=False),
    }
    return SizeFeature.objects.using(client_for(rath)).create(**fields)  # type: ignore[no-any-return]


def create_label(
    instance: int, representation: str, creator: str | None, name: str | None = None, rath: Client | None = None
) -> Label:
    """Name an instance (a value) of a mask representation (``createLabel``).

    Parameters
    ----------
    instance
        The value in the mask.
    representation
        The mask's id (or a Representation).
    creator
        A user's id (honoured for backend apps only); may be None.
    name
        The label's name.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Label

    Examples
    --------
    >>> create_label(3, mask, None, name="nucleus 3").instance  # doctest: +SKIP
    3
    """
    fields = {
        "instance": check_int(instance, "instance"),
        "representation": check_id(representation, "representation"),
        "creator": check_id(creator, "creator", required=False),
        "name": check_str(name, "name"),
    }
    return Label.objects.using(client_for(rath)).create(**fields)  # type: ignore[no-any-return]


def create_metric(
    key: str,
    value: Any,
    rep: str | None = None,
    sample: str | None = None,
    experiment: str | None = None,
    rath: Client | None = None,
) -> Metric:
    """Attach a measurement to a representation, sample or experiment (``createMetric``).

    Parameters
    ----------
    key
        The metric's name.
    value
        Any JSON value (a number, a string, a dict, ...).
    rep, sample, experiment
        What it measures: an id or a model instance.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Metric

    Examples
    --------
    >>> create_metric("snr", 12.5, rep=rep).value  # doctest: +SKIP
    12.5
    """
    if value is None:
        raise errors.InvalidArgument("value", "a JSON value (number, string, list or dict)", detail="got None")
    fields = {
        "key": check_str(key, "key", required=True),
        "value": value,
        "rep": check_id(rep, "rep", required=False),
        "sample": check_id(sample, "sample", required=False),
        "experiment": check_id(experiment, "experiment", required=False),
    }
    return Metric.objects.using(client_for(rath)).create(**fields)  # type: ignore[no-any-return]


def create_roi(
    representation: str,
    vectors: Sequence[InputVector] | numpy.ndarray,
    type: RoiTypeInput | ROIType | str,
    creator: str | None = None,
    rath: Client | None = None,
) -> ROI:
    """Draw an ROI on a representation (``createROI``).

    ``type`` is required, as the server's schema has it (``RoiTypeInput!``;
    the 2022 client declared it nullable, which the server refused).

    Parameters
    ----------
    representation
        The representation's id (or a Representation).
    vectors
        :class:`InputVector` s, ``(x, y[, z])`` tuples, or an ``(n, 2)`` /
        ``(n, 3)`` array.
    type
        A ``RoiTypeInput`` or ``ROIType`` member, or its name.
    creator
        A user's id (honoured for backend apps only).
    rath
        The client to use; default: the current one.

    Returns
    -------
    ROI
        ``.vector_data`` is the ``(n, 3)`` array of its points.

    Examples
    --------
    >>> import numpy as np  # doctest: +SKIP
    >>> vectors = InputVector.list_from_numpyarray(np.array([[0, 0], [10, 10]]))  # doctest: +SKIP
    >>> create_roi(rep, vectors, RoiTypeInput.RECTANGLE).vector_data  # doctest: +SKIP
    array([[ 0.,  0.,  0.], [10., 10.,  0.]])
    """
    from mikro_orm.models.roi import roi_type_input, vectors_input

    if type is None:
        raise errors.InvalidArgument("type", "an ROI type (RoiTypeInput): the server requires one", detail="got None")
    fields = {
        "representation": check_id(representation, "representation"),
        "vectors": vectors_input(vectors),
        "type": roi_type_input(type),
        "creator": check_id(creator, "creator", required=False),
    }
    return ROI.objects.using(client_for(rath)).create(**fields)  # type: ignore[no-any-return]


def create_sample(
    name: str | None = None,
    creator: str | None = None,
    meta: dict[str, Any] | None = None,
    experiments: Sequence[str] | None = None,
    rath: Client | None = None,
) -> Sample:
    """Create a sample (``createSample``).

    Parameters
    ----------
    name
        The sample's name (the server generates one if None).
    creator
        A user's email (honoured for backend apps only).
    meta
        Free JSON metadata.
    experiments
        Ids (or Experiments) it belongs to.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Sample

    Examples
    --------
    >>> create_sample("liver 1", experiments=[experiment]).experiments[0].name  # doctest: +SKIP
    'Liver study'
    """
    fields = {
        "name": check_str(name, "name"),
        "creator": check_str(creator, "creator"),
        "meta": check_mapping(meta, "meta"),
        "experiments": check_ids(experiments, "experiments"),
    }
    return Sample.objects.using(client_for(rath)).create(**fields)  # type: ignore[no-any-return]


def create_experiment(
    name: str,
    creator: str | None = None,
    meta: dict[str, Any] | None = None,
    description: str | None = None,
    rath: Client | None = None,
) -> Experiment:
    """Create an experiment (``createExperiment``).

    Parameters
    ----------
    name
        The experiment's name (required).
    creator
        A user's email (honoured for backend apps only).
    meta
        Free JSON metadata.
    description
        A description.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Experiment

    Examples
    --------
    >>> create_experiment("Liver study", description="mice, 2022").id  # doctest: +SKIP
    '1'
    """
    fields = {
        "name": check_str(name, "name", required=True),
        "creator": check_str(creator, "creator"),
        "meta": check_mapping(meta, "meta"),
        "description": check_str(description, "description"),
    }
    return Experiment.objects.using(client_for(rath)).create(**fields)  # type: ignore[no-any-return]


anegotiate = asyncify(negotiate)
aupload_bioimage = asyncify(upload_bioimage)
acreate_size_feature = asyncify(create_size_feature)
acreate_label = asyncify(create_label)
afrom_xarray = asyncify(from_xarray)
adouble_upload = asyncify(double_upload)
acreate_thumbnail = asyncify(create_thumbnail)
acreate_metric = asyncify(create_metric)
acreate_roi = asyncify(create_roi)
afrom_df = asyncify(from_df)
acreate_sample = asyncify(create_sample)
acreate_experiment = asyncify(create_experiment)

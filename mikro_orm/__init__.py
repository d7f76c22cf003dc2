"""mikro_orm: script against a Mikro bioimage data server the way Django scripts a database.

Examples
--------
>>> import mikro_orm as mo
>>> mo.connect()  # the embedded reference server; or mo.connect(url, token=...)  # doctest: +SKIP
>>> for sample in mo.Sample.objects.filter(search="liver").prefetch("representations"):  # doctest: +SKIP
...     for rep in sample.representations:
...         print(rep.name, rep.data.max().compute())

Heavy libraries (xarray, zarr, pandas, pyarrow, s3fs, dask) load on first
use of data, not on import.
"""
from mikro_orm import errors
from mikro_orm.client import Client, connect, get_client
from mikro_orm.enums import (
    OmeroFileType,
    RepresentationVariety,
    RepresentationVarietyInput,
    ROIType,
    RoiTypeInput,
)
from mikro_orm.models import (
    ROI,
    Experiment,
    Label,
    Metric,
    Model,
    OmeroFile,
    Representation,
    Sample,
    SizeFeature,
    Table,
    Thumbnail,
    User,
)
from mikro_orm.query.queryset import QuerySet

__version__ = "0.1.0"

__all__ = [
    "Client",
    "Experiment",
    "Label",
    "Metric",
    "Model",
    "OmeroFile",
    "OmeroFileType",
    "QuerySet",
    "ROI",
    "ROIType",
    "Representation",
    "RepresentationVariety",
    "RepresentationVarietyInput",
    "RoiTypeInput",
    "Sample",
    "SizeFeature",
    "Table",
    "Thumbnail",
    "User",
    "connect",
    "errors",
    "get_client",
]

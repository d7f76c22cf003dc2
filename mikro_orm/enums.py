"""The schema's enumerations, as ``str`` enums so that ``"MASK"`` and ``RepresentationVariety.MASK`` compare equal."""
from __future__ import annotations

from enum import Enum

__all__ = [
    "OmeroFileType",
    "ROIType",
    "RepresentationVariety",
    "RepresentationVarietyInput",
    "RoiTypeInput",
]


class OmeroFileType(str, Enum):
    """The kind of an uploaded microscopy file, from its extension."""

    TIFF = "TIFF"
    JPEG = "JPEG"
    MSR = "MSR"
    CZI = "CZI"
    UNKNOWN = "UNKNOWN"


class RepresentationVariety(str, Enum):
    """What the values of a representation mean."""

    MASK = "MASK"
    VOXEL = "VOXEL"
    RGB = "RGB"
    UNKNOWN = "UNKNOWN"


class RepresentationVarietyInput(str, Enum):
    """The input spelling of :class:`RepresentationVariety` (same members)."""

    MASK = "MASK"
    VOXEL = "VOXEL"
    RGB = "RGB"
    UNKNOWN = "UNKNOWN"


class ROIType(str, Enum):
    """The shape of a region of interest, as the server returns it."""

    ELLIPSE = "ELLIPSE"
    POLYGON = "POLYGON"
    LINE = "LINE"
    RECTANGLE = "RECTANGLE"
    PATH = "PATH"
    UNKNOWN = "UNKNOWN"


class RoiTypeInput(str, Enum):
    """The shape of a region of interest, as the server takes it (note ``ELLIPSIS``)."""

    ELLIPSIS = "ELLIPSIS"
    POLYGON = "POLYGON"
    LINE = "LINE"
    RECTANGLE = "RECTANGLE"
    PATH = "PATH"
    UNKNOWN = "UNKNOWN"

"""ROI: a region of interest drawn on a representation."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from mikro_orm import errors
from mikro_orm.enums import ROIType, RoiTypeInput
from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey
from mikro_orm.query.manager import Manager

if TYPE_CHECKING:
    import numpy

__all__ = ["ROI", "ROIManager", "roi_type_input", "vectors_input"]


def roi_type_input(value: Any) -> str:
    """The input spelling of an ROI type (``ELLIPSE`` is sent as ``ELLIPSIS``).

    Examples
    --------
    >>> roi_type_input("ellipse"), roi_type_input(ROIType.RECTANGLE)
    ('ELLIPSIS', 'RECTANGLE')
    """
    text = str(getattr(value, "value", value)).upper()
    if text == "ELLIPSE":
        text = "ELLIPSIS"
    choices = [member.value for member in RoiTypeInput]
    if text not in choices:
        raise errors.InvalidArgument("type", f"an ROI type: {', '.join(choices)} (or ELLIPSE)", detail=f"got {value!r}")
    return text


def vectors_input(vectors: Any) -> list[dict[str, float]]:
    """Vectors for ``createROI``: from an (n, 2) or (n, 3) array, or a list of vectors.

    Items of a list may be ``(x, y)``/``(x, y, z)`` sequences, dicts with
    ``x``/``y``/``z`` keys, or objects with those attributes.

    Examples
    --------
    >>> import numpy as np
    >>> vectors_input(np.array([[1, 2], [3, 4]]))
    [{'x': 1.0, 'y': 2.0, 'z': 0.0}, {'x': 3.0, 'y': 4.0, 'z': 0.0}]
    """
    import numpy as np

    expected = "an (n, 2) or (n, 3) array, or a list of (x, y[, z]) vectors"
    if vectors is None or isinstance(vectors, (str, bytes)):
        raise errors.InvalidArgument("vectors", expected, got=vectors)
    rows: list[Any] = []
    for item in list(vectors):
        if isinstance(item, dict):
            rows.append([item.get("x"), item.get("y"), item.get("z", 0.0)])
        elif hasattr(item, "x") and hasattr(item, "y"):
            rows.append([item.x, item.y, getattr(item, "z", 0.0) or 0.0])
        else:
            rows.append(item)
    try:
        array = np.asarray(rows, dtype=float)
    except (TypeError, ValueError):
        raise errors.InvalidArgument("vectors", expected, detail="its items are not numeric vectors") from None
    if array.ndim != 2 or array.shape[0] == 0 or array.shape[1] not in (2, 3) or not np.isfinite(array).all():
        raise errors.InvalidArgument("vectors", expected, detail=f"got shape {array.shape}")
    if array.shape[1] == 2:
        array = np.column_stack([array, np.zeros(len(array))])
    return [{"x": float(x), "y": float(y), "z": float(z)} for x, y, z in array]


class ROIManager(Manager):
    """``ROI.objects``: every QuerySet method; ``create`` takes arrays of vectors."""

    def create(self, **fields: Any) -> ROI:
        """Create an ROI on a representation.

        Parameters
        ----------
        representation
            The representation (or its id).
        type
            An :class:`~mikro_orm.ROIType`, :class:`~mikro_orm.RoiTypeInput` or its name.
        vectors
            An (n, 2) or (n, 3) array, or a list of vectors.

        Examples
        --------
        >>> ROI.objects.create(representation=rep, type="RECTANGLE", vectors=np.array([[0, 0], [10, 10]]))  # doctest: +SKIP
        <ROI 1>
        """
        if "type" not in fields or "vectors" not in fields or fields.get("representation") is None:
            missing = [name for name in ("representation", "type", "vectors") if fields.get(name) is None]
            raise errors.InvalidArgument(missing[0], "a value: creating an ROI requires representation, type and vectors")
        fields["type"] = roi_type_input(fields["type"])
        fields["vectors"] = vectors_input(fields["vectors"])
        return self.get_queryset().create(**fields)  # type: ignore[return-value]


# The schema has no single-ROI field: ROIs are listed (by representation).
@model("ROI", get_field=None, list_field="rois", create_field="create_roi", delete_field="delete_roi", manager=ROIManager)
class ROI(Model):
    """A region of interest: a shape given by vectors on a representation.

    Examples
    --------
    >>> rep.rois.filter(type=["RECTANGLE"]).first().vector_data  # doctest: +SKIP
    array([[ 0.,  0.,  0.], [10., 10.,  0.]])
    """

    type: ROIType | None = None
    vectors: list[dict[str, Any]] | None = None
    color: str | None = None
    signature: str | None = None
    nodeid: str | None = None
    tags: list[str] | None = None
    created_at: dt.datetime | None = None

    representation = ForeignKey("Representation")
    creator = ForeignKey("User", embed=True)

    @property
    def vector_data(self) -> numpy.ndarray:
        """The vectors as an ``(n, 3)`` float array (missing ``z`` is 0)."""
        import numpy as np

        rows = [[v.get("x") or 0.0, v.get("y") or 0.0, v.get("z") or 0.0] for v in self.vectors or []]
        return np.asarray(rows, dtype=float).reshape(-1, 3)

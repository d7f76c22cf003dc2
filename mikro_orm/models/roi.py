"""ROI: a region of interest drawn on a representation."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from mikro_orm.enums import ROIType
from mikro_orm.models.base import Model, model
from mikro_orm.models.fields import ForeignKey

if TYPE_CHECKING:
    import numpy

__all__ = ["ROI"]


# The schema has no single-ROI field: ROIs are listed (by representation).
@model("ROI", get_field=None, list_field="rois", create_field="create_roi", delete_field="delete_roi")
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

"""The types of the functional API: the seed's enums, input vectors, and light result objects.

Objects the server stores come back as ORM model instances
(:class:`~mikro_orm.Representation`, :class:`~mikro_orm.ROI`, ...). Only
what is not an object of the server has a type here: the rows of a search,
the pair ``double_upload`` answers, and the vectors an ROI is drawn with.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

import attrs

from mikro_orm import errors
from mikro_orm.enums import (
    OmeroFileType,
    RepresentationVariety,
    RepresentationVarietyInput,
    ROIType,
    RoiTypeInput,
)

if TYPE_CHECKING:
    import numpy

    from mikro_orm.models import Model, Representation

__all__ = [
    "DoubleUpload",
    "InputVector",
    "OmeroFileType",
    "ROIType",
    "RepresentationVariety",
    "RepresentationVarietyInput",
    "RoiTypeInput",
    "SearchResult",
    "WatchEvent",
]


@attrs.frozen
class InputVector:
    """One point of an ROI: ``x``, ``y`` and (optionally) ``z``.

    Parameters
    ----------
    x, y
        The coordinates in the plane.
    z
        The plane; ``None`` is sent as 0.

    Examples
    --------
    >>> InputVector(x=1.0, y=2.0)
    InputVector(x=1.0, y=2.0, z=None)
    """

    x: float = attrs.field(converter=float)
    y: float = attrs.field(converter=float)
    z: float | None = attrs.field(default=None, converter=attrs.converters.optional(float))

    @classmethod
    def list_from_numpyarray(cls, x: numpy.ndarray) -> list[InputVector]:
        """Vectors from an array with one row per point: ``(x, y)`` or ``(x, y, z)``.

        Parameters
        ----------
        x
            An ``(n, 2)`` or ``(n, 3)`` array (the name is the 2022 client's).

        Returns
        -------
        list[InputVector]

        Raises
        ------
        mikro_orm.errors.InvalidArgument
            ``x`` is not a 2-D array of 2 or 3 columns of finite numbers.

        Examples
        --------
        >>> import numpy as np
        >>> InputVector.list_from_numpyarray(np.array([[0, 0], [10, 5]]))
        [InputVector(x=0.0, y=0.0, z=None), InputVector(x=10.0, y=5.0, z=None)]
        """
        import numpy as np

        expected = "an (n, 2) or (n, 3) numpy array of coordinates"
        if not hasattr(x, "shape"):
            raise errors.InvalidArgument("x", expected, got=x)
        try:
            array = np.asarray(x, dtype=float)
        except (TypeError, ValueError):
            raise errors.InvalidArgument("x", expected, detail="its values are not numbers") from None
        if array.ndim != 2 or array.shape[1] not in (2, 3) or not np.isfinite(array).all():
            raise errors.InvalidArgument("x", expected, detail=f"got shape {array.shape}")
        if array.shape[1] == 2:
            return [cls(x=row[0], y=row[1]) for row in array.tolist()]
        return [cls(x=row[0], y=row[1], z=row[2]) for row in array.tolist()]


@attrs.frozen
class SearchResult:
    """One row of a ``search_*`` function: an id and a label to show.

    The 2022 client named the id ``value`` for representations and samples
    and ``id`` for the others; both names work on every result.

    Examples
    --------
    >>> result = SearchResult(id="3", label="liver")
    >>> result.value, result.id, result.label
    ('3', '3', 'liver')
    """

    id: str
    label: str | None = None

    @property
    def value(self) -> str:
        """The id, under the name search widgets use."""
        return self.id

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> SearchResult:
        """Read ``{value|id, label}`` as the server answered it."""
        return cls(id=str(row.get("value", row.get("id"))), label=row.get("label"))


@attrs.frozen
class DoubleUpload:
    """What :func:`~mikro_orm.api.double_upload` answers: the two representations.

    Unpacks as a pair: ``x, y = double_upload(array)``.
    """

    x: Representation
    y: Representation

    def __iter__(self) -> Iterator[Representation]:
        return iter((self.x, self.y))


@attrs.frozen
class WatchEvent:
    """One event of :func:`~mikro_orm.api.watch_rois` or :func:`~mikro_orm.api.watch_samples`.

    Shaped like the 2022 client's events: exactly one of ``create``,
    ``update`` (model instances, through the client's identity map) and
    ``delete`` (the deleted id; also readable as ``deleted``) is set.

    Attributes
    ----------
    kind
        ``"create"``, ``"update"`` or ``"delete"``.
    id
        The id of the object concerned.

    Examples
    --------
    >>> for event in watch_rois(rep.id):  # doctest: +SKIP
    ...     if event.create:
    ...         print("new ROI", event.create.vector_data)
    ...     elif event.delete:
    ...         print("gone", event.delete)
    """

    kind: str
    id: str
    create: Model | None = None
    update: Model | None = None
    delete: str | None = None

    @property
    def deleted(self) -> str | None:
        """The deleted id (the name ``SamplesEvent`` uses; ``RoiEvent`` says ``delete``)."""
        return self.delete

    @property
    def instance(self) -> Model | None:
        """The created or updated object (None for deletes)."""
        return self.create if self.create is not None else self.update

    @classmethod
    def from_event(cls, event: Any) -> WatchEvent:
        """From the ORM's :class:`mikro_orm.subscriptions.Event`."""
        if event.kind == "delete":
            return cls(kind="delete", id=event.id, delete=event.id)
        return cls(kind=event.kind, id=event.id, **{event.kind: event.instance})

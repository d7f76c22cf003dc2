"""The state of a query: what a QuerySet asks for, with no behaviour.

A :class:`Query` is frozen; QuerySet methods build new ones with
:func:`attrs.evolve`. ``str(query)`` compiles it and prints the GraphQL
document and its variables, without touching the network.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

import attrs

if TYPE_CHECKING:
    from mikro_orm.models.base import Model
    from mikro_orm.models.fields import ToMany

__all__ = ["ParentLink", "Query"]


@attrs.frozen
class ParentLink:
    """The owner of a to-many relation QuerySet (``sample.representations``).

    Attributes
    ----------
    model
        The owner's class.
    id
        The owner's id.
    relation
        The to-many relation descriptor.
    nested
        True: fetch through the owner's nested field
        (``sample(id) { representations(...) }``); False: through the
        target's root field filtered by ``relation.reverse_filter``.
    """

    model: type[Model]
    id: str
    relation: ToMany
    nested: bool = True


@attrs.frozen
class Query:
    """What to fetch.

    Attributes
    ----------
    model
        The model being fetched.
    filters
        Server argument name (sgqlc's snake_case) to a JSON-ready value.
    order
        ``order`` argument entries, e.g. ``("-created_at", "name")``.
    low, high
        The slice ``[low:high]`` taken of the results (``high=None``: no end).
    only
        Scalar fields to select, or ``None`` for the model's defaults.
    prefetch
        Relation paths (``"representations__sample"``) selected in the same request.
    parent
        Set for relation QuerySets.
    """

    model: type[Model]
    filters: Mapping[str, Any] = attrs.field(factory=dict)
    order: tuple[str, ...] = ()
    low: int = 0
    high: int | None = None
    only: tuple[str, ...] | None = None
    prefetch: tuple[str, ...] = ()
    parent: ParentLink | None = None

    @property
    def is_sliced(self) -> bool:
        """True once a slice has limited the results."""
        return self.low != 0 or self.high is not None

    def __str__(self) -> str:
        from mikro_orm.query.compiler import compile_list

        limit = None if self.high is None else self.high - self.low
        return str(compile_list(self, offset=self.low, limit=limit))

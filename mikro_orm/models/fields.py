"""Relation descriptors: forward (``rep.sample``) and to-many (``sample.representations``).

A forward relation caches the related instance on the owner the first time
it is read; loading goes through :mod:`mikro_orm.query.loader`, which loads
the same relation for every instance fetched in the same page in one
request. A to-many relation returns an unevaluated QuerySet bound to its
owner, which accepts the nested field's own filters.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mikro_orm.models.base import get_model

if TYPE_CHECKING:
    from mikro_orm.models.base import Model
    from mikro_orm.query.queryset import QuerySet

__all__ = ["ForeignKey", "Relation", "ToMany"]


class Relation:
    """A field of the GraphQL type that holds another model.

    Parameters
    ----------
    to
        The related model's class name.
    field
        The sgqlc field name on the owner's type; defaults to the attribute name.
    """

    many = False

    def __init__(self, to: str, *, field: str | None = None) -> None:
        self.to = to
        self._field = field
        self.name = ""
        self.owner: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.owner = owner

    @property
    def field(self) -> str:
        """The sgqlc field name on the owner's GraphQL type."""
        return self._field or self.name

    @property
    def target(self) -> type[Model]:
        """The related model class."""
        return get_model(self.to)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {getattr(self.owner, '__name__', '?')}.{self.name} -> {self.to}>"


class ForeignKey(Relation):
    """A to-one relation, read lazily and cached on the instance.

    Parameters
    ----------
    embed
        Select the related object's fields inline instead of its id. For
        types the schema cannot fetch on their own (``User`` has no root
        field), this is the only way to get them.
    """

    def __init__(self, to: str, *, field: str | None = None, embed: bool = False) -> None:
        super().__init__(to, field=field)
        self.embed = embed

    def __get__(self, instance: Model | None, owner: type) -> Any:
        if instance is None:
            return self
        state = instance._state
        if self.name in state.cache:
            return state.cache[self.name]
        from mikro_orm.query.loader import load_forward

        return load_forward(instance, self)

    def __set__(self, instance: Model, value: Model | None) -> None:
        # Assigning a related object (as the converter does) caches it.
        instance._state.cache[self.name] = value
        instance._state.related_ids[self.name] = None if value is None else value.id

    def id_of(self, instance: Model) -> str | None:
        """The related object's id without loading it (``None`` if there is none).

        Examples
        --------
        >>> Representation.sample.id_of(rep)  # doctest: +SKIP
        '3'
        """
        state = instance._state
        if self.name not in state.related_ids and self.name not in state.cache:
            from mikro_orm.query.loader import load_forward

            load_forward(instance, self)
        return state.related_ids.get(self.name)


class ToMany(Relation):
    """A to-many relation: reading it gives a QuerySet bound to the owner.

    Parameters
    ----------
    reverse_filter
        The argument of the target's root list field that selects by owner
        (``representations(samples: [id])``), used when a filter or slice is
        one the nested field itself does not take.
    """

    many = True

    def __init__(self, to: str, *, field: str | None = None, reverse_filter: str | None = None) -> None:
        super().__init__(to, field=field)
        self.reverse_filter = reverse_filter

    def __get__(self, instance: Model | None, owner: type) -> Any:
        if instance is None:
            return self
        from mikro_orm.query.queryset import related_queryset

        return related_queryset(instance, self)

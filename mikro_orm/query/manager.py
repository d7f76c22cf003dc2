"""Managers: ``Model.objects``, a thin proxy generated from the QuerySet.

As in Django, every public QuerySet method is copied onto the manager as a
method that starts a fresh QuerySet, so ``Sample.objects.filter(...)`` and
``Sample.objects.all().filter(...)`` are the same thing and the two classes
cannot drift apart.
"""
from __future__ import annotations

import inspect
from typing import Any, Generic, TypeVar

from mikro_orm.query.queryset import QuerySet

__all__ = ["BaseManager", "Manager"]

M = TypeVar("M")


class BaseManager(Generic[M]):
    """Gives access to a model's QuerySets.

    Subclass it (or :class:`Manager`) to add model-specific constructors such
    as ``Representation.objects.from_xarray``.
    """

    queryset_class: type[QuerySet[Any]] = QuerySet

    def __init__(self, model: type[M]) -> None:
        self.model = model

    def __repr__(self) -> str:
        return f"<{type(self).__name__} for {self.model.__name__}>"  # type: ignore[attr-defined]

    def get_queryset(self) -> QuerySet[Any]:
        """A new QuerySet over every object of the model."""
        return self.queryset_class(self.model)

    @classmethod
    def from_queryset(cls, queryset_class: type[QuerySet[Any]], name: str | None = None) -> type[BaseManager[Any]]:
        """Build a manager class proxying every public method of ``queryset_class``."""
        methods: dict[str, Any] = {"queryset_class": queryset_class}
        for attr, member in inspect.getmembers(queryset_class, predicate=inspect.isfunction):
            if attr.startswith("_") or hasattr(cls, attr):
                continue
            methods[attr] = _proxy(attr, member)
        return type(name or f"{cls.__name__}From{queryset_class.__name__}", (cls,), methods)


def _proxy(name: str, method: Any) -> Any:
    def proxy(self: BaseManager[Any], *args: Any, **kwargs: Any) -> Any:
        return getattr(self.get_queryset(), name)(*args, **kwargs)

    proxy.__name__ = name
    proxy.__qualname__ = f"Manager.{name}"
    proxy.__doc__ = method.__doc__
    return proxy


class Manager(BaseManager.from_queryset(QuerySet)):  # type: ignore[misc]
    """The default manager: every QuerySet method, starting from all objects."""

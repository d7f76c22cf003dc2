"""The model base class, its ``_meta`` options and the ``@model`` decorator.

A model is a declaration: attrs fields for the GraphQL type's scalar fields
(named as sgqlc names them, i.e. snake_case), relation descriptors from
:mod:`mikro_orm.models.fields`, and root-field names in ``_meta``. Behaviour
lives in the QuerySet, the compiler and the converter.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, Callable, ClassVar, TypeVar

import attrs

from mikro_orm import errors
from mikro_orm.graphql import mikro_schema as gql

if TYPE_CHECKING:
    from mikro_orm.client import Client
    from mikro_orm.models.fields import Relation
    from mikro_orm.query.manager import Manager

__all__ = ["Model", "ModelOptions", "ModelState", "get_model", "model"]

M = TypeVar("M", bound="Model")

_registry: dict[str, type[Model]] = {}


def get_model(name: str) -> type[Model]:
    """Return the model class called ``name`` (e.g. ``"Sample"``)."""
    try:
        return _registry[name]
    except KeyError:
        raise errors.ConfigurationError(f"no model named {name!r}; known: {', '.join(sorted(_registry))}") from None


@attrs.define(eq=False)
class ModelState:
    """Per-instance bookkeeping, kept off the model's public fields.

    Attributes
    ----------
    client
        The client whose identity map holds the instance; relations load through it.
    loaded
        Names of the fields the server sent for this instance.
    related_ids
        For each forward relation, the id of the related object (``None``: no object).
    cache
        Loaded relations: forward ones hold an instance, to-many ones a list.
    group
        The other instances fetched in the same page, so that touching a
        relation on one loads it for all of them in one request.
    """

    client: Any = None
    loaded: set[str] = attrs.field(factory=set)
    related_ids: dict[str, str | None] = attrs.field(factory=dict)
    cache: dict[str, Any] = attrs.field(factory=dict)
    group: Any = None  # a weakref.WeakSet of sibling instances, or None


@attrs.define(eq=False)
class ModelOptions:
    """What the compiler needs to know about a model (``Model._meta``).

    Attributes
    ----------
    model
        The model class.
    graphql_type
        The schema's type name, e.g. ``"Sample"``.
    get_field, list_field
        The Query root fields fetching one object by id and a list of them.
    create_field, delete_field
        The Mutation root fields creating and deleting one.
    fields
        The scalar fields (attrs names, which are sgqlc's snake_case names).
    relations
        Relation descriptors by name.
    """

    model: type
    graphql_type: str
    get_field: str | None
    list_field: str | None
    create_field: str | None
    delete_field: str | None
    fields: tuple[str, ...] = ()
    relations: dict[str, Relation] = attrs.field(factory=dict)
    manager_class: type | None = None
    sources: dict[str, str] = attrs.field(factory=dict)

    @property
    def schema_type(self) -> Any:
        """The generated sgqlc type for this model."""
        return getattr(gql, self.graphql_type)

    def source(self, field: str) -> str:
        """The sgqlc field behind attribute ``field`` (usually the same name).

        A model renames a field with ``attrs.field(metadata={"graphql_field": ...})``,
        e.g. ``Thumbnail.image_url`` for the schema's ``image``, so that
        ``thumbnail.image`` can be the picture itself.
        """
        return self.sources.get(field, field)

    def graphql_name(self, field: str) -> str:
        """The camelCase name of ``field`` in the schema."""
        return getattr(self.schema_type, self.source(field)).graphql_name


class _ManagerDescriptor:
    """``Model.objects``: a manager from the class, an error from an instance (as in Django)."""

    def __get__(self, instance: Any, owner: type[Model]) -> Manager:
        if instance is not None:
            raise AttributeError(f"the manager isn't accessible via {owner.__name__} instances; use {owner.__name__}.objects")
        return owner._meta.manager_class(owner)


@attrs.define(eq=False, repr=False, kw_only=True, slots=False)
class Model:
    """Base of every Mikro model.

    Instances are unique per client and id (the identity map): fetching the
    same object twice gives the same Python object, with refreshed fields.
    Equality is by model and id.
    """

    _meta: ClassVar[ModelOptions]
    DoesNotExist: ClassVar[type[errors.DoesNotExist]]
    MultipleObjectsReturned: ClassVar[type[errors.MultipleObjectsReturned]]
    objects: ClassVar[Any] = _ManagerDescriptor()

    id: str
    _state: ModelState = attrs.field(init=False, factory=ModelState, repr=False)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.id == other.id  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))

    def __repr__(self) -> str:
        name = getattr(self, "name", None)
        label = f" {name!r}" if name else ""
        return f"<{type(self).__name__} {self.id}{label}>"

    @property
    def pk(self) -> str:
        """The object's id (Django's name for it)."""
        return self.id

    def _client(self) -> Client:
        from mikro_orm.client import get_client

        return self._state.client or get_client()

    def delete(self) -> None:
        """Delete this object on the server (its delete mutation).

        Examples
        --------
        >>> sample.delete()  # doctest: +SKIP
        """
        from mikro_orm.query import compiler

        meta = self._meta
        if meta.delete_field is None:
            raise errors.InvalidArgument("delete", f"a model the server can delete; {type(self).__name__} has no delete mutation")
        client = self._client()
        client.execute(compiler.compile_mutation(meta.delete_field, {"id": self.id}, children=[compiler.Node("id")]))
        client.identity.discard(self)

    def refresh_from_db(self) -> None:
        """Reload this object's fields from the server; relations reload on next access."""
        from mikro_orm.query import compiler

        client = self._client()
        model = type(self)
        rows = client.execute(compiler.compile_by_ids(model, [self.id]))
        row = rows[0] if rows else None
        if row is None:
            raise self.DoesNotExist(f"{model.__name__} {self.id} no longer exists")
        self._state.cache.clear()
        self._state.related_ids.clear()
        fresh = client.structure(row, model)
        if fresh is not self:  # a detached instance: copy what the server sent
            for name in fresh._state.loaded:
                setattr(self, name, getattr(fresh, name))
            self._state.cache.update(fresh._state.cache)
            self._state.related_ids.update(fresh._state.related_ids)

    async def adelete(self) -> None:
        """Async twin of :meth:`delete`."""
        import asyncio

        await asyncio.to_thread(self.delete)

    async def arefresh_from_db(self) -> None:
        """Async twin of :meth:`refresh_from_db`."""
        import asyncio

        await asyncio.to_thread(self.refresh_from_db)


def _exception(model_name: str, module: str, base: type[Exception]) -> type[Exception]:
    return type(base.__name__, (base,), {"__module__": module, "__qualname__": f"{model_name}.{base.__name__}"})


def model(
    graphql_type: str | None = None,
    *,
    get_field: str | None = "",
    list_field: str | None = "",
    create_field: str | None = "",
    delete_field: str | None = "",
    manager: type | None = None,
) -> Callable[[type[M]], type[M]]:
    """Declare a model: make ``cls`` an attrs class and give it ``_meta``.

    Root field names default from the type name (``SizeFeature`` →
    ``sizefeature``, ``sizefeatures``, ``create_size_feature``,
    ``delete_size_feature``); pass ``None`` where the schema has no such field.

    Examples
    --------
    >>> @model("Experiment")  # doctest: +SKIP
    ... class Experiment(Model):
    ...     name: str | None = None
    """

    def decorate(cls: type[M]) -> type[M]:
        from mikro_orm.models.fields import Relation
        from mikro_orm.query.manager import Manager

        type_name = graphql_type or cls.__name__
        lower = type_name.lower()
        # sgqlc's names for mutations are snake_case (createSizeFeature -> create_size_feature)
        snake = "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(type_name))
        cls = attrs.define(eq=False, repr=False, kw_only=True, slots=False)(cls)
        attrs.resolve_types(cls)
        relations = {name: value for name, value in vars(cls).items() if isinstance(value, Relation)}
        for base in cls.__mro__[1:]:
            for name, value in vars(base).items():
                if isinstance(value, Relation):
                    relations.setdefault(name, value)
        scalar_fields = tuple(f.name for f in attrs.fields(cls) if f.init)
        sources = {f.name: f.metadata["graphql_field"] for f in attrs.fields(cls) if "graphql_field" in f.metadata}
        cls._meta = ModelOptions(
            model=cls,
            graphql_type=type_name,
            get_field=lower if get_field == "" else get_field,
            list_field=f"{lower}s" if list_field == "" else list_field,
            create_field=f"create_{snake}" if create_field == "" else create_field,
            delete_field=f"delete_{snake}" if delete_field == "" else delete_field,
            fields=scalar_fields,
            relations=relations,
            manager_class=manager or Manager,
            sources=sources,
        )
        cls.DoesNotExist = _exception(cls.__name__, cls.__module__, errors.DoesNotExist)  # type: ignore[assignment]
        cls.MultipleObjectsReturned = _exception(cls.__name__, cls.__module__, errors.MultipleObjectsReturned)  # type: ignore[assignment]
        _registry[cls.__name__] = cls
        return cls

    return decorate


def new_group(instances: list[Model]) -> None:
    """Mark ``instances`` as fetched together (for batched relation loading)."""
    group: weakref.WeakSet[Model] = weakref.WeakSet(instances)
    for instance in instances:
        instance._state.group = group

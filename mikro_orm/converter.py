"""The one cattrs converter: JSON from the server into models, Python values into JSON variables.

``structure`` fills a model from a response dict: scalar fields go through
cattrs (ISO dates to ``datetime``, strings to enums), nested objects become
related instances, and the client's identity map makes the same id the same
Python object. ``to_json`` turns argument values (datetimes, enums, UUIDs,
numpy scalars, model instances) into what ``json.dumps`` can send.
"""
from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import TYPE_CHECKING, Any, Mapping

import cattrs

if TYPE_CHECKING:
    from mikro_orm.client import IdentityMap
    from mikro_orm.models.base import Model

__all__ = ["converter", "structure", "to_json"]

converter = cattrs.Converter()


def _structure_datetime(value: Any, _: type) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    # Python 3.10's fromisoformat does not take a trailing "Z".
    text = str(value)
    return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)


converter.register_structure_hook(dt.datetime, _structure_datetime)
converter.register_structure_hook(uuid.UUID, lambda value, _: value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
converter.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
converter.register_unstructure_hook(uuid.UUID, str)


def _snake_names(model: type[Model]) -> dict[str, str]:
    """Map the schema's camelCase field names to the model's attribute names."""
    cached = model.__dict__.get("_graphql_to_attr")
    if cached is None:
        meta = model._meta
        names = list(meta.fields) + [relation.field for relation in meta.relations.values()]
        cached = {meta.graphql_name(name): name for name in names}
        for relation_name, relation in meta.relations.items():
            cached[meta.graphql_name(relation.field)] = relation_name
        model._graphql_to_attr = cached  # type: ignore[attr-defined]
    return cached


def structure(data: Mapping[str, Any], model: type[Model], identity: IdentityMap | None, client: Any = None) -> Model:
    """Build (or refresh) the ``model`` instance described by ``data``.

    Parameters
    ----------
    data
        One object of a GraphQL response (camelCase keys, must hold ``id``).
    model
        The model class it is an instance of.
    identity
        The client's identity map, or ``None`` to build a detached instance.
    client
        The client the instance will load its relations through.

    Returns
    -------
    Model
        The unique instance for ``(model, data["id"])`` within ``identity``.
    """
    from mikro_orm.models.base import ModelState  # models import this module

    names = _snake_names(model)
    meta = model._meta
    scalars: dict[str, Any] = {}
    related: dict[str, Any] = {}
    for key, value in data.items():
        attr = names.get(key, key)
        if attr in meta.relations:
            related[attr] = value
        elif attr in meta.fields:
            scalars[attr] = value
    fresh = converter.structure(scalars, model)
    instance = identity.get(model, fresh.id) if identity is not None else None
    if instance is None:
        instance = fresh
        instance._state = ModelState(client=client)
        if identity is not None and len(scalars) > 1:
            identity.add(instance)
    else:
        for attr in scalars:
            setattr(instance, attr, getattr(fresh, attr))
    instance._state.loaded.update(scalars)
    for attr, value in related.items():
        _fill_relation(instance, meta.relations[attr], value, identity, client)
    return instance


def _fill_relation(instance: Model, relation: Any, value: Any, identity: IdentityMap | None, client: Any) -> None:
    state = instance._state
    target = relation.target
    if relation.many:
        if value is not None:
            state.cache[relation.name] = [structure(item, target, identity, client) for item in value if item is not None]
        return
    if value is None:
        state.related_ids[relation.name] = None
        state.cache[relation.name] = None
        return
    state.related_ids[relation.name] = str(value["id"])
    if len(value) > 1:  # more than the id: the object itself was selected
        state.cache[relation.name] = structure(value, target, identity, client)
    else:
        state.cache.pop(relation.name, None)


def to_json(value: Any) -> Any:
    """Return ``value`` in a form ``json.dumps`` accepts, as a GraphQL variable.

    Examples
    --------
    >>> import datetime as dt
    >>> to_json({"when": dt.datetime(2022, 4, 1), "tags": ("a", "b")})
    {'when': '2022-04-01T00:00:00', 'tags': ['a', 'b']}
    """
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if hasattr(value, "_meta") and hasattr(value, "id"):  # a model instance stands for its id
        return value.id
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json(item) for item in value]
    if hasattr(value, "tolist") and hasattr(value, "dtype"):  # numpy scalars and arrays
        return to_json(value.tolist())
    return converter.unstructure(value)

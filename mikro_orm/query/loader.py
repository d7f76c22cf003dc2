"""Loading relations without N+1: one request for every instance of a page.

When a relation is read on an instance that has not loaded it, the instances
fetched in the same page (its *group*) are loaded too, in the same request:
forward relations by the related ids (``samples(ids: [...])``), to-many
relations through the owners' nested field (``samples(ids: [...]) {
representations {...} }``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mikro_orm.query import compiler

if TYPE_CHECKING:
    from mikro_orm.models.base import Model
    from mikro_orm.models.fields import ForeignKey, ToMany

__all__ = ["load_forward", "load_to_many"]


def _group(instance: Model) -> list[Model]:
    group = instance._state.group
    members = list(group) if group is not None else []
    if instance not in members:
        members.append(instance)
    return members


def _load_owner_fields(instance: Model, relation_field: str) -> None:
    """Re-fetch the owners of ``instance``'s group with ``relation_field`` selected."""
    model = type(instance)
    owners = [member for member in _group(instance) if relation_field not in member._state.related_ids]
    client = instance._client()
    compiled = compiler.compile_relation_batch(model, [owner.id for owner in owners], relation_field)
    rows = client.execute(compiled) or []
    client.structure_many([row for row in rows if row is not None], model)


def load_forward(instance: Model, relation: ForeignKey) -> Model | None:
    """Load ``instance.<relation>`` (and the same relation on its group)."""
    state = instance._state
    client = instance._client()
    if relation.name not in state.related_ids:
        _load_owner_fields(instance, relation.name)
        if relation.name in state.cache:
            return state.cache[relation.name]
    related_id = state.related_ids.get(relation.name)
    if related_id is None:
        state.cache[relation.name] = None
        return None
    target = relation.target
    waiting = [
        member for member in _group(instance)
        if relation.name not in member._state.cache and member._state.related_ids.get(relation.name)
    ]
    wanted = sorted({member._state.related_ids[relation.name] for member in waiting})
    loaded = {obj.id: obj for obj in (client.identity.get(target, object_id) for object_id in wanted) if obj is not None}
    missing = [object_id for object_id in wanted if object_id not in loaded]
    if missing:
        rows = client.execute(compiler.compile_by_ids(target, missing)) or []
        for obj in client.structure_many([row for row in rows if row is not None], target, group=False):
            loaded[obj.id] = obj
        fetched = list(loaded.values())
        from mikro_orm.models.base import new_group

        new_group(fetched)
    for member in waiting:
        member._state.cache[relation.name] = loaded.get(member._state.related_ids[relation.name])
    if state.cache.get(relation.name) is None:
        raise target.DoesNotExist(f"{type(instance).__name__} {instance.id}: its {relation.name} {related_id} does not exist")
    return state.cache[relation.name]


def load_to_many(instance: Model, relation: ToMany) -> list[Any]:
    """Load ``instance.<relation>`` in full (and the same relation on its group)."""
    model = type(instance)
    client = instance._client()
    owners = [member for member in _group(instance) if relation.name not in member._state.cache]
    compiled = compiler.compile_relation_batch(model, [owner.id for owner in owners], relation.name)
    rows = client.execute(compiled) or []
    by_id = {obj.id: obj for obj in client.structure_many([row for row in rows if row is not None], model, group=False)}
    for owner in owners:
        source = by_id.get(owner.id)
        if source is not None and source is not owner:
            owner._state.cache[relation.name] = source._state.cache.get(relation.name, [])
        owner._state.cache.setdefault(relation.name, [])
    from mikro_orm.models.base import new_group

    # The related objects of all owners form one group, so that reading a
    # relation on one of them (rep.sample) loads it for all of them.
    new_group([item for owner in owners for item in owner._state.cache[relation.name]])
    return instance._state.cache[relation.name]

"""The compiler: query state in, (sgqlc Operation, variables) out. No I/O.

Compilation has two steps. First a small tree of :class:`Node` s is planned
(which fields, which arguments, which variables carry which values); then the
tree is rendered into an sgqlc ``Operation``, whose ``str()`` is the GraphQL
document. Planning first is what lets every value travel as a variable:
sgqlc needs all variable declarations before the selection is built.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import attrs
import sgqlc.types
from sgqlc.operation import Operation
from sgqlc.types import Variable

from mikro_orm.converter import to_json
from mikro_orm.errors import InvalidArgument
from mikro_orm.graphql import mikro_schema as gql
from mikro_orm.transport.base import GraphQLRequest

if TYPE_CHECKING:
    from mikro_orm.models.base import Model
    from mikro_orm.query.query import Query

__all__ = [
    "UPLOAD",
    "CompiledQuery",
    "Node",
    "compile_by_ids",
    "compile_get",
    "compile_list",
    "compile_mutation",
    "compile_nested",
    "compile_relation_batch",
    "compile_root_fields",
    "compile_subscription",
    "model_selection",
]

# How deep to follow value objects such as Representation.omero.planes.
_VALUE_DEPTH = 3


@attrs.define
class Node:
    """One field in a selection: its sgqlc name, alias, arguments and children.

    ``args`` maps an argument name to the variable that carries its value.
    A node without children is a scalar (or enum) field.
    """

    field: str
    alias: str | None = None
    args: dict[str, str] = attrs.field(factory=dict)
    children: list[Node] = attrs.field(factory=list)


@attrs.frozen
class CompiledQuery:
    """A compiled operation, its variables, and where its result sits in ``data``.

    ``str()`` shows the document and the variables, as a user would debug it.

    Examples
    --------
    >>> from mikro_orm import Sample
    >>> print(Sample.objects.filter(search="liver")[:5].query)  # doctest: +ELLIPSIS
    query SampleList($name: String, $limit: Int, $offset: Int) {
      samples(name: $name, limit: $limit, offset: $offset) {
    ...
    variables: {"name": "liver", "limit": 5, "offset": 0}
    """

    operation: Any
    variables: Mapping[str, Any]
    path: tuple[str, ...] = ()

    @property
    def document(self) -> str:
        """The GraphQL document text."""
        return str(self.operation)

    @property
    def name(self) -> str:
        """The operation's name."""
        return self.operation._Operation__name

    def request(self) -> GraphQLRequest:
        """The request a transport sends."""
        return GraphQLRequest(self.document, dict(self.variables), self.name)

    def extract(self, data: Mapping[str, Any]) -> Any:
        """Walk ``path`` down the response ``data``; ``None`` where a level is null."""
        value: Any = data
        for key in self.path:
            if value is None:
                return None
            value = value.get(key)
        return value

    def __str__(self) -> str:
        return f"{self.document}\nvariables: {json.dumps(dict(self.variables), sort_keys=False)}"


class _Upload:
    """Marks a file argument: declared as a variable, sent as null, filled by the multipart request."""

    def __repr__(self) -> str:
        return "UPLOAD"


UPLOAD = _Upload()


class _Variables:
    """Collects variable declarations, keeping names unique."""

    def __init__(self) -> None:
        self.types: dict[str, Any] = {}
        self.values: dict[str, Any] = {}

    def add(self, hint: str, arg_type: Any, value: Any) -> str:
        # sgqlc camelCases variable names in the document (x_xarray -> $xXarray)
        # but not the keys we send; names without underscores stay in step.
        head, *rest = hint.split("_")
        name = hint = head + "".join(part[:1].upper() + part[1:] for part in rest)
        counter = 1
        while name in self.types:
            counter += 1
            name = f"{hint}{counter}"
        self.types[name] = arg_type
        self.values[name] = None if value is UPLOAD else to_json(value)
        return name


def _base_type(field_type: Any) -> Any:
    name = str(field_type).strip("[]!")
    return getattr(gql, name, None)


def _is_object(field_type: Any) -> bool:
    return isinstance(field_type, type) and issubclass(field_type, sgqlc.types.Type)


def _value_children(field_type: Any, depth: int) -> list[Node]:
    """Select every scalar of a value object (``omero``, ``columns``, ``vectors``)."""
    base = _base_type(field_type)
    children = []
    for name in base.__field_names__:
        sub = getattr(base, name)
        if _is_object(sub.type):
            if depth > 0 and not sub.args:
                children.append(Node(name, children=_value_children(sub.type, depth - 1)))
        elif not any(arg.type and str(arg.type).endswith("!") for arg in sub.args.values()):
            children.append(Node(name))
    return children


def _prefetch_tree(paths: Iterable[str]) -> dict[str, dict]:
    tree: dict[str, dict] = {}
    for path in paths:
        level = tree
        for part in path.split("__"):
            level = level.setdefault(part, {})
    return tree


def model_selection(
    model: type[Model],
    only: Sequence[str] | None = None,
    prefetch: Iterable[str] | Mapping[str, Any] = (),
    *,
    relations: bool = True,
) -> list[Node]:
    """Plan the selection of a model's fields.

    Parameters
    ----------
    model
        The model to select.
    only
        Scalar fields to select (``id`` is always added); default: all the model declares.
    prefetch
        Relation paths to select in full, e.g. ``["representations__sample"]``.
    relations
        Select forward relations (as ``{ id }``, or in full where embedded).

    Returns
    -------
    list[Node]
        The planned children of the field that returns ``model``.
    """
    meta = model._meta
    schema_type = meta.schema_type
    names = list(meta.fields) if only is None else ["id", *[n for n in only if n != "id"]]
    nodes: list[Node] = []
    for name in names:
        source = meta.source(name)
        field_type = getattr(schema_type, source).type
        if _is_object(field_type):
            nodes.append(Node(source, children=_value_children(field_type, _VALUE_DEPTH)))
        else:
            nodes.append(Node(source))
    tree = prefetch if isinstance(prefetch, Mapping) else _prefetch_tree(prefetch)
    for relation_name, relation in meta.relations.items():
        if relation_name in tree:
            children = model_selection(relation.target, prefetch=tree[relation_name])
            nodes.append(Node(relation.field, children=children))
        elif relations and not relation.many:
            target = relation.target
            children = model_selection(target, relations=False) if relation.embed else [Node("id")]
            nodes.append(Node(relation.field, children=children))
    return nodes


def _arguments(field: Any, values: Mapping[str, Any], variables: _Variables, prefix: str = "") -> dict[str, str]:
    """Declare a variable for each argument value that is not None."""
    args: dict[str, str] = {}
    for arg_name, value in values.items():
        if value is None:
            continue
        arg = field.args[arg_name]
        args[arg_name] = variables.add(prefix + arg.graphql_name, arg.type, value)
    return args


def _render(operation_root: Any, name: str, variables: _Variables, nodes: list[Node]) -> Operation:
    operation = Operation(operation_root, name=name, variables=dict(variables.types))

    def render(selector: Any, children: list[Node]) -> None:
        for node in children:
            kwargs: dict[str, Any] = {arg: Variable(var) for arg, var in node.args.items()}
            if node.alias:
                kwargs["__alias__"] = node.alias
            selected = getattr(selector, node.field)(**kwargs)
            if node.children:
                render(selected, node.children)

    render(operation, nodes)
    return operation


def _list_arguments(query: Query, field: Any, offset: int, limit: int | None) -> dict[str, Any]:
    values: dict[str, Any] = dict(query.filters)
    if query.order and "order" in field.args:
        values["order"] = list(query.order)
    if "limit" in field.args:
        values["limit"] = limit
        values["offset"] = offset if (limit is not None or offset) else None
    return values


def compile_list(query: Query, *, offset: int = 0, limit: int | None = None) -> CompiledQuery:
    """Compile a list query for the rows ``[offset : offset + limit]``.

    Parameters
    ----------
    query
        The QuerySet's state.
    offset, limit
        The page to fetch (``limit=None``: to the end).

    Examples
    --------
    >>> from mikro_orm import Sample
    >>> from mikro_orm.query.query import Query
    >>> compiled = compile_list(Query(Sample, {"name": "liver"}), limit=10)
    >>> compiled.variables
    {'name': 'liver', 'limit': 10, 'offset': 0}
    """
    model = query.model
    variables = _Variables()
    selection = model_selection(model, query.only, query.prefetch)
    parent = query.parent
    if parent is not None and parent.nested:
        parent_meta = parent.model._meta
        root_field = getattr(gql.Query, parent_meta.get_field)
        nested_field = getattr(parent_meta.schema_type, parent.relation.field)
        id_args = _arguments(root_field, {"id": parent.id}, variables)
        nested_args = _arguments(nested_field, _list_arguments(query, nested_field, offset, limit), variables)
        nodes = [Node(parent_meta.get_field, args=id_args, children=[Node("id"), Node(parent.relation.field, args=nested_args, children=selection)])]
        name = f"{parent.model.__name__}{parent.relation.name.title().replace('_', '')}"
        path = (root_field.graphql_name, nested_field.graphql_name)
    else:
        root_field = getattr(gql.Query, model._meta.list_field)
        values = _list_arguments(query, root_field, offset, limit)
        if parent is not None:
            values[parent.relation.reverse_filter] = to_json(_reverse_value(root_field, parent))
        args = _arguments(root_field, values, variables)
        nodes = [Node(model._meta.list_field, args=args, children=selection)]
        name = f"{model.__name__}List"
        path = (root_field.graphql_name,)
    return CompiledQuery(_render(gql.Query, name, variables, nodes), variables.values, path)


def _reverse_value(root_field: Any, parent: Any) -> Any:
    arg_type = root_field.args[parent.relation.reverse_filter].type
    return [parent.id] if str(arg_type).startswith("[") else parent.id


def compile_get(
    model: type[Model], id: str, *, only: Sequence[str] | None = None, prefetch: Iterable[str] = ()
) -> CompiledQuery:
    """Compile the single-object query ``model(id: $id)``.

    Examples
    --------
    >>> from mikro_orm import Sample
    >>> print(compile_get(Sample, "3", only=["name"]).document)
    query GetSample($id: ID!) {
      sample(id: $id) {
        id
        name
        creator {
          id
    ...
    """
    variables = _Variables()
    field = getattr(gql.Query, model._meta.get_field)
    args = _arguments(field, {"id": id}, variables)
    nodes = [Node(model._meta.get_field, args=args, children=model_selection(model, only, prefetch))]
    return CompiledQuery(_render(gql.Query, f"Get{model.__name__}", variables, nodes), variables.values, (field.graphql_name,))


def compile_by_ids(
    model: type[Model],
    ids: Sequence[str],
    *,
    only: Sequence[str] | None = None,
    selection: list[Node] | None = None,
    name: str | None = None,
) -> CompiledQuery:
    """Compile one request fetching every object of ``ids``.

    Uses the list field's ``ids`` filter where the schema has one, else one
    aliased single-object field per id (``o0: label(id: $o0Id) {...}``).
    The result (see :meth:`CompiledQuery.extract`) is a list in both cases.

    Parameters
    ----------
    selection
        What to select of each object instead of the model's default fields.
    """
    meta = model._meta
    selection = selection if selection is not None else model_selection(model, only)
    name = name or f"{model.__name__}ByIds"
    variables = _Variables()
    list_field = getattr(gql.Query, meta.list_field) if meta.list_field else None
    if list_field is not None and "ids" in list_field.args:
        args = _arguments(list_field, {"ids": list(ids)}, variables)
        nodes = [Node(meta.list_field, args=args, children=selection)]
        return CompiledQuery(_render(gql.Query, name, variables, nodes), variables.values, (list_field.graphql_name,))
    if meta.get_field is None:
        raise InvalidArgument("id", f"nothing: the server cannot fetch {model.__name__} objects by id")
    field = getattr(gql.Query, meta.get_field)
    nodes = []
    for index, object_id in enumerate(ids):
        args = _arguments(field, {"id": object_id}, variables, prefix=f"o{index}_")
        nodes.append(Node(meta.get_field, alias=f"o{index}", args=args, children=selection))
    return _AliasedList(_render(gql.Query, name, variables, nodes), variables.values, (), len(ids))


@attrs.frozen
class _AliasedList(CompiledQuery):
    """A CompiledQuery whose result is gathered from aliases ``o0 .. oN``."""

    count: int = 0

    def extract(self, data: Mapping[str, Any]) -> Any:
        return [data.get(f"o{index}") for index in range(self.count)]


def compile_relation_batch(
    parent: type[Model], parent_ids: Sequence[str], relation_name: str, prefetch: Mapping[str, Any] | None = None
) -> CompiledQuery:
    """Compile one request loading a relation for many owners.

    ``samples(ids: $ids) { id representations { ... } }``: the nested field
    returns each owner's related objects, so N owners cost one request.
    """
    relation = parent._meta.relations[relation_name]
    # The related objects in full: a forward relation whose id was not
    # selected is then loaded by this one request too.
    target_selection = model_selection(relation.target, prefetch=prefetch or {})
    children = [Node("id"), Node(relation.field, children=target_selection)]
    name = f"{parent.__name__}{relation_name.title().replace('_', '')}Batch"
    return compile_by_ids(parent, parent_ids, selection=children, name=name)


def compile_nested(
    model: type[Model], object_id: str, field_name: str, arguments: Mapping[str, Any], children: list[Node] | None = None
) -> CompiledQuery:
    """Compile ``model(id: $id) { field(args) }`` for a field with arguments of one object.

    Examples
    --------
    >>> from mikro_orm import Table
    >>> compile_nested(Table, "3", "query", {"limit": 2}).variables
    {'id': '3', 'limit': 2}
    """
    meta = model._meta
    root_field = getattr(gql.Query, meta.get_field)
    nested_field = getattr(meta.schema_type, field_name)
    variables = _Variables()
    id_args = _arguments(root_field, {"id": object_id}, variables)
    nested_args = _arguments(nested_field, arguments, variables)
    nodes = [Node(meta.get_field, args=id_args, children=[Node(field_name, args=nested_args, children=children or [])])]
    name = f"{model.__name__}{nested_field.graphql_name[:1].upper()}{nested_field.graphql_name[1:]}"
    return CompiledQuery(_render(gql.Query, name, variables, nodes), variables.values, (root_field.graphql_name, nested_field.graphql_name))


def compile_mutation(
    field_name: str,
    arguments: Mapping[str, Any],
    result_model: type[Model] | None = None,
    *,
    name: str | None = None,
    children: list[Node] | None = None,
) -> CompiledQuery:
    """Compile one mutation field with its arguments as variables.

    Parameters
    ----------
    field_name
        The sgqlc name of the Mutation field, e.g. ``"create_sample"``.
    arguments
        Argument values (None values are left out).
    result_model
        The model the field returns; its default selection is used.
    children
        An explicit selection instead (e.g. ``[Node("id")]`` for deletes).
    """
    field = getattr(gql.Mutation, field_name)
    variables = _Variables()
    args = _arguments(field, arguments, variables)
    if children is None:
        children = model_selection(result_model) if result_model is not None else []
    nodes = [Node(field_name, args=args, children=children)]
    operation_name = name or field.graphql_name[:1].upper() + field.graphql_name[1:]
    return CompiledQuery(_render(gql.Mutation, operation_name, variables, nodes), variables.values, (field.graphql_name,))


def compile_root_fields(
    root: str, name: str, fields: Sequence[tuple[str, str | None, Mapping[str, Any], list[Node]]]
) -> CompiledQuery:
    """Compile several (possibly aliased) root fields into one operation.

    Parameters
    ----------
    root
        ``"query"`` or ``"mutation"``.
    name
        The operation's name.
    fields
        ``(sgqlc field name, alias, argument values, selection)`` for each field.
        Argument variables are prefixed by the alias to keep them apart.
    """
    root_type = gql.Query if root == "query" else gql.Mutation
    variables = _Variables()
    nodes = []
    for field_name, alias, values, children in fields:
        field = getattr(root_type, field_name)
        args = _arguments(field, values, variables, prefix=f"{alias}_" if alias else "")
        nodes.append(Node(field_name, alias=alias, args=args, children=children))
    return CompiledQuery(_render(root_type, name, variables, nodes), variables.values, ())


def compile_subscription(
    field_name: str,
    arguments: Mapping[str, Any],
    model: type[Model],
    *,
    name: str,
    only: Sequence[str] | None = None,
    prefetch: Iterable[str] = (),
) -> CompiledQuery:
    """Compile one ``Subscription`` root field returning an event object.

    Event objects (``SamplesEvent``, ``RoiEvent``, ...) hold one field per
    kind: object fields (``create``, ``update``) select ``model`` as a list
    query would, scalar ones (``deleted``; ``delete`` on ``RoiEvent``) carry
    the deleted id. :meth:`CompiledQuery.extract` returns the event object.

    Parameters
    ----------
    field_name
        The sgqlc name of the Subscription field, e.g. ``"my_samples"``.
    arguments
        Argument values (``{"representation": "3"}`` for ``rois``).
    model
        The model the event's object fields return.
    name
        The operation's name.
    only, prefetch
        As for :func:`model_selection`.

    Examples
    --------
    >>> from mikro_orm import Sample
    >>> print(compile_subscription("my_samples", {}, Sample, name="WatchSamples").document)  # doctest: +ELLIPSIS
    subscription WatchSamples {
      mySamples {
        deleted
        update {
          id
    ...
    """
    field = getattr(gql.Subscription, field_name)
    variables = _Variables()
    args = _arguments(field, arguments, variables)
    event_type = _base_type(field.type)
    children = []
    for kind in event_type.__field_names__:
        if _is_object(getattr(event_type, kind).type):
            children.append(Node(kind, children=model_selection(model, only, prefetch)))
        else:
            children.append(Node(kind))
    nodes = [Node(field_name, args=args, children=children)]
    return CompiledQuery(_render(gql.Subscription, name, variables, nodes), variables.values, (field.graphql_name,))

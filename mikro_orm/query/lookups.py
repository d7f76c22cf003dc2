"""Filter keywords: how ``filter(...)`` keywords become server arguments.

The arguments a field accepts are read from the generated schema, so every
filter the server offers works under its snake_case name
(``created_after=``, ``derived_tags=``) and nothing else is accepted: a
keyword the server cannot filter on is an error, never a silent client-side
filter. A small table adds Django's spellings on top.
"""
from __future__ import annotations

from typing import Any, Mapping

import sgqlc.types

from mikro_orm.converter import to_json
from mikro_orm.errors import InvalidArgument

__all__ = ["PAGING_ARGUMENTS", "allowed_filters", "resolve_filters"]

# Arguments that QuerySet methods set (slicing, order_by), not filter().
PAGING_ARGUMENTS = frozenset({"limit", "offset", "order", "ordering"})

# Django-style spellings -> the server argument they mean.
ALIASES: Mapping[str, str] = {
    "search": "name",
    "name__icontains": "name",
    "name__contains": "name",
    "id__in": "ids",
    "pk__in": "ids",
    "tags__in": "tags",
    "created_at__gt": "created_after",
    "created_at__lt": "created_before",
    "type__in": "type",
    "key__in": "keys",
}


def allowed_filters(field: Any) -> list[str]:
    """The filter keywords a schema field accepts (sorted, without paging arguments)."""
    return sorted(name for name in field.args if name not in PAGING_ARGUMENTS)


def _is_list(arg_type: Any) -> bool:
    return str(arg_type).startswith("[")


def _argument_for(keyword: str, field: Any) -> str | None:
    args = field.args
    candidates = [keyword, ALIASES.get(keyword, "")]
    if keyword.endswith("__in"):
        candidates.append(keyword[: -len("__in")] + "s")
        candidates.append(keyword[: -len("__in")])
    candidates.append(keyword + "s")  # sample= -> samples=[...]
    for candidate in candidates:
        if candidate and candidate in args and candidate not in PAGING_ARGUMENTS:
            return candidate
    return None


def _normalize(value: Any, arg_type: Any) -> Any:
    if _is_list(arg_type):
        if value is None:
            return None
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__") or hasattr(value, "_meta"):
            value = [value]
        return to_json(list(value))
    return to_json(value)


def _input_spelling(value: Any, choices: Any) -> Any:
    # The output enum says ELLIPSE, the input enum ELLIPSIS: accept either.
    if value == "ELLIPSE" and "ELLIPSIS" in choices:
        return "ELLIPSIS"
    return value


def _check_enum(keyword: str, value: Any, arg_type: Any) -> None:
    base = getattr(arg_type, "__choices__", None)
    if base is None:
        return
    values = value if isinstance(value, list) else [value]
    for item in values:
        if item is not None and item not in base:
            raise InvalidArgument(keyword, f"one of {', '.join(base)}", detail=f"got {item!r}")


def resolve_filters(model_name: str, field: Any, keywords: Mapping[str, Any]) -> dict[str, Any]:
    """Turn ``filter()`` keywords into ``{server argument: JSON value}``.

    Parameters
    ----------
    model_name
        For messages.
    field
        The sgqlc field the query will call (its ``args`` say what is allowed).
    keywords
        What the user passed.

    Raises
    ------
    mikro_orm.errors.InvalidArgument
        For a keyword the field cannot filter on, naming the allowed ones.

    Examples
    --------
    >>> from mikro_orm.graphql import mikro_schema as gql
    >>> resolve_filters("Sample", gql.Query.samples, {"search": "liver", "experiment": "3"})
    {'name': 'liver', 'experiments': ['3']}
    """
    resolved: dict[str, Any] = {}
    for keyword, value in keywords.items():
        argument = _argument_for(keyword, field)
        if argument is None:
            raise InvalidArgument(
                keyword,
                f"a filter the server offers for {model_name}: {', '.join(['search'] + allowed_filters(field))}",
            )
        arg_type = field.args[argument].type
        normalized = _normalize(value, arg_type)
        # unwrap list wrappers to reach an enum's choices
        inner = arg_type
        while _is_list(inner) or str(inner).endswith("!"):
            inner = inner.__mro__[1]
        if isinstance(inner, type) and issubclass(inner, sgqlc.types.Enum):
            choices = inner.__choices__
            if isinstance(normalized, list):
                normalized = [_input_spelling(item, choices) for item in normalized]
            else:
                normalized = _input_spelling(normalized, choices)
            _check_enum(keyword, normalized, inner)
        resolved[argument] = normalized
    return resolved

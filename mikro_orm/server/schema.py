"""The executable schema: the package's SDL bound to our resolvers.

Schema-first: the SDL file ``mikro_orm/graphql/schema.graphql`` (a verbatim
copy of what a 2022 server served) is the single source of truth; this
module never adds or changes a type. ``convert_names_case`` lets resolvers
and rows use snake_case (``created_at``) for camelCase fields and
arguments (``createdAt``, ``createdAfter``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from ariadne import make_executable_schema
from typing import Any

from graphql import GraphQLEnumType, GraphQLSchema

from . import scalars
from .resolvers import BINDABLES


def schema_path() -> Path:
    """Where the package's SDL file is."""
    try:
        located = resources.files("mikro_orm.graphql") / "schema.graphql"
        return Path(str(located))
    except (ModuleNotFoundError, TypeError):
        # Fallback for unusual installs: the file beside this subpackage.
        return Path(__file__).resolve().parent.parent / "graphql" / "schema.graphql"


def type_defs() -> str:
    """The SDL text."""
    return schema_path().read_text(encoding="utf-8")


def _accept_hide_suggestions(schema: GraphQLSchema) -> None:
    """Work around ariadne 1.1 + graphql-core 3.2.14.

    ariadne replaces each enum's ``parse_value`` with a one-argument
    function, but graphql-core >= 3.2.14 calls it with a second argument
    (``hide_suggestions``) when coercing variables, so every enum variable
    (``variety: MASK``) failed. Wrap the patched function so it takes both.
    """
    for named_type in schema.type_map.values():
        patched = vars(named_type).get("parse_value") if isinstance(named_type, GraphQLEnumType) else None
        if patched is None:
            continue

        def parse_value(value: Any, hide_suggestions: bool = False, _patched: Any = patched) -> Any:
            return _patched(value)

        named_type.parse_value = parse_value  # type: ignore[method-assign]


@lru_cache(maxsize=1)
def build_schema() -> GraphQLSchema:
    """The executable schema (built once per process; it holds no state)."""
    schema = make_executable_schema(type_defs(), *scalars.BINDABLES, *BINDABLES, convert_names_case=True)
    _accept_hide_suggestions(schema)
    return schema

"""The Mikro GraphQL schema: its SDL and the sgqlc module generated from it.

``schema.graphql`` is the schema a 2022 Mikro server served (read by
introspection); ``mikro_schema.py`` is generated from it by
``python -m mikro_orm.graphql.regenerate`` and committed, so that importing
the client needs neither graphql-core nor the code generator.
"""
from __future__ import annotations

from pathlib import Path

SCHEMA_PATH: Path = Path(__file__).with_name("schema.graphql")

__all__ = ["SCHEMA_PATH"]

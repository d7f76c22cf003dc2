"""The committed sgqlc schema module matches schema.graphql."""
from __future__ import annotations


from mikro_orm.graphql import SCHEMA_PATH, regenerate


def test_generated_module_is_not_stale():
    assert regenerate.MODULE_PATH.read_text(encoding="utf-8") == regenerate.generate_source(), (
        "mikro_schema.py is stale: run python -m mikro_orm.graphql.regenerate"
    )


def test_staleness_check_notices_a_changed_schema(tmp_path):
    changed = tmp_path / "schema.graphql"
    changed.write_text(SCHEMA_PATH.read_text(encoding="utf-8").replace("hello: String", "hello: String\n  goodbye: String"))
    assert regenerate.generate_source(changed) != regenerate.MODULE_PATH.read_text(encoding="utf-8")

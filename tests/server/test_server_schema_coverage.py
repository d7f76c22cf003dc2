"""Every root field of the schema is sent by at least one test.

The tests send all documents through helpers that record the root fields
they ask for (``FieldRecorder``). This check runs last (see conftest) and
compares that record with the Query, Mutation and Subscription fields of
the package SDL. It only judges a complete run of this folder: when files
or tests were left out (a path, -k, -m, --lf), it skips and says why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import build_schema

import conftest

ROOTS = {"query": "Query", "mutation": "Mutation", "subscription": "Subscription"}


def schema_root_fields() -> set[tuple[str, str]]:
    from mikro_orm.server.schema import type_defs

    schema = build_schema(type_defs())
    return {(operation, name) for operation, type_name in ROOTS.items() for name in schema.get_type(type_name).fields}


@pytest.mark.schema_coverage
def test_every_root_field_is_sent_by_some_test(request, field_recorder):
    collected = {Path(str(item.fspath)).name for item in request.session.items}
    left_out = sorted(path.name for path in conftest.HERE.glob("test_*.py") if path.name not in collected)
    if left_out or conftest.DESELECTED:
        pytest.skip(f"partial run (files left out: {left_out}, tests deselected: {len(conftest.DESELECTED)}); coverage is only checked on a full run")
    expected = schema_root_fields()
    assert len(expected) >= 50, "the schema lost its root fields?"
    missing = sorted(expected - field_recorder.sent)
    assert not missing, "root fields no test sends:\n" + "\n".join(f"  {operation} {name}" for operation, name in missing)
    unknown = sorted(pair for pair in field_recorder.sent - expected if not pair[1].startswith("__"))
    assert not unknown, f"tests sent fields the schema does not have: {unknown}"

"""Every root field but ``hello`` needs a token: generated from the schema.

These requests bypass the field recorder on purpose: they prove the auth
rule for all fields at once, while the schema-coverage test keeps asking
for a behavioural test of each field elsewhere.
"""

from __future__ import annotations

import pytest
import requests
from graphql import GraphQLList, GraphQLNonNull, build_schema, get_named_type, is_leaf_type

from mikro_orm.server.schema import type_defs

SCHEMA = build_schema(type_defs())

#: A value for each required argument type (values travel as variables).
SAMPLE_VALUES = {
    "ID": "1", "Int": 1, "Float": 1.0, "String": "x", "XArray": "zarr/x", "DataFrame": "parquet/x",
    "GenericScalar": 1, "RoiTypeInput": "LINE", "ImageFile": "x", "Upload": "x", "InputVector": {"x": 1.0},
}


def _document(operation: str, field_name: str) -> tuple[str, dict]:
    root = SCHEMA.get_type(operation.capitalize())
    field = root.fields[field_name]
    declarations, arguments, variables = [], [], {}
    for name, argument in field.args.items():
        if not isinstance(argument.type, GraphQLNonNull):
            continue
        named = get_named_type(argument.type).name
        value = SAMPLE_VALUES[named]
        inner = argument.type.of_type
        variables[name] = [value] if isinstance(inner, GraphQLList) else value
        declarations.append(f"${name}: {argument.type}")
        arguments.append(f"{name}: ${name}")
    header = f"{operation}({', '.join(declarations)})" if declarations else operation
    call = f"{field_name}({', '.join(arguments)})" if arguments else field_name
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    return f"{header} {{ {call}{selection} }}", variables


FIELDS = [
    (operation, name)
    for operation in ("query", "mutation")
    for name in SCHEMA.get_type(operation.capitalize()).fields
    if name != "hello"
]


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory):
    """One server for the whole matrix: nothing here writes anything."""
    from mikro_orm.server import serve_in_thread

    with serve_in_thread(tmp_path_factory.mktemp("auth-matrix")) as running:
        yield running


@pytest.mark.parametrize("operation, field_name", FIELDS, ids=[f"{op}-{name}" for op, name in FIELDS])
def test_root_field_without_token_is_refused(shared_server, operation, field_name):
    document, variables = _document(operation, field_name)
    response = requests.post(shared_server.url + "/graphql", json={"query": document, "variables": variables}, timeout=10)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["data"] == {field_name: None}
    (error,) = body["errors"]
    assert error["message"].startswith("Authentication required")
    assert error["path"] == [field_name]


def test_the_matrix_wrote_nothing(shared_server):
    token = {"Authorization": f"Bearer {shared_server.token}"}
    query = "query { experiments { id } samples { id } representations { id } tables { id } omerofiles { id } rois { id } metrics { id } }"
    response = requests.post(shared_server.url + "/graphql", json={"query": query}, headers=token, timeout=10)
    assert all(rows == [] for rows in response.json()["data"].values())

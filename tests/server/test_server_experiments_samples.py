"""Experiments and samples: create, read, filter, order, page, delete."""

from __future__ import annotations

import pytest

CREATE_EXPERIMENT = """
mutation($name: String!, $description: String, $meta: GenericScalar, $tags: [String]) {
  createExperiment(name: $name, description: $description, meta: $meta, tags: $tags) {
    id name description meta tags createdAt creator { email }
  }
}"""

CREATE_SAMPLE = """
mutation($name: String, $experiments: [ID], $meta: GenericScalar, $tags: [String]) {
  createSample(name: $name, experiments: $experiments, meta: $meta, tags: $tags) {
    id name meta tags createdAt creator { email } experiments { id name }
  }
}"""


def make_experiment(gql, name: str, **values) -> dict:
    return gql.data(CREATE_EXPERIMENT, {"name": name, **values})["createExperiment"]


def make_sample(gql, name: str | None = None, **values) -> dict:
    return gql.data(CREATE_SAMPLE, {"name": name, **values})["createSample"]


def names(rows: list[dict]) -> list[str]:
    return [row["name"] for row in rows]


def test_create_and_get_experiment(gql):
    created = make_experiment(gql, "Cells", description="HeLa", meta={"a": [1, 2]}, tags=["t1", "t2"])
    assert created["id"] == "1"
    assert created["creator"] == {"email": "admin@mikro.local"}
    assert created["meta"] == {"a": [1, 2]}
    assert created["tags"] == ["t1", "t2"]
    assert created["createdAt"].endswith("+00:00")
    fetched = gql.data("query($id: ID!) { experiment(id: $id) { id name description meta tags } }", {"id": "1"})["experiment"]
    assert fetched == {"id": "1", "name": "Cells", "description": "HeLa", "meta": {"a": [1, 2]}, "tags": ["t1", "t2"]}


def test_experiment_list_filters_and_paging(gql, gql_bob):
    for name, tags in [("alpha", ["x"]), ("Beta", ["y"]), ("gamma ALPHA", ["x", "y"]), ("delta", [])]:
        make_experiment(gql, name, tags=tags)
    make_experiment(gql_bob, "bob alpha")
    query = "query($name: String, $tags: [String], $limit: Int, $offset: Int) { experiments(name: $name, tags: $tags, limit: $limit, offset: $offset) { id name } }"
    assert names(gql.data(query)["experiments"]) == ["alpha", "Beta", "gamma ALPHA", "delta", "bob alpha"]
    assert names(gql.data(query, {"name": "alpha"})["experiments"]) == ["alpha", "gamma ALPHA", "bob alpha"]
    assert names(gql.data(query, {"tags": ["y"]})["experiments"]) == ["Beta", "gamma ALPHA"]
    assert names(gql.data(query, {"limit": 2, "offset": 1})["experiments"]) == ["Beta", "gamma ALPHA"]
    assert names(gql.data(query, {"limit": 0, "offset": 3})["experiments"]) == ["delta", "bob alpha"]
    assert gql.data(query, {"offset": 50})["experiments"] == []
    mine = gql_bob.data("query { myexperiments { name } }")["myexperiments"]
    assert names(mine) == ["bob alpha"]
    bob_id = gql_bob.data("query { myexperiments { creator { id } } }")["myexperiments"][0]["creator"]["id"]
    by_creator = gql.data("query($c: Float) { experiments(creator: $c) { name } }", {"c": float(bob_id)})["experiments"]
    assert names(by_creator) == ["bob alpha"]


@pytest.mark.parametrize("variables", [{"offset": -1}, {"limit": -2}])
def test_negative_paging_is_an_error(gql, variables):
    data, errors = gql.errors("query($limit: Int, $offset: Int) { samples(limit: $limit, offset: $offset) { id } }", variables)
    assert data == {"samples": None}
    assert "Negative" in errors[0]["message"]


def test_unknown_order_key_lists_choices(gql):
    data, errors = gql.errors("query($order: [String]) { samples(order: $order) { id } }", {"order": ["-colour"]})
    assert data == {"samples": None}
    message = errors[0]["message"]
    assert "colour" in message and "Choices are:" in message
    for choice in ("name", "created_at", "id"):
        assert choice in message


def test_sample_ordering_and_generated_names(gql):
    make_sample(gql, "b")
    unnamed = make_sample(gql)
    make_sample(gql, "a")
    assert unnamed["name"] == "Sample 2"
    query = "query($order: [String]) { samples(order: $order) { id name } }"
    assert names(gql.data(query)["samples"]) == ["b", "Sample 2", "a"]
    assert names(gql.data(query, {"order": ["name"]})["samples"]) == ["Sample 2", "a", "b"]
    assert names(gql.data(query, {"order": ["-name"]})["samples"]) == ["b", "a", "Sample 2"]
    assert names(gql.data(query, {"order": ["-created_at"]})["samples"]) == ["a", "Sample 2", "b"]
    assert [row["id"] for row in gql.data(query, {"order": ["-id"]})["samples"]] == ["3", "2", "1"]


def test_sample_experiment_many_to_many(gql):
    first = make_experiment(gql, "first")
    second = make_experiment(gql, "second")
    both = make_sample(gql, "both", experiments=[first["id"], second["id"]], tags=["s"], meta={"k": 1})
    only = make_sample(gql, "only", experiments=[second["id"]])
    make_sample(gql, "none")
    assert [e["name"] for e in both["experiments"]] == ["first", "second"]
    query = "query($experiments: [ID], $ids: [ID], $name: String) { samples(experiments: $experiments, ids: $ids, name: $name) { name } }"
    assert names(gql.data(query, {"experiments": [first["id"], second["id"]]})["samples"]) == ["both", "only"]
    assert names(gql.data(query, {"ids": [only["id"], "999"]})["samples"]) == ["only"]
    assert names(gql.data(query, {"name": "NON"})["samples"]) == ["none"]
    nested = gql.data(
        "query($id: ID!, $name: String) { experiment(id: $id) { samples(name: $name) { name experiments { name } } } }",
        {"id": second["id"], "name": "o"},
    )["experiment"]["samples"]
    assert nested == [{"name": "both", "experiments": [{"name": "first"}, {"name": "second"}]}, {"name": "only", "experiments": [{"name": "second"}]}]
    fetched = gql.data("query($id: ID!) { sample(id: $id) { name meta tags experiments { id } } }", {"id": both["id"]})["sample"]
    assert fetched == {"name": "both", "meta": {"k": 1}, "tags": ["s"], "experiments": [{"id": "1"}, {"id": "2"}]}


def test_create_sample_with_missing_experiment_leaves_nothing(gql):
    experiment = make_experiment(gql, "real")
    data, errors = gql.errors(CREATE_SAMPLE, {"name": "orphan", "experiments": [experiment["id"], "42"]})
    assert data == {"createSample": None}
    assert errors[0]["message"] == "Experiment matching query does not exist."
    assert gql.data("query { samples { id } }") == {"samples": []}
    assert make_sample(gql, "next")["id"] == "1"


def test_my_samples_are_scoped(gql, gql_bob):
    make_sample(gql, "mine")
    make_sample(gql_bob, "bobs")
    assert names(gql.data("query { mysamples { name } }")["mysamples"]) == ["mine"]
    assert names(gql_bob.data("query { mysamples { name } }")["mysamples"]) == ["bobs"]
    assert names(gql.data("query { samples { name } }")["samples"]) == ["mine", "bobs"]


def test_delete_experiment_keeps_samples(gql):
    experiment = make_experiment(gql, "gone")
    make_sample(gql, "stays", experiments=[experiment["id"]])
    assert gql.data("mutation($id: ID!) { deleteExperiment(id: $id) { id } }", {"id": experiment["id"]}) == {"deleteExperiment": {"id": "1"}}
    assert gql.data("query { experiments { id } }") == {"experiments": []}
    assert gql.data("query { samples { name experiments { id } } }") == {"samples": [{"name": "stays", "experiments": []}]}
    assert make_experiment(gql, "next")["id"] == "2"  # ids are never reused


def test_delete_sample_and_missing_ids(gql):
    sample = make_sample(gql, "s")
    assert gql.data("mutation($id: ID!) { deleteSample(id: $id) { id } }", {"id": sample["id"]}) == {"deleteSample": {"id": "1"}}
    data, errors = gql.errors("mutation($id: ID!) { deleteSample(id: $id) { id } }", {"id": sample["id"]})
    assert data == {"deleteSample": None}
    assert errors[0]["message"] == "Sample matching query does not exist."
    data, errors = gql.errors("mutation($id: ID!) { deleteExperiment(id: $id) { id } }", {"id": "7"})
    assert errors[0]["message"] == "Experiment matching query does not exist."


def test_cannot_delete_another_users_objects(gql, gql_bob):
    experiment = make_experiment(gql, "admin's")
    sample = make_sample(gql, "admin's sample")
    for field, object_id in (("deleteExperiment", experiment["id"]), ("deleteSample", sample["id"])):
        data, errors = gql_bob.errors(f"mutation($id: ID!) {{ {field}(id: $id) {{ id }} }}", {"id": object_id})
        assert data == {field: None}
        assert errors[0]["message"].startswith("Permission denied")
    assert len(gql.data("query { experiments { id } samples { id } }")["experiments"]) == 1
    assert len(gql.data("query { samples { id } }")["samples"]) == 1

"""Representations: fromXArray reads the store, nested fields, deletes."""

from __future__ import annotations

import uuid

from mikro_server_support import write_zarr_store

FROM_XARRAY = """
mutation($xarray: XArray!, $name: String, $sample: ID, $tags: [String], $variety: RepresentationVarietyInput, $origins: [ID], $meta: GenericScalar) {
  fromXArray(xarray: $xarray, name: $name, sample: $sample, tags: $tags, variety: $variety, origins: $origins, meta: $meta) {
    id name store shape dims hasArray unique fileversion variety tags meta createdAt
    sample { id name } creator { email } origins { id }
  }
}"""


def upload(gql, store: str, **values) -> dict:
    return gql.data(FROM_XARRAY, {"xarray": store, **values})["fromXArray"]


def make_sample(gql, name: str) -> dict:
    return gql.data("mutation($n: String) { createSample(name: $n) { id name } }", {"n": name})["createSample"]


def test_from_xarray_reads_shape_and_dims(gql, datalayer):
    store = write_zarr_store(datalayer, dims=("c", "z", "y", "x"), shape=(2, 3, 8, 9))
    sample = make_sample(gql, "s1")
    rep = upload(gql, store, name="raw", sample=sample["id"], tags=["raw"], meta={"m": 1})
    assert rep["id"] == "1"
    assert rep["store"] == store
    assert rep["shape"] == [2, 3, 8, 9]
    assert rep["dims"] == ["c", "z", "y", "x"]
    assert rep["hasArray"] is True
    assert rep["fileversion"] == "0.1"
    assert rep["variety"] == "VOXEL"
    assert str(uuid.UUID(rep["unique"], version=4)) == rep["unique"]
    assert rep["sample"] == {"id": sample["id"], "name": "s1"}
    assert rep["creator"] == {"email": "admin@mikro.local"}
    assert rep["tags"] == ["raw"] and rep["meta"] == {"m": 1}


def test_from_xarray_without_store_has_no_array(gql):
    rep = upload(gql, f"zarr/{uuid.uuid4()}", variety="MASK")
    assert rep["hasArray"] is False
    assert rep["shape"] is None and rep["dims"] is None
    assert rep["variety"] == "MASK"
    assert rep["name"] == "Representation 1"


def test_from_xarray_rejects_paths_outside_the_datalayer(gql):
    for bad in ("../../etc", "/etc/passwd", "parquet/x", "zarr"):
        data, errors = gql.errors(FROM_XARRAY, {"xarray": bad})
        assert data == {"fromXArray": None}
        assert "store path" in errors[0]["message"]
    assert gql.data("query { representations { id } }") == {"representations": []}


def test_from_xarray_with_missing_sample_leaves_nothing(gql, datalayer):
    store = write_zarr_store(datalayer)
    data, errors = gql.errors(FROM_XARRAY, {"xarray": store, "sample": "5"})
    assert errors[0]["message"] == "Sample matching query does not exist."
    assert gql.data("query { representations { id } }") == {"representations": []}


def test_double_upload_with_aliases(gql, datalayer):
    first, second = write_zarr_store(datalayer), write_zarr_store(datalayer, dims=("y", "x"), shape=(4, 5))
    data = gql.data(
        "mutation($a: XArray!, $b: XArray!) { x: fromXArray(xarray: $a) { id store } y: fromXArray(xarray: $b) { id store shape } }",
        {"a": first, "b": second},
    )
    assert data == {"x": {"id": "1", "store": first}, "y": {"id": "2", "store": second, "shape": [4, 5]}}


def test_list_filters_order_and_nesting(gql, gql_bob, datalayer):
    s1, s2 = make_sample(gql, "first sample"), make_sample(gql, "second sample")
    e1 = gql.data("mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "exp"})["createExperiment"]
    gql.data("mutation($n: String, $e: [ID]) { createSample(name: $n, experiments: $e) { id } }", {"n": "in exp", "e": [e1["id"]]})
    a = upload(gql, write_zarr_store(datalayer), name="Alpha", sample=s2["id"], tags=["t1"])
    b = upload(gql, write_zarr_store(datalayer), name="beta", sample=s1["id"], tags=["t2"])
    c = upload(gql, write_zarr_store(datalayer), name="alphabet", sample="3", origins=[a["id"]])
    upload(gql_bob, write_zarr_store(datalayer), name="bobs", origins=[a["id"], b["id"]])
    assert c["origins"] == [{"id": a["id"]}]
    query = """query($name: String, $tags: [String], $ids: [String], $samples: [ID], $experiments: [ID], $order: [String], $limit: Int, $offset: Int) {
      representations(name: $name, tags: $tags, ids: $ids, samples: $samples, experiments: $experiments, order: $order, limit: $limit, offset: $offset) { name }
    }"""

    def names(**variables):
        return [row["name"] for row in gql.data(query, variables)["representations"]]

    assert names() == ["Alpha", "beta", "alphabet", "bobs"]
    assert names(name="ALPHA") == ["Alpha", "alphabet"]
    assert names(tags=["t2", "t1"]) == ["Alpha", "beta"]
    assert names(ids=[b["id"], c["id"]]) == ["beta", "alphabet"]
    assert names(samples=[s1["id"], s2["id"]]) == ["Alpha", "beta"]
    assert names(experiments=[e1["id"]]) == ["alphabet"]
    assert names(order=["-name"]) == ["bobs", "beta", "alphabet", "Alpha"]
    # Representations without a sample (NULL) sort last going up, first going down.
    assert names(order=["sample__name", "id"]) == ["beta", "alphabet", "Alpha", "bobs"]
    assert names(order=["-sample__name"]) == ["bobs", "Alpha", "alphabet", "beta"]
    assert names(limit=2, offset=1) == ["beta", "alphabet"]
    mine = gql_bob.data("query { myrepresentations { name } }")["myrepresentations"]
    assert mine == [{"name": "bobs"}]
    nested = gql.data(
        "query($id: ID!) { sample(id: $id) { representations { name sample { name } } } }", {"id": s2["id"]}
    )["sample"]["representations"]
    assert nested == [{"name": "Alpha", "sample": {"name": "second sample"}}]
    nested_filtered = gql.data(
        "query($id: ID!, $name: String) { sample(id: $id) { representations(name: $name) { name } } }", {"id": s2["id"], "name": "zzz"}
    )["sample"]["representations"]
    assert nested_filtered == []
    derived = gql.data("query($id: ID!) { representation(id: $id) { derived { name } } }", {"id": a["id"]})["representation"]["derived"]
    assert derived == [{"name": "alphabet"}, {"name": "bobs"}]


def test_delete_representation_removes_its_store(gql, gql_bob, datalayer):
    store = write_zarr_store(datalayer)
    rep = upload(gql, store)
    assert (datalayer / store / ".zmetadata").exists()
    data, errors = gql_bob.errors("mutation($id: ID!) { deleteRepresentation(id: $id) { id } }", {"id": rep["id"]})
    assert errors[0]["message"].startswith("Permission denied")
    assert (datalayer / store).exists()
    assert gql.data("mutation($id: ID!) { deleteRepresentation(id: $id) { id } }", {"id": rep["id"]}) == {"deleteRepresentation": {"id": rep["id"]}}
    assert not (datalayer / store).exists()
    data, errors = gql.errors("query($id: ID!) { representation(id: $id) { id } }", {"id": rep["id"]})
    assert errors[0]["message"] == "Representation matching query does not exist."


def test_delete_sample_cascades_to_representations(gql, datalayer):
    sample = make_sample(gql, "s")
    store = write_zarr_store(datalayer)
    upload(gql, store, sample=sample["id"])
    gql.data("mutation($id: ID!) { deleteSample(id: $id) { id } }", {"id": sample["id"]})
    assert gql.data("query { representations { id } }") == {"representations": []}
    assert not (datalayer / store).exists()

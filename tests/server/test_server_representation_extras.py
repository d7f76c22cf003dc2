"""The rest of the representation contract: every filter, create/update
without fromXArray, random, tags, and the User's reverse sets."""

from __future__ import annotations

import datetime as dt
import json
import time

from mikro_server_support import write_zarr_store

CREATE = """mutation($array: XArray, $name: String, $tags: [String], $variety: RepresentationVarietyInput, $origins: [ID], $omero: OmeroRepresentationInput) {
  createRepresentation(array: $array, name: $name, tags: $tags, variety: $variety, origins: $origins, omero: $omero) {
    id name hasArray shape dims store createdAt variety
    omero { scale physicalSize { x y } channels { name emmissionWavelength } planes { zIndex deltaT } }
  }
}"""

LIST = """query($variety: RepresentationVarietyInput, $after: DateTime, $before: DateTime, $derivedTags: [String], $hasMetric: String, $ordering: String, $order: [String]) {
  representations(variety: $variety, createdAfter: $after, createdBefore: $before, derivedTags: $derivedTags, hasMetric: $hasMetric, ordering: $ordering, order: $order) { name }
}"""


def create(gql, **values) -> dict:
    return gql.data(CREATE, values)["createRepresentation"]


def names(gql, **variables) -> list[str]:
    return [row["name"] for row in gql.data(LIST, variables)["representations"]]


def test_create_representation_without_array_and_omero(gql):
    omero = {"scale": [1.0, 0.5], "physicalSize": {"x": 2, "y": 3}, "channels": [{"name": "DAPI", "emmissionWavelength": 461.0}], "planes": [{"zIndex": 0, "deltaT": 0.1}]}
    rep = create(gql, name="empty", omero=omero)
    assert rep["hasArray"] is False and rep["shape"] is None and rep["store"] is None
    assert rep["omero"] == {"scale": [1.0, 0.5], "physicalSize": {"x": 2, "y": 3}, "channels": [{"name": "DAPI", "emmissionWavelength": 461.0}], "planes": [{"zIndex": 0, "deltaT": 0.1}]}
    assert create(gql)["name"] == "Representation 2"


def test_update_representation_rereads_the_store(gql, gql_bob, datalayer):
    store = write_zarr_store(datalayer, dims=("y", "x"), shape=(4, 4))
    rep = create(gql, array=store)
    assert rep["shape"] == [4, 4]
    import shutil

    shutil.rmtree(datalayer / store)
    write_zarr_store_at(datalayer, store, dims=("t", "y", "x"), shape=(2, 5, 6))
    update = "mutation($rep: ID!) { updateRepresentation(rep: $rep) { id shape dims hasArray fileversion } }"
    data, errors = gql_bob.errors(update, {"rep": rep["id"]})
    assert errors[0]["message"].startswith("Permission denied")
    assert gql.data(update, {"rep": rep["id"]})["updateRepresentation"] == {"id": rep["id"], "shape": [2, 5, 6], "dims": ["t", "y", "x"], "hasArray": True, "fileversion": "0.2"}
    data, errors = gql.errors(update, {"rep": "404"})
    assert errors[0]["message"] == "Representation matching query does not exist."


def write_zarr_store_at(datalayer, store, dims, shape):
    import numpy as np
    import xarray as xr

    array = xr.DataArray(np.zeros(shape, dtype="uint8"), dims=dims)
    xr.Dataset({"data": array}, attrs={"fileversion": "0.2"}).to_zarr(str(datalayer / store), zarr_format=2, consolidated=True)


def test_variety_dates_and_time_ordering(gql):
    create(gql, name="first", variety="MASK")
    time.sleep(0.05)
    middle = create(gql, name="second", variety="RGB")
    time.sleep(0.05)
    create(gql, name="third", variety="MASK")
    assert names(gql, variety="MASK") == ["first", "third"]
    pivot = middle["createdAt"]
    assert names(gql, after=pivot) == ["third"]  # strict
    assert names(gql, before=pivot) == ["first"]  # strict
    utc = dt.datetime.fromisoformat(pivot)
    as_other_zone = utc.astimezone(dt.timezone(dt.timedelta(hours=2))).isoformat()
    assert names(gql, after=as_other_zone) == ["third"]
    assert names(gql, ordering="-time") == ["third", "second", "first"]
    assert names(gql, ordering="time") == ["first", "second", "third"]
    data, errors = gql.errors(LIST, {"ordering": "size"})
    assert "time" in errors[0]["message"] and "-time" in errors[0]["message"]
    response = gql.post(LIST, {"after": "yesterday"})
    assert response.status_code == 400 and "data" not in response.json()
    assert "DateTime" in response.json()["errors"][0]["message"]


def test_derived_tags_and_has_metric(gql):
    base = create(gql, name="base")
    other = create(gql, name="other")
    create(gql, name="mask of base", tags=["segmentation"], origins=[base["id"]])
    create(gql, name="filtered other", tags=["filtered"], origins=[other["id"]])
    assert names(gql, derivedTags=["segmentation"]) == ["base"]
    assert names(gql, derivedTags=["segmentation", "filtered"]) == ["base", "other"]
    metric = "mutation($rep: ID, $k: String!, $v: GenericScalar!) { createMetric(rep: $rep, key: $k, value: $v) { id } }"
    gql.data(metric, {"rep": base["id"], "k": "area", "v": 1})
    gql.data(metric, {"rep": base["id"], "k": "mean", "v": 2})
    gql.data(metric, {"rep": other["id"], "k": "area", "v": 3})
    assert names(gql, hasMetric="area") == ["base", "other"]
    assert names(gql, hasMetric="area,mean") == ["base"]


def test_random_representation(gql):
    assert gql.data("query { randomRepresentation { id } }") == {"randomRepresentation": None}
    ids = {create(gql, name=str(i))["id"] for i in range(3)}
    for _ in range(5):
        assert gql.data("query { randomRepresentation { id } }")["randomRepresentation"]["id"] in ids


def test_tags_query(gql):
    create(gql, name="a", tags=["Raw Data", "b"])
    gql.data("mutation($n: String!, $t: [String]) { createExperiment(name: $n, tags: $t) { id } }", {"n": "e", "t": ["b", "c"]})
    tags = gql.data("query { tags { id name slug } }")["tags"]
    assert tags == [{"id": "1", "name": "Raw Data", "slug": "raw-data"}, {"id": "2", "name": "b", "slug": "b"}, {"id": "3", "name": "c", "slug": "c"}]
    assert gql.data("query($n: String, $l: Int) { tags(name: $n, limit: $l) { name } }", {"n": "RAW", "l": 5}) == {"tags": [{"name": "Raw Data"}]}


def test_user_reverse_sets(gql, gql_bob, datalayer):
    gql_bob.data("mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "bob e"})
    gql_bob.data("mutation($n: String) { createSample(name: $n) { id } }", {"n": "bob s"})
    rep = gql_bob.data("mutation($x: XArray!) { fromXArray(xarray: $x) { id } }", {"x": write_zarr_store(datalayer)})["fromXArray"]
    gql_bob.data("mutation($rep: ID, $k: String!, $v: GenericScalar!) { createMetric(rep: $rep, key: $k, value: $v) { id } }", {"rep": rep["id"], "k": "k", "v": 1})
    gql_bob.data("mutation($rep: ID!, $v: [InputVector]!, $t: RoiTypeInput!) { createROI(representation: $rep, vectors: $v, type: $t) { id } }", {"rep": rep["id"], "v": [], "t": "PATH"})
    label = gql_bob.data("mutation($rep: ID!, $i: Int!) { createLabel(representation: $rep, instance: $i) { id } }", {"rep": rep["id"], "i": 1})["createLabel"]
    gql_bob.data("mutation($l: ID!, $s: Float!) { createSizeFeature(label: $l, size: $s) { id } }", {"l": label["id"], "s": 1.0})
    gql_bob.data("mutation($c: [String]) { createTable(columns: $c) { id } }", {"c": ["x"]})
    gql_bob.upload("mutation($file: Upload!) { uploadOmeroFile(file: $file) { id } }", {}, {"file": ("a.tif", b"x", "image/tiff")})
    user = gql_bob.data(
        "query { myexperiments { creator { email experimentSet { id } sampleSet { id } representationSet { id } metricSet { id } roiSet { id } labelSet { id } sizefeatureSet { id } tableSet { id } omerofileSet { id } roles lastLogin } } }"
    )["myexperiments"][0]["creator"]
    counts = {key: len(value) for key, value in user.items() if isinstance(value, list) and key != "roles"}
    assert counts == {key: 1 for key in counts} and len(counts) == 9
    assert user["lastLogin"] is None
    assert json.dumps(user["roles"]) == "[]"
    # The admin created nothing.
    assert gql.data("query { mysamples { id } myrepresentations { id } myexperiments { id } }") == {"mysamples": [], "myrepresentations": [], "myexperiments": []}


def test_create_representation_with_a_missing_origin_leaves_nothing(gql):
    base = create(gql, name="base")
    data, errors = gql.errors(CREATE, {"name": "derived", "origins": [base["id"], "31"]})
    assert data == {"createRepresentation": None}
    assert errors[0]["message"] == "Representation matching query does not exist."
    assert [row["name"] for row in gql.data("query { representations { name } }")["representations"]] == ["base"]
    data, errors = gql.errors(CREATE, {"array": "../outside"})
    assert "store path" in errors[0]["message"]

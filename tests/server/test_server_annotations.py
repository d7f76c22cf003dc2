"""Metrics, ROIs, labels and size features."""

from __future__ import annotations

from mikro_server_support import write_zarr_store

ROI_FIELDS = "id type vectors { x y z } tags color createdAt representation { id } creator { email color }"


def make_rep(gql, datalayer, name="rep", sample=None) -> dict:
    query = "mutation($x: XArray!, $n: String, $s: ID) { fromXArray(xarray: $x, name: $n, sample: $s) { id } }"
    return gql.data(query, {"x": write_zarr_store(datalayer), "n": name, "s": sample})["fromXArray"]


def test_metrics_create_filter_order(gql, datalayer):
    sample = gql.data("mutation($n: String) { createSample(name: $n) { id } }", {"n": "s"})["createSample"]
    experiment = gql.data("mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "e"})["createExperiment"]
    rep = make_rep(gql, datalayer, sample=sample["id"])
    create = """mutation($rep: ID, $sample: ID, $experiment: ID, $key: String!, $value: GenericScalar!) {
      createMetric(rep: $rep, sample: $sample, experiment: $experiment, key: $key, value: $value) {
        id key value createdAt rep { id } sample { id } experiment { id } creator { id }
      }
    }"""
    first = gql.data(create, {"rep": rep["id"], "key": "size", "value": 3.5})["createMetric"]
    assert first["rep"] == {"id": rep["id"]} and first["value"] == 3.5 and first["sample"] is None
    gql.data(create, {"sample": sample["id"], "key": "count", "value": {"n": [1, 2]}})
    gql.data(create, {"experiment": experiment["id"], "rep": rep["id"], "key": "area", "value": 9})
    query = """query($keys: [String], $rep: ID, $sample: ID, $experiment: ID, $order: [String], $limit: Int) {
      metrics(keys: $keys, representation: $rep, sample: $sample, experiment: $experiment, order: $order, limit: $limit) { key value }
    }"""
    assert [m["key"] for m in gql.data(query)["metrics"]] == ["size", "count", "area"]
    assert [m["key"] for m in gql.data(query, {"keys": ["area", "size"]})["metrics"]] == ["size", "area"]
    assert [m["key"] for m in gql.data(query, {"rep": rep["id"], "order": ["key"]})["metrics"]] == ["area", "size"]
    assert gql.data(query, {"sample": sample["id"]})["metrics"] == [{"key": "count", "value": {"n": [1, 2]}}]
    assert [m["key"] for m in gql.data(query, {"experiment": experiment["id"]})["metrics"]] == ["area"]
    assert [m["key"] for m in gql.data(query, {"order": ["-key"], "limit": 1})["metrics"]] == ["size"]
    fetched = gql.data("query($id: ID!) { metric(id: $id) { key rep { id } } }", {"id": first["id"]})["metric"]
    assert fetched == {"key": "size", "rep": {"id": rep["id"]}}
    nested = gql.data(
        "query($id: ID!, $keys: [String]) { representation(id: $id) { metrics(keys: $keys) { key } } sample(id: $id) { metrics { key } } experiment(id: $id) { metrics { key } } }",
        {"id": "1", "keys": ["area"]},
    )
    assert nested == {"representation": {"metrics": [{"key": "area"}]}, "sample": {"metrics": [{"key": "count"}]}, "experiment": {"metrics": [{"key": "area"}]}}
    data, errors = gql.errors("query($id: ID!) { metric(id: $id) { id } }", {"id": "77"})
    assert errors[0]["message"] == "Metric matching query does not exist."
    data, errors = gql.errors(create, {"rep": "77", "key": "k", "value": 1})
    assert errors[0]["message"] == "Representation matching query does not exist."
    assert len(gql.data(query)["metrics"]) == 3


def test_rois_create_filter_delete(gql, gql_bob, datalayer):
    rep = make_rep(gql, datalayer)
    other = make_rep(gql, datalayer, name="other")
    create = f"""mutation($rep: ID!, $vectors: [InputVector]!, $type: RoiTypeInput!, $tags: [String], $meta: GenericScalar) {{
      createROI(representation: $rep, vectors: $vectors, type: $type, tags: $tags, meta: $meta) {{ {ROI_FIELDS} }}
    }}"""
    ellipse = gql.data(create, {"rep": rep["id"], "vectors": [{"x": 1, "y": 2, "z": 0}, {"x": 3.5, "y": 4}], "type": "ELLIPSIS", "tags": ["cell"]})["createROI"]
    assert ellipse["type"] == "ELLIPSE"
    assert ellipse["vectors"] == [{"x": 1.0, "y": 2.0, "z": 0.0}, {"x": 3.5, "y": 4.0, "z": None}]
    assert ellipse["tags"] == ["cell"]
    assert ellipse["creator"]["email"] == "admin@mikro.local" and ellipse["creator"]["color"]
    gql.data(create, {"rep": rep["id"], "vectors": [{"x": 0, "y": 0}], "type": "POLYGON"})
    gql_bob.data(create, {"rep": other["id"], "vectors": [], "type": "RECTANGLE"})
    query = "query($rep: ID, $type: [RoiTypeInput], $tags: [String], $limit: Int) { rois(representation: $rep, type: $type, tags: $tags, limit: $limit) { id type } }"
    assert [r["type"] for r in gql.data(query)["rois"]] == ["ELLIPSE", "POLYGON", "RECTANGLE"]
    assert [r["type"] for r in gql.data(query, {"rep": rep["id"]})["rois"]] == ["ELLIPSE", "POLYGON"]
    assert [r["type"] for r in gql.data(query, {"type": ["ELLIPSIS", "RECTANGLE"]})["rois"]] == ["ELLIPSE", "RECTANGLE"]
    assert [r["type"] for r in gql.data(query, {"tags": ["cell"]})["rois"]] == ["ELLIPSE"]
    nested = gql.data("query($id: ID!) { representation(id: $id) { rois { type } } }", {"id": rep["id"]})
    assert nested == {"representation": {"rois": [{"type": "ELLIPSE"}, {"type": "POLYGON"}]}}
    data, errors = gql_bob.errors("mutation($id: ID!) { deleteROI(id: $id) { id } }", {"id": ellipse["id"]})
    assert errors[0]["message"].startswith("Permission denied")
    assert gql.data("mutation($id: ID!) { deleteROI(id: $id) { id } }", {"id": ellipse["id"]}) == {"deleteROI": {"id": ellipse["id"]}}
    data, errors = gql.errors("mutation($id: ID!) { deleteROI(id: $id) { id } }", {"id": ellipse["id"]})
    assert errors[0]["message"] == "ROI matching query does not exist."
    data, errors = gql.errors(create, {"rep": "99", "vectors": [], "type": "LINE"})
    assert errors[0]["message"] == "Representation matching query does not exist."


def test_roi_type_must_not_be_null(gql, datalayer):
    rep = make_rep(gql, datalayer)
    # The 0.1.73 client declared $type nullable; the schema rejects that.
    response = gql.post("mutation($rep: ID!, $v: [InputVector]!, $type: RoiTypeInput) { createROI(representation: $rep, vectors: $v, type: $type) { id } }", {"rep": rep["id"], "v": [], "type": "LINE"})
    assert response.status_code == 400
    assert "data" not in response.json()


def test_labels_get_or_create_and_size_features(gql, gql_bob, datalayer):
    rep = make_rep(gql, datalayer)
    create = "mutation($rep: ID!, $instance: Int!, $name: String) { createLabel(representation: $rep, instance: $instance, name: $name) { id instance name representation { id } creator { email } createdAt } }"
    first = gql.data(create, {"rep": rep["id"], "instance": 3, "name": "nucleus"})["createLabel"]
    again = gql.data(create, {"rep": rep["id"], "instance": 3, "name": "nucleus"})["createLabel"]
    assert again["id"] == first["id"] == "1"
    renamed = gql.data(create, {"rep": rep["id"], "instance": 3, "name": "cell"})["createLabel"]
    bobs = gql_bob.data(create, {"rep": rep["id"], "instance": 3, "name": "nucleus"})["createLabel"]
    unnamed = gql.data(create, {"rep": rep["id"], "instance": 4})["createLabel"]
    assert gql.data(create, {"rep": rep["id"], "instance": 4})["createLabel"]["id"] == unnamed["id"]
    assert len({first["id"], renamed["id"], bobs["id"], unnamed["id"]}) == 4
    assert [l["id"] for l in gql.data("query($rep: ID, $limit: Int) { labels(representation: $rep, limit: $limit) { id } }", {"rep": rep["id"], "limit": 2})["labels"]] == ["1", "2"]
    assert gql.data("query($rep: ID!, $i: Int!) { labelFor(representation: $rep, instance: $i) { id name } }", {"rep": rep["id"], "i": 3}) == {"labelFor": {"id": "1", "name": "nucleus"}}
    data, errors = gql.errors("query($rep: ID!, $i: Int!) { labelFor(representation: $rep, instance: $i) { id } }", {"rep": rep["id"], "i": 99})
    assert errors[0]["message"] == "Label matching query does not exist."
    feature = gql.data(
        "mutation($label: ID!, $size: Float!) { createSizeFeature(label: $label, size: $size) { id size label { id representation { id } } creator { email } } }",
        {"label": first["id"], "size": 12.5},
    )["createSizeFeature"]
    assert feature == {"id": "1", "size": 12.5, "label": {"id": "1", "representation": {"id": rep["id"]}}, "creator": {"email": "admin@mikro.local"}}
    label = gql.data("query($id: ID) { label(id: $id) { instance features { size } } }", {"id": first["id"]})["label"]
    assert label == {"instance": 3, "features": [{"size": 12.5}]}
    data, errors = gql.errors("mutation($label: ID!, $s: Float!) { createSizeFeature(label: $label, size: $s) { id } }", {"label": "50", "s": 1.0})
    assert errors[0]["message"] == "Label matching query does not exist."
    data, errors = gql.errors("query($id: ID) { label(id: $id) { id } }", {"id": "50"})
    assert errors[0]["message"] == "Label matching query does not exist."
    nested = gql.data("query($id: ID!) { representation(id: $id) { labels { id } } }", {"id": rep["id"]})["representation"]["labels"]
    assert len(nested) == 4


def test_deleting_a_representation_cascades(gql, datalayer):
    rep = make_rep(gql, datalayer)
    gql.data("mutation($rep: ID!, $v: [InputVector]!, $t: RoiTypeInput!) { createROI(representation: $rep, vectors: $v, type: $t) { id } }", {"rep": rep["id"], "v": [], "t": "LINE"})
    gql.data("mutation($rep: ID, $k: String!, $v: GenericScalar!) { createMetric(rep: $rep, key: $k, value: $v) { id } }", {"rep": rep["id"], "k": "k", "v": 1})
    label = gql.data("mutation($rep: ID!, $i: Int!) { createLabel(representation: $rep, instance: $i) { id } }", {"rep": rep["id"], "i": 1})["createLabel"]
    gql.data("mutation($l: ID!, $s: Float!) { createSizeFeature(label: $l, size: $s) { id } }", {"l": label["id"], "s": 2.0})
    gql.data("mutation($rep: ID!) { deleteRepresentation(id: $rep) { id } }", {"rep": rep["id"]})
    left = gql.data("query { rois { id } metrics { id } labels { id } }")
    assert left == {"rois": [], "metrics": [], "labels": []}
    data, errors = gql.errors("query($id: ID) { label(id: $id) { id } }", {"id": label["id"]})
    assert errors[0]["message"] == "Label matching query does not exist."


def test_annotation_error_cases(gql):
    data, errors = gql.errors("query($o: [String]) { metrics(order: $o) { id } }", {"o": ["weight"]})
    assert data == {"metrics": None}
    assert "weight" in errors[0]["message"] and "key" in errors[0]["message"].split("Choices are:")[1]
    data, errors = gql.errors("mutation($rep: ID!, $i: Int!) { createLabel(representation: $rep, instance: $i) { id } }", {"rep": "8", "i": 1})
    assert errors[0]["message"] == "Representation matching query does not exist."
    data, errors = gql.errors("query($rep: ID!, $i: Int!) { labelFor(representation: $rep, instance: $i) { id } }", {"rep": "8", "i": 1})
    assert errors[0]["message"] == "Representation matching query does not exist."
    data, errors = gql.errors("query($l: Int, $o: Int) { rois(limit: $l, offset: $o) { id } labels(limit: $l, offset: $o) { id } tags(limit: $l, offset: $o) { id } omerofiles(limit: $l, offset: $o) { id } }", {"l": -1, "o": 0})
    assert data == {"rois": None, "labels": None, "tags": None, "omerofiles": None}
    assert all(error["message"].startswith("Negative limit") for error in errors)
    assert gql.data("query { labels { id } rois { id } }") == {"labels": [], "rois": []}

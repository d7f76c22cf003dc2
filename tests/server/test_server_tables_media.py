"""Tables (parquet) and uploaded media (thumbnails, omero files)."""

from __future__ import annotations

import uuid

import requests

from mikro_server_support import write_parquet, write_zarr_store

FROM_DF = """mutation($df: DataFrame!, $name: String, $rep: ID, $sample: ID, $experiment: ID, $tags: [String]) {
  fromDf(df: $df, name: $name, representation: $rep, sample: $sample, experiment: $experiment, tags: $tags) {
    id name store tags createdAt creator { email } representation { id } sample { id } experiment { id }
    columns { name fieldName pandasType numpyType metadata }
  }
}"""

UPLOAD_THUMBNAIL = "mutation($file: ImageFile!, $rep: ID!) { uploadThumbnail(file: $file, rep: $rep) { id image representation { id } } }"
UPLOAD_OMERO = "mutation($file: Upload!) { uploadOmeroFile(file: $file) { id file type name createdAt creator { email } } }"


def make_rep(gql, datalayer) -> dict:
    return gql.data("mutation($x: XArray!) { fromXArray(xarray: $x) { id } }", {"x": write_zarr_store(datalayer)})["fromXArray"]


def test_from_df_keeps_the_store_and_describes_columns(gql, datalayer):
    rep = make_rep(gql, datalayer)
    sample = gql.data("mutation($n: String) { createSample(name: $n) { id } }", {"n": "s"})["createSample"]
    path = write_parquet(datalayer, rows=10)
    table = gql.data(FROM_DF, {"df": path, "name": "measurements", "rep": rep["id"], "sample": sample["id"], "tags": ["m"]})["fromDf"]
    assert table["store"] == path
    assert table["representation"] == {"id": rep["id"]} and table["sample"] == {"id": sample["id"]} and table["experiment"] is None
    assert [column["name"] for column in table["columns"]] == ["a", "b", "c"]
    assert table["columns"][0]["numpyType"] == "int64"
    assert table["columns"][1]["pandasType"] == "float64"
    query = "query($id: ID!, $columns: [String], $offset: Int, $limit: Int) { table(id: $id) { query(columns: $columns, offset: $offset, limit: $limit) } }"
    rows = gql.data(query, {"id": table["id"], "columns": ["a", "c"], "offset": 2, "limit": 3})["table"]["query"]
    assert rows == [[2, "row2"], [3, "row3"], [4, "row4"]]
    assert len(gql.data(query, {"id": table["id"]})["table"]["query"]) == 10
    assert gql.data(query, {"id": table["id"], "offset": 50})["table"]["query"] == []
    data, errors = gql.errors(query, {"id": table["id"], "columns": ["nope"]})
    assert "nope" in errors[0]["message"] and "Choices are: a, b, c" in errors[0]["message"]
    data, errors = gql.errors(query, {"id": table["id"], "offset": -1})
    assert "Negative" in errors[0]["message"]
    nested = gql.data("query($id: ID!, $name: String) { representation(id: $id) { tables(name: $name) { id } } sample(id: $id) { tables { id } } }", {"id": "1", "name": "MEAS"})
    assert nested == {"representation": {"tables": [{"id": "1"}]}, "sample": {"tables": [{"id": "1"}]}}


def test_from_df_needs_an_uploaded_file(gql):
    data, errors = gql.errors(FROM_DF, {"df": f"parquet/{uuid.uuid4()}"})
    assert data == {"fromDf": None}
    assert "No parquet file" in errors[0]["message"]
    data, errors = gql.errors(FROM_DF, {"df": "zarr/x"})
    assert "store path" in errors[0]["message"]


def test_table_lists_create_update_delete(gql, gql_bob, datalayer):
    experiment = gql.data("mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "e"})["createExperiment"]
    created = gql.data(
        "mutation($columns: [String], $e: ID) { createTable(columns: $columns, experiment: $e) { id name store columns { name } query experiment { id } } }",
        {"columns": ["x", "y"], "e": experiment["id"]},
    )["createTable"]
    assert created == {"id": "1", "name": "Table 1", "store": None, "columns": [{"name": "x"}, {"name": "y"}], "query": [], "experiment": {"id": experiment["id"]}}
    path = write_parquet(datalayer, rows=3)
    bobs = gql_bob.data(FROM_DF, {"df": path, "name": "bob table"})["fromDf"]
    assert [t["id"] for t in gql.data("query { tables { id } }")["tables"]] == ["1", "2"]
    assert gql.data("query { mytables { id } }") == {"mytables": [{"id": "1"}]}
    assert gql_bob.data("query { mytables { name } }") == {"mytables": [{"name": "bob table"}]}
    assert gql.data("query($id: ID!) { experiment(id: $id) { tables { id } } }", {"id": experiment["id"]}) == {"experiment": {"tables": [{"id": "1"}]}}
    # updateTable re-reads the parquet schema after the file changed.
    import pandas as pd

    pd.DataFrame({"z": [1.5]}).to_parquet(datalayer / path)
    updated = gql_bob.data("mutation($id: ID!) { updateTable(id: $id) { columns { name } query } }", {"id": bobs["id"]})["updateTable"]
    assert updated == {"columns": [{"name": "z"}], "query": [[1.5]]}
    data, errors = gql.errors("mutation($id: ID!) { updateTable(id: $id) { id } }", {"id": bobs["id"]})
    assert errors[0]["message"].startswith("Permission denied")
    data, errors = gql.errors("mutation($id: ID!) { deleteTable(id: $id) { id } }", {"id": bobs["id"]})
    assert errors[0]["message"].startswith("Permission denied")
    assert (datalayer / path).exists()
    assert gql_bob.data("mutation($id: ID!) { deleteTable(id: $id) { id } }", {"id": bobs["id"]}) == {"deleteTable": {"id": bobs["id"]}}
    assert not (datalayer / path).exists()
    data, errors = gql.errors("query($id: ID!) { table(id: $id) { id } }", {"id": bobs["id"]})
    assert errors[0]["message"] == "Table matching query does not exist."
    data, errors = gql.errors("mutation($e: ID) { createTable(experiment: $e) { id } }", {"e": "99"})
    assert errors[0]["message"] == "Experiment matching query does not exist."
    assert [t["id"] for t in gql.data("query { tables { id } }")["tables"]] == ["1"]


def test_upload_thumbnail_and_serve_it(gql, server, datalayer):
    rep = make_rep(gql, datalayer)
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 64
    response = gql.upload(UPLOAD_THUMBNAIL, {"rep": rep["id"]}, {"file": ("thumb.png", png, "image/png")})
    assert response.status_code == 200, response.text
    thumbnail = response.json()["data"]["uploadThumbnail"]
    assert thumbnail["representation"] == {"id": rep["id"]}
    assert thumbnail["image"].startswith("/media/") and thumbnail["image"].endswith("thumb.png")
    served = requests.get(server.url + thumbnail["image"], headers=gql.headers(), timeout=10)
    assert served.status_code == 200 and served.content == png
    assert served.headers["content-type"] == "image/png"
    assert requests.get(server.url + thumbnail["image"], timeout=10).status_code == 401
    newer = gql.upload(UPLOAD_THUMBNAIL, {"rep": rep["id"]}, {"file": ("newer.png", png, "image/png")}).json()["data"]["uploadThumbnail"]
    view = gql.data("query($id: ID!) { representation(id: $id) { thumbnails { id } latestThumbnail { id image } } thumbnail(id: $id) { id } }", {"id": rep["id"]})
    assert view["representation"]["thumbnails"] == [{"id": thumbnail["id"]}, {"id": newer["id"]}]
    assert view["representation"]["latestThumbnail"] == {"id": newer["id"], "image": newer["image"]}
    assert view["thumbnail"] == {"id": thumbnail["id"]}
    missing = gql.upload(UPLOAD_THUMBNAIL, {"rep": "42"}, {"file": ("x.png", png, "image/png")}).json()
    assert missing["errors"][0]["message"] == "Representation matching query does not exist."
    data, errors = gql.errors("query($id: ID!) { thumbnail(id: $id) { id } }", {"id": "42"})
    assert errors[0]["message"] == "Thumbnail matching query does not exist."
    gql.data("mutation($id: ID!) { deleteRepresentation(id: $id) { id } }", {"id": rep["id"]})
    assert requests.get(server.url + thumbnail["image"], headers=gql.headers(), timeout=10).status_code == 404


def test_upload_omero_files_types_lists_delete(gql, gql_bob, server):
    uploaded = {}
    for name in ("cells.tif", "Photo.JPEG", "scan.msr", "zeiss.czi", "notes.txt"):
        response = gql.upload(UPLOAD_OMERO, {}, {"file": (name, name.encode(), "application/octet-stream")})
        uploaded[name] = response.json()["data"]["uploadOmeroFile"]
    assert {name: row["type"] for name, row in uploaded.items()} == {
        "cells.tif": "TIFF", "Photo.JPEG": "JPEG", "scan.msr": "MSR", "zeiss.czi": "CZI", "notes.txt": "UNKNOWN",
    }
    assert uploaded["cells.tif"]["name"] == "cells.tif"
    assert requests.get(server.url + uploaded["cells.tif"]["file"], headers=gql.headers(), timeout=10).content == b"cells.tif"
    gql_bob.upload(UPLOAD_OMERO, {}, {"file": ("bob.tiff", b"b", "image/tiff")})
    query = "query($name: String, $limit: Int, $offset: Int) { omerofiles(name: $name, limit: $limit, offset: $offset) { name } }"
    assert [f["name"] for f in gql.data(query, {"name": "TIF"})["omerofiles"]] == ["cells.tif", "bob.tiff"]
    assert [f["name"] for f in gql.data(query, {"limit": 2, "offset": 4})["omerofiles"]] == ["notes.txt", "bob.tiff"]
    assert gql_bob.data("query { myomerofiles { name } }") == {"myomerofiles": [{"name": "bob.tiff"}]}
    target = uploaded["scan.msr"]
    assert gql.data("query($id: ID!) { omerofile(id: $id) { name file } }", {"id": target["id"]})["omerofile"]["name"] == "scan.msr"
    data, errors = gql_bob.errors("mutation($id: ID!) { deleteOmeroFile(id: $id) { id } }", {"id": target["id"]})
    assert errors[0]["message"].startswith("Permission denied")
    assert gql.data("mutation($id: ID!) { deleteOmeroFile(id: $id) { id } }", {"id": target["id"]}) == {"deleteOmeroFile": {"id": target["id"]}}
    data, errors = gql.errors("query($id: ID!) { omerofile(id: $id) { id } }", {"id": target["id"]})
    assert errors[0]["message"] == "OmeroFile matching query does not exist."
    assert requests.get(server.url + target["file"], headers=gql.headers(), timeout=10).status_code == 404


def test_upload_must_be_multipart(gql):
    data, errors = gql.errors(UPLOAD_OMERO, {"file": "not a file"})
    assert "multipart" in errors[0]["message"]
    assert gql.data("query { omerofiles { id } }") == {"omerofiles": []}

"""The S3 datalayer backend, against moto's S3 server on loopback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import requests

from conftest import TOKEN
from mikro_server_support import GraphQLHTTP

pytestmark = pytest.mark.s3

ACCESS_KEY, SECRET_KEY = "mikro-test-key", "mikro-test-secret"


@pytest.fixture
def s3_server(tmp_path, moto_endpoint) -> Iterator:
    from mikro_orm.server import serve_in_thread

    settings = {"endpoint": moto_endpoint, "access_key": ACCESS_KEY, "secret_key": SECRET_KEY}
    running = serve_in_thread(tmp_path / "data", token=TOKEN, s3=settings)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def s3fs_client(moto_endpoint) -> Iterator:
    import s3fs

    from fsspec.asyn import sync

    fs = s3fs.S3FileSystem(key=ACCESS_KEY, secret=SECRET_KEY, client_kwargs={"endpoint_url": moto_endpoint}, skip_instance_cache=True)
    yield fs
    if getattr(fs, "_s3", None) is not None:
        sync(fs.loop, fs._s3.close)


@pytest.fixture
def s3_gql(s3_server, field_recorder) -> GraphQLHTTP:
    return GraphQLHTTP(s3_server.url, s3_server.token, field_recorder)


def write_store(fs, tmp_path, dims=("z", "y", "x"), shape=(2, 6, 7)) -> str:
    """Write a zarr v2 store locally, then upload it (zarr's own fsspec store
    would open a second, never-closed S3 session)."""
    import numpy as np
    import xarray as xr

    key = str(uuid.uuid4())
    array = xr.DataArray(np.ones(shape, dtype="float32"), dims=dims)
    xr.Dataset({"data": array}, attrs={"fileversion": "0.1"}).to_zarr(str(tmp_path / key), zarr_format=2, consolidated=True)
    fs.put(str(tmp_path / key), f"zarr/{key}", recursive=True)
    return f"zarr/{key}"


def test_negotiate_and_buckets(s3_gql, s3fs_client, moto_endpoint, s3_server):
    answer = s3_gql.data("mutation { negotiate }")["negotiate"]
    assert answer == {"protocol": "s3", "path": moto_endpoint.split("://", 1)[1], "params": {"access_key": ACCESS_KEY, "secret_key": SECRET_KEY}}
    for bucket in ("zarr", "parquet", "media"):
        assert s3fs_client.exists(bucket)
    assert not (s3_server.data_dir / "datalayer").exists()


def test_arrays_tables_and_media_on_s3(s3_gql, s3fs_client, s3_server, tmp_path):
    store = write_store(s3fs_client, tmp_path)
    rep = s3_gql.data("mutation($x: XArray!) { fromXArray(xarray: $x) { id shape dims hasArray } }", {"x": store})["fromXArray"]
    assert rep == {"id": "1", "shape": [2, 6, 7], "dims": ["z", "y", "x"], "hasArray": True}
    missing = s3_gql.data("mutation($x: XArray!) { fromXArray(xarray: $x) { hasArray } }", {"x": f"zarr/{uuid.uuid4()}"})["fromXArray"]
    assert missing == {"hasArray": False}

    import pandas as pd

    path = f"parquet/{uuid.uuid4()}"
    with s3fs_client.open(path, "wb") as handle:
        pd.DataFrame({"n": [1, 2, 3]}).to_parquet(handle)
    table = s3_gql.data("mutation($df: DataFrame!) { fromDf(df: $df) { id store columns { name } query(offset: 1) } }", {"df": path})["fromDf"]
    assert table == {"id": "1", "store": path, "columns": [{"name": "n"}], "query": [[2], [3]]}

    uploaded = s3_gql.upload(
        "mutation($file: ImageFile!, $rep: ID!) { uploadThumbnail(file: $file, rep: $rep) { image } }",
        {"rep": rep["id"]},
        {"file": ("t.png", b"thumb", "image/png")},
    ).json()["data"]["uploadThumbnail"]
    assert s3fs_client.cat_file(uploaded["image"].lstrip("/")) == b"thumb"
    served = requests.get(s3_server.url + uploaded["image"], headers=s3_gql.headers(), timeout=10)
    assert served.content == b"thumb"

    s3_gql.data("mutation($id: ID!) { deleteRepresentation(id: $id) { id } }", {"id": rep["id"]})
    s3fs_client.invalidate_cache()
    assert not s3fs_client.exists(f"{store}/.zmetadata")
    assert not s3fs_client.exists(uploaded["image"].lstrip("/"))
    s3_gql.data("mutation($id: ID!) { deleteTable(id: $id) { id } }", {"id": table["id"]})
    s3fs_client.invalidate_cache()
    assert not s3fs_client.exists(path)


def test_cli_needs_both_s3_keys(tmp_path, capsys):
    from mikro_orm.cli import main

    assert main(["serve", "--data-dir", str(tmp_path), "--port", "0", "--s3-endpoint", "http://127.0.0.1:1"]) == 2
    assert "--s3-access-key" in capsys.readouterr().err

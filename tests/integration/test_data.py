"""Arrays, tables, ROIs, files, thumbnails, metrics and labels: real round trips.

Each data test runs twice: against a server whose datalayer is a local
folder, and against one whose datalayer is S3 (moto's server on loopback).
"""
from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import xarray as xr

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.testing import assert_round_trips


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def stores(client, bucket: str) -> list[str]:
    layer = client.datalayer
    folder = layer.url(bucket)
    return sorted(layer.fs.ls(folder)) if layer.fs.exists(folder) else []


def image(shape=(2, 3, 16, 20), dims=("c", "z", "y", "x"), seed=1):
    rng = np.random.default_rng(seed)
    return xr.DataArray(rng.integers(0, 4000, size=shape, dtype=np.uint16), dims=dims)


# -- arrays -------------------------------------------------------------------------------
def test_array_round_trip(data_client):
    import dask.array

    sample = mo.Sample.objects.create(name=unique("arr"))
    array = image(dims=("c", "z", "y", "x"))
    rep = mo.Representation.objects.from_xarray(
        array, name="raw", sample=sample, tags=["a"], variety="VOXEL", meta={"microscope": "confocal"}
    )
    assert rep.store.startswith("zarr/") and rep.has_array and rep.meta == {"microscope": "confocal"}
    assert dict(zip(rep.dims, rep.shape)) == {"t": 1, "c": 2, "z": 3, "y": 16, "x": 20}
    data = mo.Representation.objects.get(id=rep.id).data
    assert isinstance(data.data, dask.array.Array)
    np.testing.assert_array_equal(data.isel(t=0).transpose("c", "z", "y", "x").values, array.values)
    assert data.dtype == np.uint16
    np.testing.assert_array_equal(rep.download(progress=False).isel(t=0).values, array.values)


def test_any_dim_order_is_accepted_and_labelled(data_client):
    array = image(shape=(20, 16, 3), dims=("x", "y", "c"))
    rep = mo.Representation.objects.from_xarray(array, name=unique("order"))
    read = rep.data.isel(t=0, z=0).transpose("x", "y", "c")
    np.testing.assert_array_equal(read.values, array.values)


def test_reading_a_plane_touches_only_its_chunks(mikro_client, mikro_server):
    array = image(shape=(4, 8, 8), dims=("z", "y", "x"))
    rep = mo.Representation.objects.from_xarray(array, name=unique("chunks"))
    store = Path(mikro_server.data_dir) / "datalayer" / rep.store / "data"
    chunk_files = sorted(p for p in store.iterdir() if not p.name.startswith("."))
    assert len(chunk_files) == 4  # one chunk per z plane
    chunk_files[-1].unlink()  # the last plane's chunk is gone
    np.testing.assert_array_equal(rep.data.isel(t=0, c=0, z=0).values, array.isel(z=0).values)
    # reading everything does touch the missing chunk: zarr fills it with the fill value
    assert int(rep.data.isel(t=0, c=0, z=3).max()) != int(array.isel(z=3).max())


@pytest.mark.parametrize("backend", ["folder", "s3"])
def test_data_works_in_a_dask_distributed_cluster(backend, request):
    distributed = pytest.importorskip("distributed")
    server = request.getfixturevalue("mikro_server" if backend == "folder" else "s3_mikro_server")
    with mo.connect(server.url, token=server.token):
        array = image(shape=(3, 8, 8), dims=("z", "y", "x"))
        rep = mo.Representation.objects.from_xarray(array, name=unique("dist"))
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with distributed.Client(cluster):
                # the store and its credentials travel to a worker process
                assert int(rep.data.max().compute()) == int(array.max())


# -- tables -------------------------------------------------------------------------------
def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "label": pd.Series([1, 2, 3], dtype="int32"),
            "area": [10.5, 20.25, 0.0],
            "name": ["a", "b", "c"],
            "ok": [True, False, True],
            "when": pd.to_datetime(["2022-04-01", "2022-04-02", "2022-04-03"]),
        },
        index=pd.Index([10, 20, 30], name="cell"),
    )


def test_table_round_trip_keeps_dtypes(data_client):
    sample = mo.Sample.objects.create(name=unique("tab"))
    df = frame()
    table = mo.Table.objects.from_df(df, name="cells", sample=sample, tags=["measure"])
    assert table.store.startswith("parquet/") and table.sample is sample
    assert {c["name"] for c in table.columns} >= {"label", "area", "name", "ok", "when"}
    pd.testing.assert_frame_equal(mo.Table.objects.get(id=table.id).data, df)
    assert table.rows(columns=["area"], offset=1, limit=1) == [[20.25]]
    assert [t.id for t in sample.tables] == [table.id]


# -- ROIs -----------------------------------------------------------------------------------
def test_rois_from_arrays_and_lists(data_client):
    rep = mo.Representation.objects.from_xarray(image(shape=(1, 8, 8), dims=("z", "y", "x")), name=unique("roi"))
    rect = mo.ROI.objects.create(representation=rep, type="RECTANGLE", vectors=np.array([[0, 0], [5, 5]]))
    line = mo.ROI.objects.create(representation=rep, type=mo.ROIType.LINE, vectors=[(1, 2, 3), {"x": 4, "y": 5}])
    ellipse = mo.ROI.objects.create(representation=rep, type="ELLIPSE", vectors=np.array([[1.0, 1.0, 0.0]]))
    np.testing.assert_array_equal(rect.vector_data, [[0, 0, 0], [5, 5, 0]])
    np.testing.assert_array_equal(line.vector_data, [[1, 2, 3], [4, 5, 0]])
    assert ellipse.type == mo.ROIType.ELLIPSE  # sent as ELLIPSIS, returned as ELLIPSE
    assert {r.id for r in rep.rois} == {rect.id, line.id, ellipse.id}
    assert {r.id for r in rep.rois.filter(type=["RECTANGLE", "ELLIPSE"])} == {rect.id, ellipse.id}
    assert rect.representation is rep


@pytest.mark.parametrize(
    ("fields", "argument"),
    [
        ({"type": "RECTANGLE", "vectors": np.zeros((3, 4))}, "vectors"),
        ({"type": "RECTANGLE", "vectors": []}, "vectors"),
        ({"type": "RECTANGLE", "vectors": "0,0"}, "vectors"),
        ({"type": "HEXAGON", "vectors": [[0, 0]]}, "type"),
        ({"vectors": [[0, 0]]}, "type"),
    ],
)
def test_bad_roi_input_is_refused_before_sending(mikro_client, fields, argument):
    with assert_round_trips(0), pytest.raises(errors.InvalidArgument) as info:
        mo.ROI.objects.create(representation="1", **fields)
    assert info.value.argument == argument


# -- files and thumbnails -------------------------------------------------------------------
def test_omero_file_upload_and_download(data_client, tmp_path):
    source = tmp_path / "cells.tif"
    source.write_bytes(b"II*\x00" + bytes(range(256)) * 40)
    uploaded = mo.OmeroFile.objects.upload(source)
    assert uploaded.type == mo.OmeroFileType.TIFF and uploaded.name == "cells.tif"
    target = uploaded.download(tmp_path / "copy.tif")
    assert target.read_bytes() == source.read_bytes()
    assert mo.OmeroFile.objects.filter(search="cells").exists()


def test_upload_of_a_missing_file_is_refused(mikro_client, tmp_path):
    with assert_round_trips(0), pytest.raises(errors.InvalidArgument) as info:
        mo.OmeroFile.objects.upload(tmp_path / "nope.tif")
    assert info.value.argument == "path"


def test_thumbnails_from_array_bytes_and_path(data_client, tmp_path):
    from mikro_orm.datalayer.images import encode_png

    rep = mo.Representation.objects.from_xarray(image(shape=(1, 8, 8), dims=("z", "y", "x")), name=unique("thumb"))
    from_array = mo.Thumbnail.objects.create(representation=rep, image=np.eye(8))
    assert from_array.image == encode_png(np.eye(8))
    png = encode_png(np.arange(16).reshape(4, 4))
    from_bytes = mo.Thumbnail.objects.create(representation=rep, image=png)
    path = tmp_path / "t.png"
    path.write_bytes(png)
    from_path = mo.Thumbnail.objects.create(representation=rep, image=path)
    assert from_path.image == png and from_bytes.image == png
    rep.refresh_from_db()
    assert rep.latest_thumbnail.id == from_path.id
    assert "data:image/png;base64," in rep._repr_html_()
    with pytest.raises(errors.InvalidArgument):
        mo.Thumbnail.objects.create(representation=rep, image=b"not an image")


# -- metrics, labels, size features ---------------------------------------------------------
def test_metrics_labels_and_size_features(data_client):
    experiment = mo.Experiment.objects.create(name=unique("m"))
    sample = mo.Sample.objects.create(name=unique("m"), experiments=[experiment])
    rep = mo.Representation.objects.from_xarray(image(shape=(1, 8, 8), dims=("z", "y", "x")), name="mask", sample=sample, variety="MASK")
    on_rep = mo.Metric.objects.create(key="snr", value=12.5, rep=rep)
    on_sample = mo.Metric.objects.create(key="cells", value={"count": 3}, sample=sample)
    mo.Metric.objects.create(key="temperature", value=37, experiment=experiment)
    assert [m.key for m in rep.metrics] == ["snr"] and on_rep.value == 12.5
    assert [m.value for m in sample.metrics] == [{"count": 3}] and on_sample.sample is sample
    assert [m.key for m in experiment.metrics] == ["temperature"]
    label = mo.Label.objects.create(instance=1, representation=rep, name="nucleus")
    again = mo.Label.objects.create(instance=1, representation=rep, name="nucleus")
    assert again is label  # the server's get-or-create
    feature = mo.SizeFeature.objects.create(label=label, size=42.0)
    assert feature.label is label
    assert [f.size for f in mo.Label.objects.get(id=label.id).features] == [42.0]
    assert [l.id for l in rep.labels] == [label.id]


# -- nothing lost -----------------------------------------------------------------------------
@pytest.mark.parametrize("bad", [[1, 2, 3], {"a": [1]}, np.zeros((2, 2)), pd.DataFrame()], ids=["list", "dict", "numpy", "no-columns"])
def test_bad_tables_are_refused_before_writing(data_client, bad):
    before = stores(data_client, "parquet")
    with assert_round_trips(0), pytest.raises(errors.InvalidArgument) as info:
        mo.Table.objects.from_df(bad, name="bad")
    assert info.value.argument == "df"
    assert stores(data_client, "parquet") == before


def test_failed_registration_leaves_no_store(data_client):
    zarr_before, parquet_before = stores(data_client, "zarr"), stores(data_client, "parquet")
    with pytest.raises(errors.DoesNotExist):
        mo.Representation.objects.from_xarray(image(), name="orphan", sample="987654")
    with pytest.raises(errors.DoesNotExist):
        mo.Table.objects.from_df(frame(), name="orphan", sample="987654")
    assert stores(data_client, "zarr") == zarr_before and stores(data_client, "parquet") == parquet_before


def test_network_cut_during_registration_leaves_no_store(mikro_server, tmp_path):
    # The datalayer is reachable, the GraphQL server is not: the write
    # happens, the registration fails, and the write is undone.
    datalayer = {"protocol": "file", "path": str(Path(mikro_server.data_dir) / "datalayer")}
    with mo.connect("http://127.0.0.1:9", token="x", datalayer=datalayer, timeout=2) as client:
        before = stores(client, "zarr"), stores(client, "parquet")
        with pytest.raises(errors.ServerUnreachable):
            mo.Representation.objects.from_xarray(image(), name="cut")
        with pytest.raises(errors.ServerUnreachable):
            mo.Table.objects.from_df(frame(), name="cut")
        assert (stores(client, "zarr"), stores(client, "parquet")) == before


def test_server_error_during_registration_leaves_no_store(mikro_server, tmp_path):
    import http.server
    import threading

    class Failing(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the stdlib's name
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"Internal Server Error")

        def log_message(self, *args):
            pass

    failing = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    thread = threading.Thread(target=failing.serve_forever, daemon=True)
    thread.start()
    try:
        datalayer = {"protocol": "file", "path": str(Path(mikro_server.data_dir) / "datalayer")}
        with mo.connect(f"http://127.0.0.1:{failing.server_port}", token="x", datalayer=datalayer) as client:
            before = stores(client, "zarr"), stores(client, "parquet")
            with pytest.raises(errors.HTTPError):
                mo.Representation.objects.from_xarray(image(), name="500")
            with pytest.raises(errors.HTTPError):
                mo.Table.objects.from_df(frame(), name="500")
            assert (stores(client, "zarr"), stores(client, "parquet")) == before
    finally:
        failing.shutdown()
        thread.join()


def test_progress_bar_when_asked(mikro_client, capfd):
    mo.Representation.objects.from_xarray(image(), name=unique("bar"), progress=True)
    assert "upload zarr/" in capfd.readouterr().err
    mo.Representation.objects.from_xarray(image(), name=unique("quiet"))  # small and not a terminal: quiet
    assert "upload" not in capfd.readouterr().err

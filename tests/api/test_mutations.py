"""The seed's mutation functions against a live reference server, sync and async."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mikro_orm as mo
from mikro_orm import api, errors
from mikro_orm.datalayer.arrays import prepare_array, write_array
from mikro_orm.datalayer.images import encode_png
from mikro_orm.testing import assert_round_trips, count_round_trips

from .conftest import image, run, unique


def stores(client: mo.Client, bucket: str = "zarr") -> set[str]:
    layer = client.datalayer
    folder = layer.url(bucket)
    return set(layer.fs.ls(folder)) if layer.fs.exists(folder) else set()


# -- the datalayer -----------------------------------------------------------------------
def test_negotiate(mikro_client, mikro_server):
    answer = api.negotiate()
    assert answer["protocol"] == "file"
    assert Path(answer["path"]) == Path(mikro_server.data_dir) / "datalayer"


def test_anegotiate(mikro_client):
    assert run(api.anegotiate()) == api.negotiate()


def test_from_xarray(mikro_client, sample):
    array = image()
    rep = api.from_xarray(array, name=unique("x"), variety="MASK", tags=["t1"], sample=sample.id, omero={"scale": [1.0, 1.0, 2.0]})
    assert isinstance(rep, mo.Representation)
    assert rep.variety is mo.RepresentationVariety.MASK and rep.tags == ["t1"] and rep.sample.id == sample.id
    assert dict(zip(rep.dims, rep.shape)) == {"t": 1, "c": 1, "z": 3, "y": 8, "x": 10}
    assert mikro_client.datalayer.exists(rep.store)
    stored = mo.Representation.objects.filter(ids=[rep.id]).get()
    np.testing.assert_array_equal(stored.data.isel(t=0, c=0).transpose("z", "y", "x").values, array.values)
    derived = api.from_xarray(array + 1, name=unique("derived"), origins=[rep])
    assert [origin.id for origin in derived.origins] == [rep.id]


def test_from_xarray_registers_a_store_path(mikro_client):
    store = f"zarr/{unique('written-before')}"
    write_array(mikro_client.datalayer, store, prepare_array(image(shape=(5, 4), dims=("y", "x"))))
    with assert_round_trips(1):  # nothing written: only fromXArray
        rep = api.from_xarray(store, name=unique("path"))
    assert (rep.store, rep.has_array, rep.shape) == (store, True, [1, 1, 1, 5, 4])


def test_afrom_xarray(mikro_client):
    rep = run(api.afrom_xarray(image(shape=(4, 4), dims=("y", "x")), name=unique("async")))
    assert rep.has_array and rep.data.shape == (1, 1, 1, 4, 4)


def test_double_upload_is_one_request(mikro_client, sample):
    mikro_client.datalayer  # negotiated beforehand: the block below counts only the upload
    before = stores(mikro_client)
    with assert_round_trips(1) as trips:
        result = api.double_upload(image(), name=unique("double"), tags=["two"], sample=sample)
    document = trips.requests[0].document
    assert "x: fromXArray(" in document and "y: fromXArray(" in document
    assert isinstance(result, api.DoubleUpload)
    x, y = result
    assert x.id != y.id and x.store != y.store and (x.name, x.tags) == (y.name, ["two"])
    assert stores(mikro_client) - before == {mikro_client.datalayer.url(x.store), mikro_client.datalayer.url(y.store)}
    np.testing.assert_array_equal(x.data.values, y.data.values)


def test_double_upload_failure_removes_both_stores(mikro_client):
    before = stores(mikro_client)
    name = unique("fails")
    with count_round_trips() as trips, pytest.raises(errors.MikroError):
        api.double_upload(image(), name=name, sample="999999")  # no such sample: the request fails
    assert trips.names() == ["DoubleUpload"]  # both stores were written, then refused in one request
    assert stores(mikro_client) == before  # ... and both removed
    assert not mo.Representation.objects.filter(search=name).exists()


def test_adouble_upload(mikro_client):
    x, y = run(api.adouble_upload(image(), name=unique("adouble")))
    assert x.has_array and y.has_array and x.id != y.id


def test_from_df(mikro_client):
    frame = pd.DataFrame({"area": [1.5, 2.0, 3.25], "kind": ["a", "b", "c"]})
    created = api.from_df(frame)
    assert isinstance(created, mo.Table) and created.store.startswith("parquet/")
    pd.testing.assert_frame_equal(mo.Table.objects.get(id=created.id).data, frame)
    assert created.rows(columns=["area"]) == [[1.5], [2.0], [3.25]]


def test_afrom_df(mikro_client):
    created = run(api.afrom_df(pd.DataFrame({"n": [1, 2]})))
    assert created.data["n"].tolist() == [1, 2]


# -- files ---------------------------------------------------------------------------------
def test_upload_bioimage(mikro_client, tmp_path):
    path = tmp_path / f"{unique('cells')}.tif"
    path.write_bytes(b"II*\x00 tiff bytes")
    uploaded = api.upload_bioimage(path)
    assert isinstance(uploaded, mo.OmeroFile)
    assert (uploaded.name, uploaded.type) == (path.name, mo.OmeroFileType.TIFF)
    assert uploaded.download(tmp_path / "back").read_bytes() == b"II*\x00 tiff bytes"
    with path.open("rb") as handle:  # a binary file object keeps its name
        assert api.upload_bioimage(handle).type is mo.OmeroFileType.TIFF
    raw = api.upload_bioimage(b"some bytes")
    assert raw.type is mo.OmeroFileType.UNKNOWN
    assert raw.download(tmp_path / "raw").read_bytes() == b"some bytes"


def test_aupload_bioimage(mikro_client):
    uploaded = run(api.aupload_bioimage(io.BytesIO(b"jpeg-ish")))
    assert mo.OmeroFile.objects.get(id=uploaded.id).name == uploaded.name


def test_create_thumbnail(rep, tmp_path):
    png = encode_png(np.arange(20).reshape(4, 5))
    path = tmp_path / "preview.png"
    path.write_bytes(png)
    from_path = api.create_thumbnail(rep.id, path)
    from_bytes = api.create_thumbnail(rep, png)
    from_file = api.create_thumbnail(rep, io.BytesIO(png))
    for thumb in (from_path, from_bytes, from_file):
        assert isinstance(thumb, mo.Thumbnail)
        assert mo.Thumbnail.objects.get(id=thumb.id).image == png
    assert {t.id for t in rep.thumbnails.all()} == {from_path.id, from_bytes.id, from_file.id}


def test_acreate_thumbnail(rep):
    thumb = run(api.acreate_thumbnail(rep.id, encode_png(np.eye(3))))
    assert thumb.image == encode_png(np.eye(3))
    from_array = run(api.acreate_thumbnail(rep, np.eye(3)))  # a 2-D array is encoded as PNG
    assert from_array.image == encode_png(np.eye(3))


# -- objects ---------------------------------------------------------------------------------
def test_create_size_feature(rep):
    label = mo.Label.objects.create(instance=1, representation=rep, name="cell")
    feature = api.create_size_feature(label.id, 12.5)
    assert isinstance(feature, mo.SizeFeature)
    assert (feature.size, feature.label.id) == (12.5, label.id)
    assert [f.id for f in mo.Label.objects.get(id=label.id).features.all()] == [feature.id]


def test_acreate_size_feature(rep):
    label = mo.Label.objects.create(instance=2, representation=rep)
    assert run(api.acreate_size_feature(label, np.float32(3.0))).size == 3.0


def test_create_label(rep):
    label = api.create_label(np.int64(7), rep.id, None, name="nucleus 7")
    assert isinstance(label, mo.Label)
    assert (label.instance, label.name, label.representation.id) == (7, "nucleus 7", rep.id)
    assert [(l.id, l.instance) for l in rep.labels.all()] == [(label.id, 7)]


def test_acreate_label(rep):
    label = run(api.acreate_label(4, rep, None))
    assert mo.Label.objects.get(id=label.id).instance == 4


def test_create_metric(rep, sample, mikro_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"))
    on_rep = api.create_metric("snr", 12.5, rep=rep.id)
    on_sample = api.create_metric("cells", {"count": 3}, sample=sample)
    on_experiment = api.create_metric("mice", [1, 2], experiment=experiment.id)
    assert isinstance(on_rep, mo.Metric)
    assert (on_rep.key, on_rep.value, on_rep.rep.id) == ("snr", 12.5, rep.id)
    assert (on_sample.value, on_sample.sample.id) == ({"count": 3}, sample.id)
    assert (on_experiment.value, on_experiment.experiment.id) == ([1, 2], experiment.id)
    assert [m.key for m in rep.metrics.all()] == ["snr"]


def test_acreate_metric(rep):
    metric = run(api.acreate_metric("area", 3, rep=rep))
    assert mo.Metric.objects.get(id=metric.id).value == 3


def test_create_roi(rep):
    vectors = api.InputVector.list_from_numpyarray(np.array([[0, 0, 1], [10, 5, 1]]))
    with count_round_trips() as trips:
        roi = api.create_roi(rep.id, vectors, api.RoiTypeInput.RECTANGLE)
    assert "$type: RoiTypeInput!" in trips.requests[0].document  # non-null, as the server's schema has it
    assert isinstance(roi, mo.ROI) and roi.type is mo.ROIType.RECTANGLE
    np.testing.assert_array_equal(roi.vector_data, [[0, 0, 1], [10, 5, 1]])
    assert [r.id for r in api.get_rois(rep)] == [roi.id]
    ellipse = api.create_roi(rep, np.array([[1, 2], [3, 4]]), "ELLIPSE")  # the output spelling works too
    assert ellipse.type is mo.ROIType.ELLIPSE


def test_acreate_roi(rep):
    roi = run(api.acreate_roi(rep, [api.InputVector(x=1, y=2), api.InputVector(x=3, y=4, z=5)], "LINE"))
    np.testing.assert_array_equal(roi.vector_data, [[1, 2, 0], [3, 4, 5]])


def test_create_sample(mikro_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"))
    created = api.create_sample(unique("liver"), meta={"organ": "liver"}, experiments=[experiment.id])
    assert isinstance(created, mo.Sample)
    stored = mo.Sample.objects.filter(ids=[created.id]).get()
    assert (stored.name, stored.meta) == (created.name, {"organ": "liver"})
    assert [e.id for e in stored.experiments] == [experiment.id]
    assert created.creator.email  # the caller
    assert api.create_sample().name  # unnamed: the server generates a name


def test_acreate_sample(mikro_client):
    created = run(api.acreate_sample(unique("async sample")))
    assert mo.Sample.objects.get(id=created.id).name == created.name


def test_create_experiment(mikro_client):
    created = api.create_experiment(unique("study"), meta={"mice": 4}, description="liver")
    assert isinstance(created, mo.Experiment)
    stored = mo.Experiment.objects.filter(search=created.name).get()
    assert (stored.id, stored.description, stored.meta) == (created.id, "liver", {"mice": 4})


def test_acreate_experiment(mikro_client):
    created = run(api.acreate_experiment(unique("async study")))
    assert run(api.aget_experiment(created.id)).name == created.name

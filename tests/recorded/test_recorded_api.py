"""Every seed function's HTTP exchange, recorded once and replayed with no server.

Each test records (or replays) one cassette in cassettes/, named after it.
Objects a function needs are made through the API too, so they are part of
the same recording. Re-record them all with:

    ./scripts/test tests/recorded --record-mode=rewrite
"""
from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
import xarray as xr

import mikro_orm as mo
from mikro_orm import api
from mikro_orm.datalayer.images import encode_png
from mikro_orm.testing import wait_for_listener

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

PNG = encode_png(np.arange(12).reshape(3, 4))


def image(seed: int = 0) -> xr.DataArray:
    values = np.arange(2 * 6 * 5, dtype=np.uint16).reshape(2, 6, 5) + seed
    return xr.DataArray(values, dims=("z", "y", "x"))


@pytest.fixture
def rep(recorded_client) -> mo.Representation:
    sample = api.create_sample("recorded sample")
    return api.from_xarray(image(), name="recorded raw", sample=sample.id)


# -- representations --------------------------------------------------------------------
def test_replay_get_representation(rep):
    fetched = api.get_representation(rep.id)
    assert (fetched.id, fetched.name, fetched.store) == ("1", "recorded raw", "zarr/00000000-0000-0000-0000-000000000001")
    np.testing.assert_array_equal(fetched.data.isel(t=0, c=0).transpose("z", "y", "x").values, image().values)
    assert fetched.sample.name == "recorded sample"


def test_replay_expand_representation(rep):
    assert api.expand_representation("1").shape == [1, 1, 2, 6, 5]


def test_replay_search_representation(rep):
    api.from_xarray(image(1), name="recorded other")
    assert [(r.value, r.label) for r in api.search_representation("RAW")] == [("1", "recorded raw")]


def test_replay_get_random_rep(rep):
    assert api.get_random_rep().name == "recorded raw"


def test_replay_from_xarray(recorded_client):
    rep = api.from_xarray(image(), name="uploaded", variety=api.RepresentationVarietyInput.VOXEL, tags=["a", "b"])
    assert (rep.id, rep.variety, rep.tags, rep.has_array) == ("1", mo.RepresentationVariety.VOXEL, ["a", "b"], True)
    assert rep.store == "zarr/00000000-0000-0000-0000-000000000001"
    np.testing.assert_array_equal(rep.data.isel(t=0, c=0).values, image().values)


def test_replay_double_upload(recorded_client):
    x, y = api.double_upload(image(), name="twice", tags=["pair"])
    assert (x.id, y.id) == ("1", "2")
    assert (x.store, y.store) == ("zarr/00000000-0000-0000-0000-000000000001", "zarr/00000000-0000-0000-0000-000000000002")
    np.testing.assert_array_equal(x.data.values, y.data.values)


# -- samples and experiments ------------------------------------------------------------------
def test_replay_create_sample(recorded_client):
    experiment = api.create_experiment("recorded study")
    sample = api.create_sample("recorded liver", meta={"organ": "liver"}, experiments=[experiment.id])
    assert (sample.id, sample.name, sample.meta) == ("1", "recorded liver", {"organ": "liver"})
    assert [e.name for e in sample.experiments] == ["recorded study"]


def test_replay_get_sample(recorded_client):
    api.create_sample("recorded kidney", meta={"n": 1})
    assert api.get_sample("1").meta == {"n": 1}
    with pytest.raises(mo.Sample.DoesNotExist):
        api.get_sample("404")


def test_replay_expand_sample(recorded_client):
    api.create_sample("recorded heart")
    assert api.expand_sample("1").name == "recorded heart"


def test_replay_search_sample(recorded_client):
    api.create_sample("recorded liver")
    api.create_sample("recorded kidney")
    assert [(r.value, r.label) for r in api.search_sample("kid")] == [("2", "recorded kidney")]


def test_replay_create_experiment(recorded_client):
    experiment = api.create_experiment("recorded study", meta={"mice": 4}, description="liver")
    assert (experiment.id, experiment.description, experiment.meta) == ("1", "liver", {"mice": 4})
    assert experiment.creator.email


def test_replay_get_experiment(recorded_client):
    api.create_experiment("recorded study", description="one")
    assert api.get_experiment("1").description == "one"


def test_replay_expand_experiment(recorded_client):
    api.create_experiment("recorded study")
    assert api.expand_experiment("1").name == "recorded study"


def test_replay_search_experiment(recorded_client):
    api.create_experiment("recorded study")
    api.create_experiment("another")
    assert [(r.id, r.label) for r in api.search_experiment("STUDY")] == [("1", "recorded study")]


# -- files and thumbnails -------------------------------------------------------------------
def test_replay_upload_bioimage(recorded_client, tmp_path):
    path = tmp_path / "cells.tif"
    path.write_bytes(b"II*\x00 recorded tiff")
    uploaded = api.upload_bioimage(path)
    assert (uploaded.id, uploaded.name, uploaded.type) == ("1", "cells.tif", mo.OmeroFileType.TIFF)
    assert api.upload_bioimage(io.BytesIO(b"raw bytes")).type is mo.OmeroFileType.UNKNOWN


def test_replay_get_omero_file(recorded_client, tmp_path):
    api.upload_bioimage(b"II*\x00 recorded")
    fetched = api.get_omero_file("1")
    assert fetched.download(tmp_path / "copy").read_bytes() == b"II*\x00 recorded"


def test_replay_expand_omerofile(recorded_client):
    api.upload_bioimage(b"II*\x00 recorded")
    assert api.expand_omerofile("1").name == "upload"


def test_replay_search_omerofile(recorded_client, tmp_path):
    for name in ("cells.tif", "tissue.czi"):
        (tmp_path / name).write_bytes(b"recorded")
        api.upload_bioimage(tmp_path / name)
    assert [(r.id, r.label) for r in api.search_omerofile("tissue")] == [("2", "tissue.czi")]


def test_replay_create_thumbnail(rep):
    thumb = api.create_thumbnail(rep.id, PNG)
    assert thumb.id == "1" and thumb.image == PNG


def test_replay_thumbnail(rep):
    api.create_thumbnail(rep, io.BytesIO(PNG))
    fetched = api.thumbnail("1")
    assert fetched.image == PNG and fetched.representation.id == "1"


def test_replay_expand_thumbnail(rep):
    api.create_thumbnail(rep, PNG)
    assert api.expand_thumbnail("1").image_url


# -- ROIs, labels, metrics ----------------------------------------------------------------------
def test_replay_create_roi(rep):
    vectors = api.InputVector.list_from_numpyarray(np.array([[0, 0], [4, 3]]))
    roi = api.create_roi(rep.id, vectors, api.RoiTypeInput.RECTANGLE)
    assert (roi.id, roi.type) == ("1", mo.ROIType.RECTANGLE)
    np.testing.assert_array_equal(roi.vector_data, [[0, 0, 0], [4, 3, 0]])


def test_replay_get_rois(rep):
    api.create_roi(rep, np.array([[0, 0], [4, 3]]), "RECTANGLE")
    api.create_roi(rep, np.array([[1, 1], [2, 2]]), api.RoiTypeInput.ELLIPSIS)
    assert [roi.id for roi in api.get_rois(rep.id)] == ["1", "2"]
    assert [roi.type for roi in api.get_rois(rep.id, type=[api.RoiTypeInput.ELLIPSIS])] == [mo.ROIType.ELLIPSE]


def test_replay_create_label(rep):
    label = api.create_label(3, rep.id, None, name="nucleus 3")
    assert (label.id, label.instance, label.name) == ("1", 3, "nucleus 3")


def test_replay_create_size_feature(rep):
    api.create_label(3, rep.id, None)
    feature = api.create_size_feature("1", 42.5)
    assert (feature.size, feature.label.representation.id) == (42.5, "1")


def test_replay_create_metric(rep):
    metric = api.create_metric("snr", {"value": 12.5}, rep=rep.id)
    assert (metric.key, metric.value, metric.rep.id) == ("snr", {"value": 12.5}, "1")


# -- tables and the datalayer ----------------------------------------------------------------
FRAME = pd.DataFrame({"area": [1.5, 2.0], "kind": ["a", "b"]})


def test_replay_from_df(recorded_client):
    table = api.from_df(FRAME)
    assert (table.id, table.store) == ("1", "parquet/00000000-0000-0000-0000-000000000001")
    pd.testing.assert_frame_equal(table.data, FRAME)


def test_replay_table(recorded_client):
    api.from_df(FRAME)
    assert api.table("1").rows(columns=["area"]) == [[1.5], [2.0]]


def test_replay_expand_table(recorded_client):
    api.from_df(FRAME)
    pd.testing.assert_frame_equal(api.expand_table("1").data, FRAME)


def test_replay_search_tables(recorded_client):
    api.from_df(FRAME)
    api.from_df(FRAME.head(1))
    assert [r.id for r in api.search_tables()] == ["1", "2"]


def test_replay_negotiate(recorded_client):
    answer = api.negotiate()
    assert answer["protocol"] == "file" and answer["path"].endswith("datalayer")


# -- subscriptions: HTTP in the cassette, websocket frames in <cassette>.frames.json ----------------
def test_replay_watch_rois(rep, mikro_recording_server):
    with api.watch_rois(rep.id) as events:
        wait_for_listener(mikro_recording_server, ("rois", 1, 1))  # recording: the server listens; replay: no-op
        roi = api.create_roi(rep.id, np.array([[0, 0], [4, 3]]), "RECTANGLE")
        created = next(events)
    assert (created.kind, created.create, created.delete) == ("create", roi, None)
    np.testing.assert_array_equal(created.create.vector_data, [[0, 0, 0], [4, 3, 0]])


def test_replay_watch_samples(recorded_client, mikro_recording_server):
    experiment = api.create_experiment("watched study")
    with api.watch_samples() as events:
        wait_for_listener(mikro_recording_server, ("samples", 1))
        sample = api.create_sample("watched sample", experiments=[experiment.id])
        created = next(events)
    assert (created.kind, created.create) == ("create", sample)
    assert [e.name for e in created.create.experiments] == ["watched study"]

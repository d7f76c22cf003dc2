"""Every model through its manager, every relation, and per-user permissions."""
from __future__ import annotations

import secrets
import uuid

import numpy as np
import pandas as pd
import pytest
import xarray as xr

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.testing import assert_round_trips


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def world(mikro_client, tmp_path):
    """One of everything, linked together."""
    experiment = mo.Experiment.objects.create(name=unique("world"))
    sample = mo.Sample.objects.create(name=unique("world"), experiments=[experiment])
    rep = mo.Representation.objects.from_xarray(xr.DataArray(np.arange(16, dtype=np.uint8).reshape(4, 4), dims=("y", "x")), name=unique("raw"), sample=sample)
    mask = mo.Representation.objects.from_xarray(xr.DataArray(np.eye(4, dtype=np.uint8), dims=("y", "x")), name=unique("mask"), sample=sample, variety="MASK", origins=[rep])
    table = mo.Table.objects.from_df(pd.DataFrame({"a": [1, 2]}), name=unique("tab"), representation=rep, sample=sample, experiment=experiment)
    metric = mo.Metric.objects.create(key=unique("key"), value=1.5, rep=rep)
    roi = mo.ROI.objects.create(representation=rep, type="LINE", vectors=[[0, 0], [3, 3]])
    label = mo.Label.objects.create(instance=1, representation=mask, name=unique("label"))
    feature = mo.SizeFeature.objects.create(label=label, size=3.0)
    thumbnail = mo.Thumbnail.objects.create(representation=rep, image=np.eye(4))
    (tmp_path / "w.tif").write_bytes(b"II*\x00" + bytes(64))
    omero = mo.OmeroFile.objects.upload(tmp_path / "w.tif")
    return locals()


def test_every_model_through_its_manager(world):
    w = world
    assert mo.Experiment.objects.filter(search=w["experiment"].name).get() is w["experiment"]
    assert mo.Sample.objects.filter(experiments=[w["experiment"]]).get() is w["sample"]
    assert set(mo.Representation.objects.filter(samples=[w["sample"]])) == {w["rep"], w["mask"]}
    assert mo.Representation.objects.filter(samples=[w["sample"]], variety=mo.RepresentationVariety.MASK).get() is w["mask"]
    assert mo.Table.objects.get(id=w["table"].id) is w["table"]
    assert mo.Metric.objects.filter(keys=[w["metric"].key]).get() is w["metric"]
    assert mo.Metric.objects.get(id=w["metric"].id) is w["metric"]
    assert mo.ROI.objects.filter(representation=w["rep"]).get() is w["roi"]
    assert mo.Label.objects.get(id=w["label"].id) is w["label"]
    assert mo.Label.objects.filter(representation=w["mask"]).first() is w["label"]
    assert mo.Thumbnail.objects.get(id=w["thumbnail"].id) is w["thumbnail"]
    assert mo.OmeroFile.objects.get(id=w["omero"].id) is w["omero"]
    assert w["omero"] in mo.OmeroFile.objects.filter(search="w.tif")
    assert w["feature"].label is w["label"]
    assert w["sample"].creator.email == w["rep"].creator.email


def test_models_without_list_or_get_fields_say_so(world):
    with pytest.raises(errors.InvalidArgument):
        mo.Thumbnail.objects.filter(search="x")
    with pytest.raises(errors.InvalidArgument):
        mo.ROI.objects.get(id=world["roi"].id)
    with pytest.raises(errors.InvalidArgument):
        mo.SizeFeature.objects.first()


def test_every_relation(world):
    w = world
    rep, mask, sample, experiment = w["rep"], w["mask"], w["sample"], w["experiment"]
    assert list(rep.rois) == [w["roi"]] and w["roi"].representation is rep
    assert list(rep.metrics) == [w["metric"]] and w["metric"].rep is rep
    assert list(rep.tables) == [w["table"]] and w["table"].representation is rep
    assert w["table"].sample is sample and w["table"].experiment is experiment
    assert list(experiment.tables) == [w["table"]]
    assert list(rep.thumbnails) == [w["thumbnail"]] and w["thumbnail"].representation is rep
    assert list(mask.labels) == [w["label"]] and w["label"].representation is mask
    assert list(w["label"].features) == [w["feature"]]
    assert list(mask.origins) == [rep] and list(rep.derived) == [mask]
    assert rep.derived.filter(variety="MASK").get() is mask  # the nested field's own filters
    assert list(sample.metrics) == [] and list(experiment.metrics) == []
    rep.refresh_from_db()
    assert rep.latest_thumbnail is w["thumbnail"]


def test_relation_querysets_accept_slices_filters_and_get(world):
    sample = world["sample"]
    assert sample.representations.get(id=world["mask"].id) is world["mask"]
    assert sample.representations.filter(search=world["rep"].name).get() is world["rep"]
    assert len(list(sample.representations[:1])) == 1
    assert sample.representations.count() == 2


@pytest.fixture
def two_users(tmp_path):
    from mikro_orm.server import serve_in_thread

    alice, bob = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    with serve_in_thread(tmp_path, token=alice, users={bob: "bob@lab.org"}) as server:
        yield server, alice, bob


def test_another_users_objects_cannot_be_deleted(two_users):
    server, alice, bob = two_users
    with mo.connect(server.url, token=alice):
        sample = mo.Sample.objects.create(name="alice's")
    with mo.connect(server.url, token=bob):
        other = mo.Sample.objects.get(id=sample.id)
        with pytest.raises(errors.PermissionDenied) as info:
            other.delete()
        assert bob not in str(info.value) and alice not in str(info.value)
        assert mo.Sample.objects.filter(ids=[sample.id]).exists()  # nothing deleted
        mine = mo.Sample.objects.create(name="bob's")
        assert mine.creator.email == "bob@lab.org"


def test_a_round_trip_per_call_for_single_objects(world):
    with assert_round_trips(1):
        mo.Sample.objects.get(id=world["sample"].id)
    with assert_round_trips(1):
        mo.Experiment.objects.in_bulk([world["experiment"].id])

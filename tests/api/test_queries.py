"""The seed's query functions against a live reference server, sync and async."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import mikro_orm as mo
from mikro_orm import api
from mikro_orm.datalayer.images import encode_png
from mikro_orm.testing import assert_round_trips, count_round_trips

from .conftest import image, run, unique


# -- representations -----------------------------------------------------------------
def test_get_representation(rep, fresh_client):
    fetched = api.get_representation(rep.id, rath=fresh_client)
    assert isinstance(fetched, mo.Representation) and fetched is not rep  # another client's instance
    assert (fetched.id, fetched.name, fetched.store) == (rep.id, rep.name, rep.store)
    np.testing.assert_array_equal(fetched.data.isel(t=0, c=0).transpose("z", "y", "x").values, image().values)
    with count_round_trips() as trips:
        sample = fetched.sample  # lazy: loaded on first access, by one request
    assert trips.count == 1 and sample.name == rep.sample.name
    with pytest.raises(mo.Representation.DoesNotExist):
        api.get_representation("999999")


def test_aget_representation(rep):
    fetched = run(api.aget_representation(rep.id))
    assert fetched is rep  # the current client's identity map
    assert fetched.data.shape == (1, 1, 3, 8, 10)


def test_expand_representation(rep, fresh_client):
    expanded = api.expand_representation(rep.id, rath=fresh_client)
    assert isinstance(expanded, mo.Representation)
    assert (expanded.id, expanded.name, expanded.shape) == (rep.id, rep.name, [1, 1, 3, 8, 10])


def test_aexpand_representation(rep):
    assert run(api.aexpand_representation(int(rep.id))) is rep  # an int id works too


def test_search_representation(mikro_client):
    token = unique("srep")
    mo.Representation.objects.bulk_create([{"name": f"{token} {i}"} for i in range(21)])
    mo.Representation.objects.create(name=unique("other"))
    with assert_round_trips(1):
        results = api.search_representation(token.upper())  # case-insensitive
    assert len(results) == 20  # the seed's limit
    assert all(isinstance(r, api.SearchResult) and r.label.startswith(token) for r in results)
    assert all(r.value == r.id for r in results)
    stored = mo.Representation.objects.filter(search=token).in_bulk([r.value for r in results])
    assert {r.value: r.label for r in results} == {i: obj.name for i, obj in stored.items()}


def test_asearch_representation(rep):
    results = run(api.asearch_representation(rep.name))
    assert [(r.value, r.label) for r in results] == [(rep.id, rep.name)]


def test_get_random_rep(rep, fresh_client):
    random = api.get_random_rep(rath=fresh_client)
    assert isinstance(random, mo.Representation)
    assert mo.Representation.objects.filter(ids=[random.id]).get().name == random.name


def test_aget_random_rep(rep):
    random = run(api.aget_random_rep())
    assert isinstance(random, mo.Representation) and random.id


# -- samples ---------------------------------------------------------------------------
def test_get_sample(mikro_client, fresh_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"))
    sample = mo.Sample.objects.create(name=unique("s"), meta={"organ": "liver"}, experiments=[experiment])
    fetched = api.get_sample(sample.id, rath=fresh_client)
    assert isinstance(fetched, mo.Sample)
    assert (fetched.name, fetched.meta) == (sample.name, {"organ": "liver"})
    assert [e.name for e in fetched.experiments] == [experiment.name]
    with pytest.raises(mo.Sample.DoesNotExist):
        api.get_sample("999999")


def test_aget_sample(sample):
    assert run(api.aget_sample(sample.id)) is sample


def test_expand_sample(sample, fresh_client):
    expanded = api.expand_sample(sample, rath=fresh_client)  # a model instance stands for its id
    assert (expanded.id, expanded.name) == (sample.id, sample.name)


def test_aexpand_sample(sample):
    assert run(api.aexpand_sample(sample.id)).name == sample.name


def test_search_sample(mikro_client):
    token = unique("ssam")
    mo.Sample.objects.bulk_create([{"name": f"{token} {i}"} for i in range(21)])
    results = api.search_sample(token)
    assert len(results) == 20
    assert all(r.label.startswith(token) and r.value == r.id for r in results)
    names = dict(mo.Sample.objects.filter(ids=[r.value for r in results]).values_list("id", "name"))
    assert names == {r.value: r.label for r in results}


def test_asearch_sample(sample):
    assert [(r.value, r.label) for r in run(api.asearch_sample(sample.name))] == [(sample.id, sample.name)]


# -- experiments -------------------------------------------------------------------------
def test_get_experiment(mikro_client, fresh_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"), description="mice", meta={"n": 3})
    fetched = api.get_experiment(experiment.id, rath=fresh_client)
    assert isinstance(fetched, mo.Experiment)
    assert (fetched.name, fetched.description, fetched.meta) == (experiment.name, "mice", {"n": 3})
    assert fetched.creator.email == experiment.creator.email
    with pytest.raises(mo.Experiment.DoesNotExist):
        api.get_experiment("999999")


def test_aget_experiment(mikro_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"))
    assert run(api.aget_experiment(experiment.id)) is experiment


def test_expand_experiment(mikro_client, fresh_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"))
    assert api.expand_experiment(experiment.id, rath=fresh_client).name == experiment.name


def test_aexpand_experiment(mikro_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"))
    assert run(api.aexpand_experiment(experiment.id)).name == experiment.name


def test_search_experiment(mikro_client):
    token = unique("sexp")
    mo.Experiment.objects.bulk_create([{"name": f"{token} {i}"} for i in range(31)])
    results = api.search_experiment(token)
    assert len(results) == 30  # the seed's limit for experiments
    assert all(r.label.startswith(token) and r.id == r.value for r in results)


def test_asearch_experiment(mikro_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"))
    assert [(r.id, r.label) for r in run(api.asearch_experiment(experiment.name))] == [(experiment.id, experiment.name)]


# -- omero files -------------------------------------------------------------------------
@pytest.fixture
def omerofile(mikro_client, tmp_path) -> mo.OmeroFile:
    path = tmp_path / f"{unique('cells')}.tif"
    path.write_bytes(b"II*\x00 not really a tiff")
    return mo.OmeroFile.objects.upload(path)


def test_get_omero_file(omerofile, fresh_client, tmp_path):
    fetched = api.get_omero_file(omerofile.id, rath=fresh_client)
    assert isinstance(fetched, mo.OmeroFile)
    assert (fetched.name, fetched.type) == (omerofile.name, mo.OmeroFileType.TIFF)
    assert fetched.download(tmp_path / "copy.tif").read_bytes() == b"II*\x00 not really a tiff"
    with pytest.raises(mo.OmeroFile.DoesNotExist):
        api.get_omero_file("999999")


def test_aget_omero_file(omerofile):
    assert run(api.aget_omero_file(omerofile.id)) is omerofile


def test_expand_omerofile(omerofile, fresh_client):
    assert api.expand_omerofile(omerofile.id, rath=fresh_client).file == omerofile.file


def test_aexpand_omerofile(omerofile):
    assert run(api.aexpand_omerofile(omerofile.id)).name == omerofile.name


def test_search_omerofile(omerofile):
    results = api.search_omerofile(omerofile.name[:-4].upper())
    assert [(r.id, r.label, r.value) for r in results] == [(omerofile.id, omerofile.name, omerofile.id)]
    assert api.search_omerofile(unique("nothing")) == []


def test_asearch_omerofile(omerofile):
    assert [r.id for r in run(api.asearch_omerofile(omerofile.name))] == [omerofile.id]


# -- thumbnails ---------------------------------------------------------------------------
@pytest.fixture
def thumb(rep) -> mo.Thumbnail:
    return mo.Thumbnail.objects.create(representation=rep, image=encode_png(np.eye(6)))


def test_thumbnail(thumb, rep, fresh_client):
    fetched = api.thumbnail(thumb.id, rath=fresh_client)
    assert isinstance(fetched, mo.Thumbnail)
    assert fetched.image == encode_png(np.eye(6))  # the bytes the server stored
    assert fetched.representation.id == rep.id
    with pytest.raises(mo.Thumbnail.DoesNotExist):
        api.thumbnail("999999")


def test_athumbnail(thumb):
    assert run(api.athumbnail(thumb.id)).image.startswith(b"\x89PNG")


def test_expand_thumbnail(thumb, fresh_client):
    assert api.expand_thumbnail(thumb.id, rath=fresh_client).image_url == thumb.image_url


def test_aexpand_thumbnail(thumb):
    assert run(api.aexpand_thumbnail(thumb.id)) is thumb


# -- ROIs ------------------------------------------------------------------------------------
def test_get_rois(rep, fresh_client):
    rectangle = mo.ROI.objects.create(representation=rep, type="RECTANGLE", vectors=np.array([[0, 0], [4, 5]]))
    ellipse = mo.ROI.objects.create(representation=rep, type="ELLIPSE", vectors=np.array([[1, 1, 2], [3, 3, 2]]))
    other = mo.Representation.objects.from_xarray(image(), name=unique("other"))
    mo.ROI.objects.create(representation=other, type="LINE", vectors=np.array([[0, 0], [1, 1]]))
    rois = api.get_rois(rep.id, rath=fresh_client)
    assert all(isinstance(roi, mo.ROI) for roi in rois)
    assert sorted(roi.id for roi in rois) == sorted([rectangle.id, ellipse.id])
    only = api.get_rois(rep, type=[api.RoiTypeInput.ELLIPSIS])
    assert [roi.id for roi in only] == [ellipse.id]
    assert only[0].type is mo.ROIType.ELLIPSE
    np.testing.assert_array_equal(only[0].vector_data, [[1, 1, 2], [3, 3, 2]])
    assert [roi.id for roi in api.get_rois(rep, type="RECTANGLE")] == [rectangle.id]


def test_aget_rois(rep):
    roi = mo.ROI.objects.create(representation=rep, type="POLYGON", vectors=np.array([[0, 0], [4, 0], [2, 3]]))
    assert run(api.aget_rois(rep.id, [api.RoiTypeInput.POLYGON])) == [roi]


# -- tables ----------------------------------------------------------------------------------
@pytest.fixture
def stored_table(mikro_client, sample) -> mo.Table:
    return mo.Table.objects.from_df(pd.DataFrame({"area": [1.5, 2.0], "label": ["a", "b"]}), name=unique("table"), sample=sample)


def test_table(stored_table, fresh_client):
    fetched = api.table(stored_table.id, rath=fresh_client)
    assert isinstance(fetched, mo.Table)
    assert (fetched.name, fetched.store) == (stored_table.name, stored_table.store)
    pd.testing.assert_frame_equal(fetched.data, pd.DataFrame({"area": [1.5, 2.0], "label": ["a", "b"]}))
    assert fetched.sample.id == stored_table.sample.id
    with pytest.raises(mo.Table.DoesNotExist):
        api.table("999999")


def test_atable(stored_table):
    assert run(api.atable(stored_table.id)) is stored_table


def test_expand_table(stored_table, fresh_client):
    assert api.expand_table(stored_table.id, rath=fresh_client).data["area"].sum() == 3.5


def test_aexpand_table(stored_table):
    assert run(api.aexpand_table(stored_table.id)).name == stored_table.name


def test_search_tables(stored_table):
    results = api.search_tables()
    assert (stored_table.id, stored_table.name) in [(r.id, r.label) for r in results]
    assert len(results) == len(list(mo.Table.objects.all()))


def test_asearch_tables(stored_table):
    assert stored_table.id in [r.value for r in run(api.asearch_tables())]

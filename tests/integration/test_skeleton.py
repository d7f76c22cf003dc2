"""The walking skeleton end to end against the reference server on 127.0.0.1.

Real parts only: HTTP to the server, zarr stores in its local-folder datalayer.
"""
from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pytest

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.testing import assert_round_trips


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def image(shape=(3, 16, 20), dims=("z", "y", "x")):
    import xarray as xr

    values = np.arange(np.prod(shape), dtype=np.uint16).reshape(shape)
    return xr.DataArray(values, dims=dims)


def zarr_stores(server) -> list[Path]:
    folder = Path(server.data_dir) / "datalayer" / "zarr"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_create_and_find_experiment_and_sample(mikro_client):
    experiment = mo.Experiment.objects.create(name=unique("exp"), description="skeleton")
    name = unique("liver")
    sample = mo.Sample.objects.create(name=name, experiments=[experiment], meta={"organ": "liver"})
    assert sample.id and sample.name == name and sample.meta == {"organ": "liver"}
    found = mo.Sample.objects.filter(search=name[-8:].upper())  # case-insensitive contains
    assert [s.id for s in found] == [sample.id]
    assert found[0] is sample  # identity map
    assert [e.id for e in sample.experiments] == [experiment.id]
    assert [s.id for s in experiment.samples] == [sample.id]
    assert sample.creator.email


def test_get_first_slicing_and_paging(mikro_client):
    prefix = unique("page")
    created = [mo.Sample.objects.create(name=f"{prefix}-{i:02d}") for i in range(7)]
    qs = mo.Sample.objects.filter(search=prefix)
    assert mo.Sample.objects.get(id=created[3].id) is created[3]
    assert qs.first() is created[0]
    assert [s.id for s in qs[2:5]] == [s.id for s in created[2:5]]
    assert qs[6] is created[6]
    with pytest.raises(IndexError):
        qs[7]
    small_pages = mo.connect(mikro_client.url, token=mikro_client.settings.token, page_size=3)
    with small_pages, assert_round_trips(3):  # 3 + 3 + 1 rows
        names = [s.name for s in mo.Sample.objects.filter(search=prefix)]
    assert names == [f"{prefix}-{i:02d}" for i in range(7)]
    assert qs.count() == 7 and qs.exists() and len(qs) == 7
    assert not mo.Sample.objects.filter(search=unique("none")).exists()


def test_get_missing_id_raises_model_does_not_exist(mikro_client):
    with pytest.raises(mo.Sample.DoesNotExist):
        mo.Sample.objects.get(id="987654")
    with pytest.raises(errors.DoesNotExist):
        mo.Experiment.objects.get(id="987654")


def test_get_by_other_lookups_tells_one_from_many(mikro_client):
    prefix = unique("dup")
    mo.Sample.objects.create(name=f"{prefix}-a")
    mo.Sample.objects.create(name=f"{prefix}-b")
    with pytest.raises(mo.Sample.MultipleObjectsReturned):
        mo.Sample.objects.get(search=prefix)
    assert mo.Sample.objects.get(search=f"{prefix}-b").name == f"{prefix}-b"


def test_from_xarray_round_trip_is_lazy_and_equal(mikro_client, mikro_server):
    import dask.array

    sample = mo.Sample.objects.create(name=unique("img"))
    array = image()
    rep = mo.Representation.objects.from_xarray(array, name="raw", sample=sample, tags=["skeleton"])
    assert rep.has_array is True
    assert rep.store.startswith("zarr/")
    assert rep.dims == ["t", "c", "z", "y", "x"] and rep.shape == [1, 1, 3, 16, 20]
    assert rep.tags == ["skeleton"]
    data = rep.data
    assert isinstance(data.data, dask.array.Array)  # lazy: nothing read yet
    np.testing.assert_array_equal(data.sel(t=0, c=0).values, array.values)
    assert int(data.max().compute()) == int(array.max())
    assert rep.sample is sample


def test_lazy_relations_follow_both_ways(mikro_client):
    sample = mo.Sample.objects.create(name=unique("rel"))
    reps = [mo.Representation.objects.from_xarray(image((2, 4, 4)), name=f"r{i}", sample=sample) for i in range(3)]
    fresh = mo.Sample.objects.get(id=sample.id)
    assert sorted(r.id for r in fresh.representations) == sorted(r.id for r in reps)
    assert [r.name for r in fresh.representations.filter(search="r1")] == ["r1"]
    listed = list(mo.Representation.objects.filter(samples=[sample]))
    with assert_round_trips(0):  # the sample is already loaded in the identity map
        assert all(rep.sample is sample for rep in listed)


def test_prefetch_loads_relations_in_the_same_request(mikro_client):
    prefix = unique("pre")
    for i in range(3):
        s = mo.Sample.objects.create(name=f"{prefix}-{i}")
        mo.Representation.objects.from_xarray(image((1, 4, 4)), name=f"{prefix}-rep{i}", sample=s)
    with assert_round_trips(1):
        samples = list(mo.Sample.objects.filter(search=prefix).prefetch("representations"))
        assert [len(list(s.representations)) for s in samples] == [1, 1, 1]


def test_lazy_to_many_access_is_one_request_per_relation_for_a_page(mikro_client):
    prefix = unique("lazy")
    for i in range(4):
        s = mo.Sample.objects.create(name=f"{prefix}-{i}")
        mo.Representation.objects.from_xarray(image((1, 4, 4)), name=f"{prefix}-rep{i}", sample=s)
    samples = list(mo.Sample.objects.filter(search=prefix))
    with assert_round_trips(1):
        counts = [len(list(s.representations)) for s in samples]
    assert counts == [1, 1, 1, 1]


def test_lazy_forward_access_is_one_request_for_a_page(mikro_client, mikro_server):
    prefix = unique("fwd")
    for i in range(5):
        s = mo.Sample.objects.create(name=f"{prefix}-{i}")
        mo.Representation.objects.from_xarray(image((1, 4, 4)), name=f"{prefix}-rep{i}", sample=s)
    # a new client has an empty identity map: no sample is loaded yet
    with mo.connect(mikro_server.url, token=mikro_server.token):
        reps = list(mo.Representation.objects.filter(search=f"{prefix}-rep"))
        with assert_round_trips(1):
            names = sorted(rep.sample.name for rep in reps)
    assert names == [f"{prefix}-{i}" for i in range(5)]


@pytest.mark.parametrize(
    "bad",
    [
        lambda: np.zeros((4, 4)),
        lambda: [[1, 2], [3, 4]],
        lambda: image((2, 4), dims=("z", "x")),
        lambda: image((0, 4, 4)),
    ],
    ids=["numpy", "list", "no-y", "empty"],
)
def test_from_xarray_rejects_bad_input_before_writing(mikro_client, mikro_server, bad):
    before = zarr_stores(mikro_server)
    with pytest.raises(errors.InvalidArgument) as info:
        mo.Representation.objects.from_xarray(bad(), name="bad")
    assert info.value.argument == "array"
    assert "DataArray" in str(info.value) or "non-empty" in str(info.value)
    assert zarr_stores(mikro_server) == before


def test_failed_registration_removes_the_uploaded_store(mikro_client, mikro_server):
    before = zarr_stores(mikro_server)
    with pytest.raises(errors.DoesNotExist):
        mo.Representation.objects.from_xarray(image(), name="orphan?", sample="987654")
    assert zarr_stores(mikro_server) == before
    assert not mo.Representation.objects.filter(search="orphan?").exists()


def test_wrong_token_is_an_authentication_error(mikro_server):
    client = mo.connect(mikro_server.url, token="not-the-token")
    with client, pytest.raises(errors.AuthenticationError) as info:
        mo.Sample.objects.first()
    assert "not-the-token" not in str(info.value)


def test_no_token_is_an_authentication_error(mikro_server):
    client = mo.Client(mo.client.resolve_settings(mikro_server.url))
    with client, pytest.raises(errors.AuthenticationError):
        mo.Sample.objects.first()


def test_delete_removes_objects(mikro_client):
    name = unique("gone")
    mo.Sample.objects.create(name=name)
    assert mo.Sample.objects.filter(search=name).delete() == 1
    assert not mo.Sample.objects.filter(search=name).exists()

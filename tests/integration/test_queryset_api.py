"""The QuerySet API against the reference server: every method, round trips counted."""
from __future__ import annotations

import asyncio
import uuid

import numpy as np
import pytest

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.testing import assert_round_trips, count_round_trips


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def named_samples(mikro_client):
    prefix = unique("qs")
    samples = mo.Sample.objects.bulk_create([{"name": f"{prefix}-{i:02d}"} for i in range(5)])
    return prefix, samples


def test_bulk_create_is_one_request_per_batch(mikro_client):
    prefix = unique("bulk")
    with assert_round_trips(3):
        created = mo.Sample.objects.bulk_create([{"name": f"{prefix}-{i}"} for i in range(25)], batch_size=10)
    assert [s.name for s in created] == [f"{prefix}-{i}" for i in range(25)]
    assert len({s.id for s in created}) == 25


def test_order_by_and_last(named_samples):
    prefix, samples = named_samples
    qs = mo.Sample.objects.filter(search=prefix)
    assert [s.name for s in qs.order_by("-name")] == [s.name for s in reversed(samples)]
    with assert_round_trips(1):
        assert qs.order_by("name").last() is samples[-1]
    assert qs.last() is samples[-1]  # unordered: read to the end
    assert mo.Sample.objects.filter(search=unique("none")).last() is None


def test_values_and_values_list(named_samples):
    prefix, samples = named_samples
    qs = mo.Sample.objects.filter(search=prefix)
    assert list(qs.values("name"))[0] == {"name": samples[0].name}
    assert list(qs.values_list("id", "name"))[1] == (samples[1].id, samples[1].name)
    assert list(qs.values_list("name", flat=True)) == [s.name for s in samples]
    with pytest.raises(errors.InvalidArgument):
        qs.values_list("id", "name", flat=True)


def test_in_bulk_is_one_request(named_samples):
    _, samples = named_samples
    with assert_round_trips(1):
        found = mo.Sample.objects.in_bulk([samples[0].id, samples[3]])
    assert found == {samples[0].id: samples[0], samples[3].id: samples[3]}


def test_in_bulk_without_ids_filter_uses_aliases(mikro_client):
    experiments = [mo.Experiment.objects.create(name=unique("bulk-exp")) for _ in range(3)]
    with assert_round_trips(1):
        found = mo.Experiment.objects.in_bulk([e.id for e in experiments])
    assert set(found) == {e.id for e in experiments}


def test_get_or_create(mikro_client):
    name = unique("goc")
    first, created = mo.Sample.objects.get_or_create(name=name, defaults={"meta": {"a": 1}})
    assert created and first.meta == {"a": 1}
    again, created_again = mo.Sample.objects.get_or_create(name=name)
    assert again is first and not created_again
    # the server's name filter matches substrings; get_or_create wants the exact name
    longer, created_longer = mo.Sample.objects.get_or_create(name=name[:-1])
    assert created_longer and longer is not first and longer.name == name[:-1]


def test_delete_instance_and_refresh(mikro_client):
    sample = mo.Sample.objects.create(name=unique("del"))
    assert list(sample.representations) == []
    mo.Representation.objects.from_xarray(_image(), name="late", sample=sample)
    assert list(sample.representations) == []  # cached until refreshed
    sample.refresh_from_db()
    assert [r.name for r in sample.representations] == ["late"]
    sample.delete()
    with pytest.raises(mo.Sample.DoesNotExist):
        mo.Sample.objects.get(id=sample.id)
    with pytest.raises(mo.Sample.DoesNotExist):
        sample.refresh_from_db()


def test_identity_map_same_object_refreshed(mikro_client, named_samples):
    prefix, samples = named_samples
    a = mo.Sample.objects.filter(search=prefix).first()
    b = mo.Sample.objects.get(id=a.id)
    assert a is b is samples[0]
    a.name = "changed locally"
    mo.Sample.objects.get(id=a.id)  # a later fetch refreshes the fields
    assert a.name == samples[0].name == f"{prefix}-00"


def test_paging_over_1000_objects_with_small_pages(mikro_client, mikro_server):
    prefix = unique("thousand")
    mo.Sample.objects.bulk_create([{"name": f"{prefix}-{i:04d}"} for i in range(1000)], batch_size=250)
    with mo.connect(mikro_server.url, token=mikro_server.token, page_size=64):
        qs = mo.Sample.objects.filter(search=prefix)
        with count_round_trips() as trips:
            seen = 0
            for index, sample in enumerate(qs):
                assert sample.name == f"{prefix}-{index:04d}"
                seen += 1
        assert seen == 1000
        assert trips.count == 16  # ceil(1000 / 64): pages, not one request per row
        assert qs._result_cache is None  # streamed: not kept in memory
        with assert_round_trips(16):
            assert qs.count() == 1000


def test_prefetch_100_samples_with_relations_is_one_request(mikro_client):
    prefix = unique("pf")
    experiment = mo.Experiment.objects.create(name=prefix)
    samples = mo.Sample.objects.bulk_create([{"name": f"{prefix}-{i:03d}", "experiments": [experiment]} for i in range(100)])
    for sample in samples[:10]:
        mo.Representation.objects.from_xarray(_image(), name=f"{sample.name}-rep", sample=sample)
    with assert_round_trips(1):
        loaded = list(mo.Sample.objects.filter(search=prefix).prefetch("representations", "experiments"))
        assert len(loaded) == 100
        assert sum(len(list(s.representations)) for s in loaded) == 10
        assert all([e.id for e in s.experiments] == [experiment.id] for s in loaded)


def test_lazy_relations_over_100_samples_cost_one_request_each(mikro_client, mikro_server):
    prefix = unique("lz")
    experiment = mo.Experiment.objects.create(name=prefix)
    mo.Sample.objects.bulk_create([{"name": f"{prefix}-{i:03d}", "experiments": [experiment]} for i in range(100)])
    with mo.connect(mikro_server.url, token=mikro_server.token):
        samples = list(mo.Sample.objects.filter(search=prefix))
        with assert_round_trips(1):
            assert all(list(s.representations) == [] for s in samples)
        with assert_round_trips(1):
            assert all(s.experiments[0].name == prefix for s in samples)


def test_async_twins_and_async_for(mikro_client, named_samples):
    prefix, samples = named_samples

    async def scenario():
        qs = mo.Sample.objects.filter(search=prefix)
        names = [s.name async for s in qs]
        first = await qs.afirst()
        count = await qs.acount()
        got = await mo.Sample.objects.aget(id=samples[2].id)
        exists = await mo.Sample.objects.filter(search=unique("none")).aexists()
        created = await mo.Sample.objects.acreate(name=f"{prefix}-async")
        await created.adelete()
        return names, first, count, got, exists

    names, first, count, got, exists = asyncio.run(scenario())
    assert names == [s.name for s in samples]
    assert first is samples[0] and count == 5 and got is samples[2] and exists is False


def test_async_works_inside_a_running_loop_with_the_current_client(mikro_client, named_samples):
    prefix, _ = named_samples

    async def inner():
        return await mo.Sample.objects.filter(search=prefix).acount()

    async def outer():  # as in a notebook: a loop is already running
        return await asyncio.gather(inner(), inner())

    assert asyncio.run(outer()) == [5, 5]


def test_scoped_clients_and_environment(mikro_server, monkeypatch, tmp_path):
    monkeypatch.setenv("MIKRO_URL", mikro_server.url)
    monkeypatch.setenv("MIKRO_TOKEN", mikro_server.token)
    client = mo.connect()
    assert client.url == mikro_server.url
    other = mo.connect(mikro_server.url, token="wrong")
    with client:
        assert mo.get_client() is client
        with other:
            assert mo.get_client() is other
            with pytest.raises(errors.AuthenticationError):
                mo.Sample.objects.first()
        assert mo.get_client() is client
        mo.Sample.objects.first()


def test_fakts_config_file(mikro_server, tmp_path, monkeypatch):
    config = tmp_path / "fakts.yaml"
    config.write_text(
        "mikro:\n"
        f"  endpoint_url: {mikro_server.url}/graphql\n"
        f"  token: {mikro_server.token}\n"
    )
    monkeypatch.chdir(tmp_path)
    with mo.connect() as client:
        assert client.url == mikro_server.url
        assert isinstance(mo.Sample.objects.count(), int)


def _image():
    import xarray as xr

    return xr.DataArray(np.ones((1, 4, 4), dtype=np.uint8), dims=("z", "y", "x"))


def test_a_scoped_client_restores_the_previous_default_on_exit(mikro_server):
    outer = mo.connect(mikro_server.url, token=mikro_server.token)
    sample = mo.Sample.objects.create(name=unique("outer"))
    with mo.connect(mikro_server.url, token=mikro_server.token) as inner:
        assert mo.get_client() is inner
    assert mo.get_client() is outer
    assert mo.Sample.objects.get(id=sample.id) is sample  # the same identity map as before

"""watch_rois / watch_samples (and async twins) against the reference server, over real websockets."""
from __future__ import annotations

import asyncio
import concurrent.futures
import time
from typing import Any

import numpy as np
import pytest

import mikro_orm as mo
from mikro_orm import api, errors
from mikro_orm.testing import count_round_trips

from .conftest import unique

WAIT = 10.0  # seconds any wait may take before the test fails; nothing here can hang


def wait_listening(server: Any, channel: tuple) -> None:
    """The server registers a subscription's listener after ``start``: wait for it."""
    events = server.app.state.services.events
    deadline = time.monotonic() + WAIT
    while events.listener_count(channel) < 1:
        assert time.monotonic() < deadline, f"no listener on {channel}"
        time.sleep(0.01)


def take(stream: Any, n: int) -> list[api.WatchEvent]:
    """The next ``n`` events, or a failure after WAIT seconds (closing the stream)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(lambda: [next(stream) for _ in range(n)])
        try:
            return future.result(WAIT)
        except concurrent.futures.TimeoutError:
            stream.close()
            raise AssertionError(f"fewer than {n} events within {WAIT} s") from None


def user_id(client: mo.Client) -> int:
    return int(mo.Experiment.objects.using(client).create(name="whoami").creator.id)


def test_watch_rois(mikro_server, mikro_client, rep):
    with api.watch_rois(rep.id) as events:
        wait_listening(mikro_server, ("rois", int(rep.id), user_id(mikro_client)))
        roi = api.create_roi(rep, np.array([[0, 0], [4, 4]]), "RECTANGLE")
        mo.ROI.objects.filter(representation=rep).delete()
        created, deleted = take(events, 2)
    assert isinstance(created, api.WatchEvent) and created.kind == "create"
    assert created.create == roi and created.update is None and created.delete is None
    np.testing.assert_array_equal(created.create.vector_data, [[0, 0, 0], [4, 4, 0]])
    assert (deleted.kind, deleted.delete, deleted.deleted, deleted.create) == ("delete", roi.id, roi.id, None)


def test_awatch_rois(mikro_server, mikro_client, rep):
    async def main():
        events = api.awatch_rois(rep)
        first = asyncio.ensure_future(events.__anext__())  # opens the socket in a worker thread
        await asyncio.to_thread(wait_listening, mikro_server, ("rois", int(rep.id), user_id(mikro_client)))
        roi = await api.acreate_roi(rep, np.array([[1, 1], [2, 2]]), "LINE")
        event = await asyncio.wait_for(first, WAIT)
        await events.aclose()
        return roi, event

    roi, event = asyncio.run(main())
    assert (event.kind, event.create) == ("create", roi)


def test_watch_samples(mikro_server, mikro_client):
    experiment = api.create_experiment(unique("watched study"))
    with api.watch_samples() as events:
        wait_listening(mikro_server, ("samples", user_id(mikro_client)))
        sample = api.create_sample(unique("watched"), experiments=[experiment.id])
        mo.Sample.objects.filter(ids=[sample.id]).delete()
        created, deleted = take(events, 2)
    assert created.kind == "create" and created.create == sample
    with count_round_trips() as trips:
        assert [e.name for e in created.create.experiments] == [experiment.name]
    assert trips.count == 0  # selected with the event, as the seed's subscription did
    assert (deleted.kind, deleted.deleted, deleted.delete, deleted.instance) == ("delete", sample.id, sample.id, None)


def test_awatch_samples(mikro_server, mikro_client):
    async def main():
        events = api.awatch_samples()
        first = asyncio.ensure_future(events.__anext__())
        await asyncio.to_thread(wait_listening, mikro_server, ("samples", user_id(mikro_client)))
        sample = await api.acreate_sample(unique("async watched"))
        event = await asyncio.wait_for(first, WAIT)
        await events.aclose()
        return sample, event

    sample, event = asyncio.run(main())
    assert (event.kind, event.id, event.instance) == ("create", sample.id, sample)


def test_watching_a_missing_representation_fails(mikro_client):
    with pytest.raises(errors.MikroError):
        with api.watch_rois("999999") as events:
            take(events, 1)


def test_bad_watch_arguments_are_refused_at_the_call(mikro_client):
    with pytest.raises(errors.InvalidArgument) as caught:
        api.awatch_rois(None)  # checked now, not at the first step of the loop
    assert caught.value.argument == "representation"
    with pytest.raises(errors.InvalidArgument):
        api.watch_samples(rath="not a client")

"""A test of your own analysis code, recorded once against a Mikro server and replayed offline.

docs/testing.md walks through it. In short:

    pytest examples/test_recorded_example.py --record-mode=rewrite   # record (starts a reference server)
    pytest examples/test_recorded_example.py                         # replay, no server, no network

The fixture ``mikro_recorded_client`` and the cassette settings come from the
mikro_orm pytest plugin, which is active as soon as mikro_orm is installed.
HTTP goes to ``cassettes/<test>.yaml``, subscriptions' websocket frames to
``cassettes/<test>.frames.json``.
"""
from __future__ import annotations

import numpy as np
import pytest
import xarray as xr

from mikro_orm.api import create_experiment, create_roi, create_sample, from_xarray, get_rois, search_sample, watch_samples
from mikro_orm.testing import wait_for_listener


def brightest_plane(image: xr.DataArray) -> int:
    """The analysis under test: the z index of the brightest plane."""
    return int(image.sum(dim=[d for d in image.dims if d != "z"]).argmax(dim="z"))


@pytest.mark.vcr
@pytest.mark.block_network
def test_brightest_plane_of_a_stored_image(mikro_recorded_client):
    study = create_experiment("Liver study")
    sample = create_sample("liver 1", experiments=[study.id])
    values = np.zeros((4, 16, 16), dtype=np.uint16)
    values[2, 4:8, 4:8] = 1000
    rep = from_xarray(xr.DataArray(values, dims=("z", "y", "x")), name="nuclei", sample=sample.id)

    assert [hit.label for hit in search_sample("liver")] == ["liver 1"]
    assert brightest_plane(rep.data) == 2  # rep.data reads the store written above

    create_roi(rep.id, np.array([[4, 4], [8, 8]]), "RECTANGLE")
    (roi,) = get_rois(rep.id)
    np.testing.assert_array_equal(roi.vector_data[:, :2], [[4, 4], [8, 8]])


@pytest.mark.vcr
@pytest.mark.block_network
def test_a_new_sample_is_announced(mikro_recorded_client, mikro_recording_server):
    with watch_samples() as events:
        # Recording: wait until the fresh server (user 1) listens; replaying: returns at once.
        wait_for_listener(mikro_recording_server, ("samples", 1))
        sample = create_sample("watched sample")
        event = next(events)
    assert event.create == sample and event.create.name == "watched sample"

"""Fixtures for the functional API's tests: a live reference server (the
plugin's ``mikro_server``), arrays, and objects made through the ORM so that
each test checks one API function against what the server really holds."""
from __future__ import annotations

import asyncio
import uuid
from typing import Any, Coroutine, Iterator

import numpy as np
import pytest
import xarray as xr

import mikro_orm as mo


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/api" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run an async twin inside a running event loop, as a notebook would."""
    return asyncio.run(coroutine)


def image(shape=(3, 8, 10), dims=("z", "y", "x"), seed=0) -> xr.DataArray:
    rng = np.random.default_rng(seed)
    return xr.DataArray(rng.integers(0, 1000, size=shape, dtype=np.uint16), dims=dims)


@pytest.fixture
def sample(mikro_client) -> mo.Sample:
    return mo.Sample.objects.create(name=unique("sample"))


@pytest.fixture
def rep(mikro_client, sample) -> mo.Representation:
    return mo.Representation.objects.from_xarray(image(), name=unique("rep"), sample=sample)


@pytest.fixture
def fresh_client(mikro_server, mikro_client) -> Iterator[mo.Client]:
    """A second client of the same server, with an empty identity map."""
    client = mo.connect(mikro_server.url, token=mikro_server.token)
    try:
        yield client
    finally:
        client.close()

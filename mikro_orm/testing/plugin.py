"""The pytest plugin: a reference server and a client for each test session.

Installed with mikro_orm, it is active in every pytest run (entry point
``pytest11``); nothing to add to a ``conftest.py``. Fixtures:

``mikro_server``
    A reference server (session scope) on a temporary data directory, on a
    free loopback port, stopped at the end of the session.
``mikro_client``
    A client connected to ``mikro_server``, current for the test.
``mikro_recorded_client``
    For tests marked ``@pytest.mark.vcr`` (pytest-recording): when
    replaying (the default ``--record-mode=none``), a client of an address
    nobody serves, whose answers come from the cassette; when recording
    (``--record-mode=rewrite``), a client of a fresh reference server
    (``mikro_recording_server``), so ids start at 1 every time. Either way
    store paths of uploads are deterministic and the datalayer is a local
    folder (no ``negotiate`` request), so the requests a replay sends are the
    recorded ones. Subscriptions' websocket frames are recorded to
    ``<cassette>.frames.json`` beside the cassette and replayed from it.
``mikro_recording_server``
    The fresh reference server a recording runs against; ``None`` when replaying.
``vcr_config`` / ``vcr_cassette_dir``
    For pytest-recording (defined in :mod:`mikro_orm.testing.cassettes`):
    GraphQL requests match on method, path and body (not host or port, so
    recordings replay against any port); the Authorization header is
    dropped from cassettes, which live in ``cassettes/`` at the root.
``assert_round_trips``
    :func:`mikro_orm.testing.assert_round_trips`, as a fixture:
    ``with assert_round_trips(1): ...``.
"""
from __future__ import annotations

import itertools
import secrets
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

__all__ = [
    "REPLAY_URL",
    "assert_round_trips",
    "deterministic_store_names",
    "mikro_client",
    "mikro_recorded_client",
    "mikro_recording_server",
    "mikro_server",
    "pytest_configure",
]

# Replays talk to an address nobody serves: requests are matched on method,
# path and body, never host or port, and answered from the cassette.
REPLAY_URL = "http://127.0.0.1:9"


@pytest.fixture(scope="session")
def mikro_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A reference Mikro server for the session (``.url``, ``.token``, ``.data_dir``)."""
    from mikro_orm.server import serve_in_thread

    data_dir = tmp_path_factory.mktemp("mikro-data")
    server = serve_in_thread(data_dir, token=secrets.token_urlsafe(24))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mikro_client(mikro_server: Any) -> Iterator[Any]:
    """A client of ``mikro_server``, current inside the test."""
    from mikro_orm.client import connect

    client = connect(mikro_server.url, token=mikro_server.token)
    with client:
        yield client


def pytest_configure(config: pytest.Config) -> None:
    """Register the cassette fixtures last, so that they win over pytest-recording's.

    pytest-recording defines ``vcr_config`` and ``vcr_cassette_dir`` too, and
    of two plugins defining a fixture the one registered later wins. Entry
    point plugins load in no fixed order; a plugin registered here, after all
    of them, comes last. Without this, cassettes could be recorded with the
    Authorization header in them.
    """
    from mikro_orm.testing import cassettes

    if not config.pluginmanager.is_registered(cassettes):
        config.pluginmanager.register(cassettes, "mikro_orm.testing.cassettes")


@pytest.fixture
def assert_round_trips() -> Callable[[int], Any]:
    """:func:`mikro_orm.testing.assert_round_trips`: ``with assert_round_trips(2): ...``."""
    from mikro_orm.testing import assert_round_trips as helper

    return helper


@pytest.fixture
def deterministic_store_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uploads in this test get the store paths ``zarr/00000000-...-000000000001``, ``...2``, ...

    A recorded upload's request names its store; only a path that is the
    same in every run lets the replay match the recording.
    """
    from mikro_orm.datalayer import upload

    counter = itertools.count(1)
    monkeypatch.setattr(upload, "store_name", lambda kind: f"{kind}/{uuid.UUID(int=next(counter))}")


def record_mode(config: pytest.Config) -> str:
    """pytest-recording's ``--record-mode`` (``"none"``: replay only)."""
    try:
        return config.getoption("--record-mode") or "none"
    except ValueError:  # pytest-recording is not installed
        return "none"


def _cassette_path(request: pytest.FixtureRequest, suffix: str) -> Path:
    directory = Path(request.getfixturevalue("vcr_cassette_dir"))
    return directory / f"{request.getfixturevalue('default_cassette_name')}{suffix}"


def replaying(request: pytest.FixtureRequest) -> bool:
    """Whether this test replays: ``--record-mode=none``, or ``once`` with its cassette present.

    As vcrpy treats cassettes: ``none`` only replays, ``once`` replays a
    cassette that exists and records one that does not, the others record.
    """
    mode = record_mode(request.config)
    if mode == "none":
        return True
    return mode == "once" and _cassette_path(request, ".yaml").exists()


@pytest.fixture
def mikro_recording_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """When recording: a fresh reference server for this test; when replaying: ``None``.

    Tests that record subscriptions use it to wait until the server listens
    (:func:`mikro_orm.testing.wait_for_listener`) before causing events.
    """
    if replaying(request):
        yield None
        return
    from mikro_orm.server import serve_in_thread

    # A fresh server per recording keeps ids and generated names the same on
    # every re-recording.
    with serve_in_thread(tmp_path / "server", token=secrets.token_urlsafe(24)) as server:
        yield server


@pytest.fixture
def mikro_recorded_client(
    mikro_recording_server: Any, tmp_path: Path, deterministic_store_names: None
) -> Iterator[Any]:
    """A current client for a recorded test: replaying, of nobody; recording, of a fresh reference server.

    Examples
    --------
    >>> @pytest.mark.vcr  # doctest: +SKIP
    ... @pytest.mark.block_network
    ... def test_samples(mikro_recorded_client):
    ...     assert mikro_orm.Sample.objects.create(name="a").id == "1"
    """
    from mikro_orm.client import connect

    server = mikro_recording_server
    if server is None:
        datalayer = {"protocol": "file", "path": str(tmp_path / "datalayer")}
        with connect(REPLAY_URL, token="replay-token-not-recorded", datalayer=datalayer) as client:
            yield client
        return
    # The datalayer is given explicitly, as in a replay, so that neither
    # sends a negotiate request.
    datalayer = dict(server.app.state.services.datalayer.negotiation)
    with connect(server.url, token=server.token, datalayer=datalayer) as client:
        yield client


@pytest.fixture(autouse=True)
def _mikro_websocket_frames(request: pytest.FixtureRequest) -> Iterator[None]:
    """In tests marked ``vcr``: record websocket frames beside the cassette, or replay them.

    vcrpy does not see websocket-client, so subscriptions are recorded here
    (see :mod:`mikro_orm.testing.frames`), to ``<cassette>.frames.json``.
    """
    if request.node.get_closest_marker("vcr") is None:
        yield
        return
    import websocket

    from mikro_orm.testing.frames import FramePlayer, FrameRecorder

    path = _cassette_path(request, ".frames.json")
    mode = record_mode(request.config)
    patch = pytest.MonkeyPatch()
    if replaying(request):
        patch.setattr(websocket, "create_connection", FramePlayer(path).create_connection)
        try:
            yield
        finally:
            patch.undo()
        return
    recorder = FrameRecorder(websocket.create_connection)
    patch.setattr(websocket, "create_connection", recorder.create_connection)
    try:
        yield
    finally:
        patch.undo()
    if mode in ("rewrite", "all") or recorder.connections:
        recorder.save(path)

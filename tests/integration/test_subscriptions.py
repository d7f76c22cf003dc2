"""Watching against the reference server: real websockets, events triggered by a second client.

The server here has two users (alice, bob) and a short keep-alive, so a
connection that goes silent is noticed within a second. Every wait is
bounded: nothing in this module can hang.
"""
from __future__ import annotations

import asyncio
import http.server
import logging
import queue
import socket
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator

import pytest

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.testing import count_round_trips
from mikro_orm.transport.base import GraphQLRequest
from mikro_orm.transport.websocket import WebSocketTransport

ALICE = "alice-" + uuid.uuid4().hex
BOB = "bob-" + uuid.uuid4().hex
WAIT = 10.0  # seconds any single wait may take before the test fails
SERVER_KEEPALIVE = 0.3

CREATE_ROI = (
    "mutation CreateROI($representation: ID!, $vectors: [InputVector]!, $type: RoiTypeInput!) "
    "{ createROI(representation: $representation, vectors: $vectors, type: $type) { id } }"
)
DELETE_ROI = "mutation DeleteROI($id: ID!) { deleteROI(id: $id) { id } }"
CREATE_TABLE = "mutation CreateTable($name: String) { createTable(name: $name) { id } }"


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def wait_until(condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)


# -- fixtures ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A server with alice (default user) and bob, sending ``ka`` every 0.3 s."""
    from mikro_orm.server import app, serve_in_thread

    with pytest.MonkeyPatch.context() as patch:
        # Read by create_app: a short keep-alive lets a test tell a silent link from a quiet one.
        patch.setattr(app, "KEEPALIVE_SECONDS", SERVER_KEEPALIVE)
        running = serve_in_thread(tmp_path_factory.mktemp("subs"), token=ALICE, users={BOB: "bob@lab.example"})
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def user_ids(server: Any) -> dict[str, int]:
    """The users' ids, which name the server's event channels."""
    ids = {}
    for name, token in (("alice", ALICE), ("bob", BOB)):
        with mo.connect(server.url, token=token) as client:
            ids[name] = int(mo.Experiment.objects.using(client).create(name="whoami").creator.id)
    return ids


@pytest.fixture(autouse=True)
def no_listener_outlives_its_test(server: Any, user_ids: dict[str, int]) -> Iterator[None]:
    """After each test, every watch it opened is gone on the server too.

    Also what keeps tests apart: a listener still closing from the previous
    test would otherwise pass for the next test's own in ``wait_until``.
    """
    yield
    for user_id in user_ids.values():
        for family in ("samples", "experiments", "representations", "tables"):
            wait_until(lambda: listeners(server, family, user_id) == 0, f"the {family} listeners of user {user_id} to close")


@pytest.fixture
def connect(server: Any) -> Iterator[Callable[..., mo.Client]]:
    """Connect clients to ``server`` (alice by default); all closed after the test."""
    clients: list[mo.Client] = []

    def make(token: str = ALICE, **options: Any) -> mo.Client:
        client = mo.connect(server.url, token=token, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def listeners(server: Any, *channel: Any) -> int:
    return server.app.state.services.events.listener_count(channel)


class Collector:
    """Iterate an event stream in a thread; hand events (or the error) over a queue."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.queue: queue.Queue[Any] = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            for item in self.stream:
                self.queue.put(item)
        except BaseException as exc:  # handed to the test thread
            self.queue.put(exc)

    def take(self, n: int, timeout: float = WAIT) -> list[Any]:
        items = []
        deadline = time.monotonic() + timeout
        while len(items) < n:
            try:
                item = self.queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"got {len(items)} of {n} events within {timeout} s: {items}") from None
            if isinstance(item, BaseException):
                raise item
            items.append(item)
        return items

    def stop(self) -> None:
        self.stream.close()
        self.thread.join(WAIT)
        assert not self.thread.is_alive(), "the watching thread did not end after close()"


@pytest.fixture
def collect() -> Iterator[Callable[[Any], Collector]]:
    collectors: list[Collector] = []

    def start(stream: Any) -> Collector:
        collectors.append(Collector(stream))
        return collectors[-1]

    yield start
    for collector in collectors:
        collector.stop()


class TcpProxy:
    """A loopback TCP proxy whose connections a test can cut (``sever``) or silence (``freeze``)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = 0
        self._pairs: list[tuple[socket.socket, socket.socket, threading.Event]] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._spawn(self._accept)

    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while True:
            try:
                downstream, _ = self.listener.accept()
            except OSError:
                return  # listener closed
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            frozen = threading.Event()
            with self._lock:
                self._pairs.append((downstream, upstream, frozen))
                self.accepted += 1
            self._spawn(self._pump, downstream, upstream, frozen)
            self._spawn(self._pump, upstream, downstream, frozen)

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket, frozen: threading.Event) -> None:
        try:
            while chunk := source.recv(65536):
                if not frozen.is_set():  # frozen: swallow everything, close nothing
                    sink.sendall(chunk)
        except OSError:
            pass
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def sever(self) -> None:
        """Cut every current connection, as a network reset would."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for downstream, upstream, _ in pairs:
            for sock in (downstream, upstream):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def freeze(self) -> None:
        """Stop forwarding on current connections without closing them (a silent drop)."""
        with self._lock:
            for _, _, frozen in self._pairs:
                frozen.set()

    def close(self) -> None:
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (close alone does not, on Linux)
        except OSError:
            pass
        self.listener.close()
        self.sever()
        for thread in self._threads:
            thread.join(WAIT)


@pytest.fixture
def proxy(server: Any) -> Iterator[TcpProxy]:
    running = TcpProxy(int(server.url.rsplit(":", 1)[1]))
    yield running
    running.close()


# -- the five watches ------------------------------------------------------------------
def test_sample_watch_sees_create_and_delete_from_another_client(server, user_ids, connect, collect):
    watcher, other = connect(), connect()
    events = collect(mo.Sample.objects.using(watcher).watch())
    wait_until(lambda: listeners(server, "samples", user_ids["alice"]) == 1, "the samples listener")
    sample = mo.Sample.objects.using(other).create(name=unique("watched"))
    sample_id = sample.id
    sample.delete()
    created, deleted = events.take(2)
    assert (created.kind, created.id, created.model) == ("create", sample_id, mo.Sample)
    assert created.instance.name == sample.name
    assert created.instance is not sample  # the watcher's own instance, from its identity map
    assert created.instance._state.client is watcher
    assert (deleted.kind, deleted.id, deleted.instance) == ("delete", sample_id, None)


def test_representation_watch_create_then_update_refreshes_one_instance(server, user_ids, connect, collect):
    import numpy as np
    import xarray as xr

    watcher, other = connect(), connect()
    events = collect(mo.Representation.objects.using(watcher).watch())
    wait_until(lambda: listeners(server, "representations", user_ids["alice"]) == 1, "the representations listener")
    with other:
        sample = mo.Sample.objects.create(name=unique("rep-sample"))
        rep = mo.Representation.objects.from_xarray(xr.DataArray(np.zeros((2, 4, 4)), dims=("z", "y", "x")), name=unique("rep"), sample=sample)
        rep_id = rep.id
        rep.delete()
    created, updated, deleted = events.take(3)
    assert [created.kind, updated.kind, deleted.kind] == ["create", "update", "delete"]
    assert created.id == updated.id == deleted.id == rep_id
    # The identity map: the update refreshed the object the create event gave.
    assert updated.instance is created.instance
    assert updated.instance.has_array is True
    assert updated.instance.name == rep.name


def test_experiment_watch(server, user_ids, connect, collect):
    watcher, other = connect(), connect()
    events = collect(mo.Experiment.objects.using(watcher).watch())
    wait_until(lambda: listeners(server, "experiments", user_ids["alice"]) == 1, "the experiments listener")
    experiment = mo.Experiment.objects.using(other).create(name=unique("exp"))
    experiment.delete()
    created, deleted = events.take(2)
    assert (created.kind, created.id, created.instance.name) == ("create", experiment.id, experiment.name)
    assert (deleted.kind, deleted.id) == ("delete", experiment.id)


def test_table_watch(server, user_ids, connect, collect):
    watcher, other = connect(), connect()
    events = collect(mo.Table.objects.using(watcher).watch())
    wait_until(lambda: listeners(server, "tables", user_ids["alice"]) == 1, "the tables listener")
    name = unique("table")
    table_id = other.execute_request(GraphQLRequest(CREATE_TABLE, {"name": name}, "CreateTable"))["createTable"]["id"]
    mo.Table.objects.using(other).get(id=table_id).delete()
    created, updated, deleted = events.take(3)
    assert [created.kind, updated.kind, deleted.kind] == ["create", "update", "delete"]
    assert created.id == updated.id == deleted.id == table_id
    assert isinstance(created.instance, mo.Table) and created.instance.name == name


def test_rois_watch_on_one_representation(server, user_ids, connect, collect):
    watcher, other, bob = connect(), connect(), connect(BOB)
    rep_id = mo.Representation.objects.using(other).create(name=unique("rois")).id
    rep = mo.Representation.objects.using(watcher).get(id=rep_id)
    events = collect(rep.rois.watch())
    wait_until(lambda: listeners(server, "rois", int(rep_id), user_ids["alice"]) == 1, "the rois listener")
    # Bob's ROI on the same representation is not alice's event.
    bob.execute_request(GraphQLRequest(CREATE_ROI, {"representation": rep_id, "vectors": [], "type": "LINE"}, "CreateROI"))
    variables = {"representation": rep_id, "vectors": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "type": "ELLIPSIS"}
    roi_id = other.execute_request(GraphQLRequest(CREATE_ROI, variables, "CreateROI"))["createROI"]["id"]
    other.execute_request(GraphQLRequest(DELETE_ROI, {"id": roi_id}, "DeleteROI"))
    created, deleted = events.take(2)
    assert (created.kind, created.id, created.model) == ("create", roi_id, mo.ROI)
    assert created.instance.type == mo.ROIType.ELLIPSE
    assert created.instance.vector_data.tolist() == [[1.0, 2.0, 0.0], [3.0, 4.0, 0.0]]
    assert (deleted.kind, deleted.id, deleted.instance) == ("delete", roi_id, None)


# -- users, closing, the hook ------------------------------------------------------------
def test_a_user_never_sees_another_users_events(server, user_ids, connect, collect):
    alice, alice2, bob = connect(), connect(), connect(BOB)
    alices = collect(mo.Sample.objects.using(alice).watch())
    bobs = collect(mo.Sample.objects.using(bob).watch())
    wait_until(lambda: listeners(server, "samples", user_ids["alice"]) == 1, "alice's listener")
    wait_until(lambda: listeners(server, "samples", user_ids["bob"]) == 1, "bob's listener")
    # Bob's create is published (synchronously) before alice's: had it leaked,
    # it would be alice's first event.
    bobs_sample = mo.Sample.objects.using(bob).create(name=unique("bob"))
    alices_sample = mo.Sample.objects.using(alice2).create(name=unique("alice"))
    assert [event.id for event in alices.take(1)] == [alices_sample.id]
    assert [event.id for event in bobs.take(1)] == [bobs_sample.id]
    assert bobs.queue.empty()


def test_leaving_the_loop_closes_the_socket(server, user_ids, connect):
    watcher, other = connect(), connect()
    channel = ("samples", user_ids["alice"])

    def first_event() -> Any:
        for event in mo.Sample.objects.using(watcher).watch():
            return event  # leaves the loop: nothing else holds the stream
        return None

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(first_event)
        wait_until(lambda: listeners(server, *channel) == 1, "the listener")
        sample = mo.Sample.objects.using(other).create(name=unique("once"))
        assert future.result(timeout=WAIT).id == sample.id
    wait_until(lambda: listeners(server, *channel) == 0, "the server to drop the listener")


def test_close_from_another_thread_ends_a_waiting_loop(server, user_ids, connect):
    watcher = connect()
    stream = mo.Sample.objects.using(watcher).watch()
    collector = Collector(stream)
    wait_until(lambda: listeners(server, "samples", user_ids["alice"]) == 1, "the listener")
    collector.stop()  # close() while the thread waits in recv()
    wait_until(lambda: listeners(server, "samples", user_ids["alice"]) == 0, "the server to drop the listener")
    with pytest.raises(StopIteration):
        next(stream)


def test_the_round_trip_hook_sees_the_subscription_start(connect):
    watcher = connect()
    with count_round_trips() as trips:
        with mo.Sample.objects.using(watcher).watch():
            pass
    assert trips.names() == ["WatchSamples"]
    assert trips.requests[0].document.startswith("subscription WatchSamples")


def test_awatch_with_async_for(server, user_ids, connect):
    watcher, other = connect(), connect()
    channel = ("samples", user_ids["alice"])

    async def main() -> list[Any]:
        received: list[Any] = []

        async def consume() -> None:
            async for event in mo.Sample.objects.using(watcher).awatch():
                received.append(event)
                if len(received) == 2:
                    break

        task = asyncio.create_task(consume())
        await asyncio.to_thread(wait_until, lambda: listeners(server, *channel) == 1, "the listener")
        created = [await mo.Sample.objects.using(other).acreate(name=unique("async")) for _ in range(2)]
        await asyncio.wait_for(task, WAIT)
        # Leaving the loop dropped the async generator; asyncio closes it, and it closes the socket.
        await asyncio.to_thread(wait_until, lambda: listeners(server, *channel) == 0, "the server to drop the listener")
        assert [event.id for event in received] == [sample.id for sample in created]
        return received

    assert [event.kind for event in asyncio.run(main())] == ["create", "create"]


def test_aclose_closes_the_socket(server, user_ids, connect):
    watcher, other = connect(), connect()
    channel = ("tables", user_ids["alice"])

    async def main() -> Any:
        events = mo.Table.objects.using(watcher).awatch()
        first = asyncio.ensure_future(events.__anext__())
        await asyncio.to_thread(wait_until, lambda: listeners(server, *channel) == 1, "the listener")
        request = GraphQLRequest(CREATE_TABLE, {"name": unique("aclose")}, "CreateTable")
        created = await asyncio.to_thread(other.execute_request, request)
        event = await asyncio.wait_for(first, WAIT)
        await events.aclose()
        await asyncio.to_thread(wait_until, lambda: listeners(server, *channel) == 0, "the server to drop the listener")
        return created["createTable"]["id"], event

    table_id, event = asyncio.run(main())
    assert (event.kind, event.id) == ("create", table_id)


def test_cancelling_awatch_closes_the_socket(server, user_ids, connect):
    watcher = connect()
    channel = ("experiments", user_ids["alice"])

    async def main() -> None:
        events = mo.Experiment.objects.using(watcher).awatch()
        pending = asyncio.ensure_future(events.__anext__())
        await asyncio.to_thread(wait_until, lambda: listeners(server, *channel) == 1, "the listener")
        pending.cancel()  # cancelled while a worker thread waits for the next event
        with pytest.raises(asyncio.CancelledError):
            await pending
        await asyncio.to_thread(wait_until, lambda: listeners(server, *channel) == 0, "the server to drop the listener")
        await events.aclose()  # the generator ended with the cancellation: nothing left to do

    asyncio.run(main())


# -- dropped connections --------------------------------------------------------------
def _probe(create: Callable[[], str], events: Collector) -> tuple[set[str], Any]:
    """Create objects until one shows up as an event (events sent while a
    connection is being re-established are lost, and the server registers a
    listener shortly after ``start``)."""
    created: set[str] = set()
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        created.add(create())
        try:
            return created, events.take(1, timeout=0.5)[0]
        except AssertionError:
            continue
    raise AssertionError("no event arrived after the reconnection")


def test_a_severed_connection_is_reestablished_and_iteration_goes_on(server, user_ids, connect, collect, proxy, caplog):
    caplog.set_level(logging.DEBUG)
    watcher, other = connect(ws_url=proxy.ws_url()), connect()
    channel = ("samples", user_ids["alice"])
    events = collect(mo.Sample.objects.using(watcher).watch())
    wait_until(lambda: listeners(server, *channel) == 1, "the listener")
    before = mo.Sample.objects.using(other).create(name=unique("before"))
    assert events.take(1)[0].id == before.id
    proxy.sever()
    wait_until(lambda: proxy.accepted == 2, "the watch to reconnect through the proxy")
    wait_until(lambda: listeners(server, *channel) == 1, "the re-started listener")
    created, after = _probe(lambda: mo.Sample.objects.using(other).create(name=unique("after")).id, events)
    assert after.kind == "create" and after.id in created
    # Logged, at every level, without the token (which is in the URL the socket opens).
    assert "reconnected to" in caplog.text
    assert ALICE not in caplog.text


def test_a_silent_connection_counts_as_dropped(server, user_ids, proxy):
    # The transport's own knobs: the server sends ``ka`` every 0.3 s here, so
    # one second of silence means the link is dead, not quiet.
    transport = WebSocketTransport(proxy.ws_url(), ALICE, timeout=1.0, keepalive=SERVER_KEEPALIVE)
    assert transport.receive_timeout == 1.0
    request = GraphQLRequest("subscription S { myExperiments { create { id } } }", {}, "S")
    subscription = transport.subscribe(request)
    events = Collector(subscription)
    try:
        channel = ("experiments", user_ids["alice"])
        wait_until(lambda: listeners(server, *channel) == 1, "the listener")
        proxy.freeze()  # nothing arrives any more, nothing is closed
        wait_until(lambda: proxy.accepted == 2, "the watch to notice the silence and reconnect")
        with mo.connect(server.url, token=ALICE) as other:
            def create() -> str:
                return mo.Experiment.objects.using(other).create(name=unique("silent")).id

            created, data = _probe(create, events)
        assert data["myExperiments"]["create"]["id"] in created
    finally:
        events.stop()


def test_reconnection_gives_up_with_server_unreachable(server, user_ids, proxy):
    transport = WebSocketTransport(proxy.ws_url(), ALICE, timeout=2.0, reconnect_delays=(0.05, 0.05, 0.05))
    subscription = transport.subscribe(GraphQLRequest("subscription S { mySamples { deleted } }", {}, "S"))
    try:
        wait_until(lambda: listeners(server, "samples", user_ids["alice"]) == 1, "the listener")
        proxy.close()  # cut, and nobody listens on the port any more
        with pytest.raises(errors.ServerUnreachable, match="could not re-establish it") as caught:
            next(subscription)
        assert ALICE not in str(caught.value)
        assert subscription.closed
    finally:
        subscription.close()


# -- failures and the token ----------------------------------------------------------------
def test_a_refused_token_is_an_authentication_error_without_the_token(server, connect):
    secret = "not-a-token-" + uuid.uuid4().hex
    client = connect(secret)
    with pytest.raises(errors.AuthenticationError, match="Invalid token") as caught:
        mo.Sample.objects.using(client).watch()
    assert secret not in str(caught.value) and secret not in repr(caught.value)


class _Forbidden(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # the websocket upgrade request
        self.send_response(403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_http_403_on_the_upgrade_is_an_authentication_error_without_the_token():
    secret = "secret-" + uuid.uuid4().hex
    forbidding = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Forbidden)
    thread = threading.Thread(target=forbidding.serve_forever, daemon=True)
    thread.start()
    try:
        transport = WebSocketTransport(f"ws://127.0.0.1:{forbidding.server_port}/graphql", secret, timeout=5)
        with pytest.raises(errors.AuthenticationError, match="HTTP 403") as caught:
            transport.subscribe(GraphQLRequest("subscription S { mySamples { deleted } }", {}, "S"))
        assert secret not in str(caught.value)
        assert secret not in repr(transport)
    finally:
        forbidding.shutdown()
        forbidding.server_close()
        thread.join(WAIT)


def test_no_server_is_server_unreachable_without_the_token():
    secret = "secret-" + uuid.uuid4().hex
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    transport = WebSocketTransport(f"ws://127.0.0.1:{port}/graphql", secret, timeout=5)
    with pytest.raises(errors.ServerUnreachable) as caught:
        transport.subscribe(GraphQLRequest("subscription S { mySamples { deleted } }", {}, "S"))
    assert secret not in str(caught.value)


def test_a_missing_representation_raises_when_iterating(connect):
    watcher = connect()
    stream = mo.Representation(id="999999").rois.using(watcher).watch()
    with pytest.raises(errors.DoesNotExist, match="Representation matching query does not exist"):
        next(stream)
    with pytest.raises(StopIteration):  # the error ended the stream
        next(stream)

"""Subscriptions over graphql-ws: auth, events per user, ROI events."""

from __future__ import annotations

import time

import pytest
import websocket

from conftest import OTHER_TOKEN, TOKEN
from mikro_server_support import GraphQLWebsocket, write_parquet, write_zarr_store

EVENT_FIELDS = {
    "mySamples": "create { id name experiments { name } } update { id } deleted",
    "myExperiments": "create { id name } update { id } deleted",
    "myRepresentations": "create { id name } update { id hasArray } deleted",
    "myTables": "create { id name store } update { id } deleted",
}


def wait_for_listener(server, channel, count: int = 1) -> None:
    """Block until the server-side subscription is listening (the start
    message is processed asynchronously)."""
    events = server.app.state.services.events
    deadline = time.monotonic() + 10
    while events.listener_count(channel) < count:
        assert time.monotonic() < deadline, f"no listener on {channel}"
        time.sleep(0.01)


def _whoami(gql) -> str:
    """The caller's user id (read from an experiment it creates)."""
    rows = gql.data("mutation($n: String!) { createExperiment(name: $n) { creator { id } } }", {"n": "whoami"})
    return rows["createExperiment"]["creator"]["id"]


@pytest.fixture
def open_sockets():
    sockets = []
    yield sockets
    for socket in sockets:
        socket.close()


def connect(server, field_recorder, open_sockets, **kwargs) -> GraphQLWebsocket:
    client = GraphQLWebsocket(server.ws_url, field_recorder, **kwargs)
    open_sockets.append(client)
    return client


def subscribe(server, field_recorder, open_sockets, field: str, channel, token: str = TOKEN) -> GraphQLWebsocket:
    client = connect(server, field_recorder, open_sockets, token=token)
    assert client.receive()["type"] == "connection_ack"
    client.start(f"subscription {{ {field} {{ {EVENT_FIELDS[field]} }} }}")
    wait_for_listener(server, channel)
    return client


def test_ack_then_keepalive_with_token_in_url(server, field_recorder, open_sockets):
    client = connect(server, field_recorder, open_sockets, token=TOKEN)
    assert client.receive(skip_keepalive=False) == {"type": "connection_ack"}
    assert client.receive(skip_keepalive=False) == {"type": "ka"}


@pytest.mark.parametrize("where", ["payload", "payload-bearer", "header"])
def test_token_in_init_payload_or_header(server, field_recorder, open_sockets, where):
    if where == "payload":
        client = connect(server, field_recorder, open_sockets, init_payload={"token": TOKEN})
    elif where == "payload-bearer":
        client = connect(server, field_recorder, open_sockets, init_payload={"Authorization": f"Bearer {TOKEN}"})
    else:
        client = connect(server, field_recorder, open_sockets, header=[f"Authorization: Bearer {TOKEN}"])
    assert client.receive()["type"] == "connection_ack"


@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_refused_without_a_valid_token(server, field_recorder, open_sockets, token):
    client = connect(server, field_recorder, open_sockets, token=token)
    message = client.receive()
    assert message["type"] == "connection_error"
    expected = "Authentication required" if token is None else "Invalid token."
    assert message["payload"]["message"].startswith(expected)
    with pytest.raises((websocket.WebSocketConnectionClosedException, ConnectionError, ValueError)):
        for _ in range(3):
            client.receive(timeout=5)


@pytest.mark.parametrize("subprotocols", [None, ["graphql-transport-ws"]])
def test_needs_the_graphql_ws_subprotocol(server, subprotocols):
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        socket = websocket.create_connection(f"{server.ws_url}?token={TOKEN}", subprotocols=subprotocols, timeout=5)
        socket.close()
    assert refused.value.status_code == 403


def test_queries_over_the_websocket_complete(server, field_recorder, open_sockets):
    client = connect(server, field_recorder, open_sockets, token=TOKEN)
    assert client.receive()["type"] == "connection_ack"
    client.start("query($n: String) { samples(name: $n) { id } }", {"n": "x"}, operation_id="q1")
    assert client.receive() == {"type": "data", "id": "q1", "payload": {"data": {"samples": []}}}
    assert client.receive() == {"type": "complete", "id": "q1"}


def test_samples_and_experiments_events_are_per_user(server, gql, gql_bob, field_recorder, open_sockets):
    admin_id = int(_whoami(gql))
    bob_id = int(_whoami(gql_bob))
    samples = subscribe(server, field_recorder, open_sockets, "mySamples", ("samples", admin_id))
    experiments = subscribe(server, field_recorder, open_sockets, "myExperiments", ("experiments", admin_id))
    bobs_samples = subscribe(server, field_recorder, open_sockets, "mySamples", ("samples", bob_id), token=OTHER_TOKEN)
    experiment = gql.data("mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "exp"})["createExperiment"]
    sample = gql.data("mutation($n: String, $e: [ID]) { createSample(name: $n, experiments: $e) { id } }", {"n": "s", "e": [experiment["id"]]})["createSample"]
    assert experiments.next_data() == {"data": {"myExperiments": {"create": {"id": experiment["id"], "name": "exp"}, "update": None, "deleted": None}}}
    assert samples.next_data() == {"data": {"mySamples": {"create": {"id": sample["id"], "name": "s", "experiments": [{"name": "exp"}]}, "update": None, "deleted": None}}}
    gql.data("mutation($id: ID!) { deleteSample(id: $id) { id } }", {"id": sample["id"]})
    assert samples.next_data() == {"data": {"mySamples": {"create": None, "update": None, "deleted": sample["id"]}}}
    gql.data("mutation($id: ID!) { deleteExperiment(id: $id) { id } }", {"id": experiment["id"]})
    assert experiments.next_data()["data"]["myExperiments"]["deleted"] == experiment["id"]
    # Bob saw nothing of that; he sees his own sample.
    bobs = gql_bob.data("mutation($n: String) { createSample(name: $n) { id } }", {"n": "bob"})["createSample"]
    assert bobs_samples.next_data()["data"]["mySamples"]["create"]["id"] == bobs["id"]
    # stop ends the operation with complete.
    samples.send({"id": "1", "type": "stop"})
    assert samples.receive() == {"type": "complete", "id": "1"}


def test_representation_events(server, gql, field_recorder, open_sockets, datalayer):
    admin_id = int(_whoami(gql))
    reps = subscribe(server, field_recorder, open_sockets, "myRepresentations", ("representations", admin_id))
    rep = gql.data("mutation($x: XArray!, $n: String) { fromXArray(xarray: $x, name: $n) { id } }", {"x": write_zarr_store(datalayer), "n": "r"})["fromXArray"]
    assert reps.next_data()["data"]["myRepresentations"] == {"create": {"id": rep["id"], "name": "r"}, "update": None, "deleted": None}
    assert reps.next_data()["data"]["myRepresentations"] == {"create": None, "update": {"id": rep["id"], "hasArray": True}, "deleted": None}
    created = gql.data("mutation($n: String) { createRepresentation(name: $n) { id } }", {"n": "c"})["createRepresentation"]
    assert reps.next_data()["data"]["myRepresentations"]["create"]["id"] == created["id"]
    assert reps.next_data()["data"]["myRepresentations"]["update"]["id"] == created["id"]
    gql.data("mutation($id: ID!) { updateRepresentation(rep: $id) { id } }", {"id": rep["id"]})
    assert reps.next_data()["data"]["myRepresentations"]["update"]["id"] == rep["id"]
    gql.upload("mutation($file: ImageFile!, $rep: ID!) { uploadThumbnail(file: $file, rep: $rep) { id } }", {"rep": rep["id"]}, {"file": ("t.png", b"png", "image/png")})
    assert reps.next_data()["data"]["myRepresentations"]["update"]["id"] == rep["id"]
    gql.data("mutation($rep: ID, $k: String!, $v: GenericScalar!) { createMetric(rep: $rep, key: $k, value: $v) { id } }", {"rep": rep["id"], "k": "k", "v": 1})
    gql.data("mutation($id: ID!) { deleteRepresentation(id: $id) { id } }", {"id": rep["id"]})
    # The metric emitted nothing: the next event is the delete.
    assert reps.next_data()["data"]["myRepresentations"] == {"create": None, "update": None, "deleted": rep["id"]}


def test_table_events(server, gql, field_recorder, open_sockets, datalayer):
    admin_id = int(_whoami(gql))
    tables = subscribe(server, field_recorder, open_sockets, "myTables", ("tables", admin_id))
    path = write_parquet(datalayer)
    table = gql.data("mutation($df: DataFrame!) { fromDf(df: $df) { id } }", {"df": path})["fromDf"]
    assert tables.next_data()["data"]["myTables"]["create"] == {"id": table["id"], "name": "Table 1", "store": path}
    assert tables.next_data()["data"]["myTables"]["update"] == {"id": table["id"]}
    other = gql.data("mutation($c: [String]) { createTable(columns: $c) { id } }", {"c": ["a"]})["createTable"]
    assert tables.next_data()["data"]["myTables"]["create"]["id"] == other["id"]
    assert tables.next_data()["data"]["myTables"]["update"]["id"] == other["id"]
    gql.data("mutation($id: ID!) { deleteTable(id: $id) { id } }", {"id": table["id"]})
    assert tables.next_data()["data"]["myTables"]["deleted"] == table["id"]


def test_roi_events_on_one_representation(server, gql, gql_bob, field_recorder, open_sockets, datalayer):
    admin_id = int(_whoami(gql))
    rep = gql.data("mutation($x: XArray!) { fromXArray(xarray: $x) { id } }", {"x": write_zarr_store(datalayer)})["fromXArray"]
    other = gql.data("mutation($x: XArray!) { fromXArray(xarray: $x) { id } }", {"x": write_zarr_store(datalayer)})["fromXArray"]
    client = connect(server, field_recorder, open_sockets, token=TOKEN)
    assert client.receive()["type"] == "connection_ack"
    client.start("subscription($rep: ID!) { rois(representation: $rep) { create { id type vectors { x y } } update { id } delete } }", {"rep": rep["id"]})
    wait_for_listener(server, ("rois", int(rep["id"]), admin_id))
    create = "mutation($rep: ID!, $v: [InputVector]!, $t: RoiTypeInput!) { createROI(representation: $rep, vectors: $v, type: $t) { id } }"
    gql.data(create, {"rep": other["id"], "v": [], "t": "LINE"})  # another representation
    gql_bob.data(create, {"rep": rep["id"], "v": [], "t": "LINE"})  # another user
    roi = gql.data(create, {"rep": rep["id"], "v": [{"x": 1, "y": 2}], "t": "ELLIPSIS"})["createROI"]
    assert client.next_data() == {"data": {"rois": {"create": {"id": roi["id"], "type": "ELLIPSE", "vectors": [{"x": 1.0, "y": 2.0}]}, "update": None, "delete": None}}}
    gql.data("mutation($id: ID!) { deleteROI(id: $id) { id } }", {"id": roi["id"]})
    assert client.next_data() == {"data": {"rois": {"create": None, "update": None, "delete": roi["id"]}}}


def test_rois_subscription_on_missing_representation(server, field_recorder, open_sockets):
    client = connect(server, field_recorder, open_sockets, token=TOKEN)
    assert client.receive()["type"] == "connection_ack"
    client.start("subscription($rep: ID!) { rois(representation: $rep) { delete } }", {"rep": "404"})
    message = client.receive()
    assert message["type"] in ("error", "data")
    text = str(message["payload"])
    assert "Representation matching query does not exist." in text

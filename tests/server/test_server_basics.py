"""Transport-level behaviour: auth, error shapes, negotiate, server.json."""

from __future__ import annotations

import json
import os
import stat

import requests

from conftest import TOKEN


def test_hello_needs_no_token(gql):
    response = gql.post("query { hello }", token=None)
    assert response.status_code == 200
    assert response.json() == {"data": {"hello": "Hello from the Mikro reference server"}}


def test_introspection_needs_no_token_and_matches_the_sdl(gql):
    from graphql import build_client_schema, build_schema, get_introspection_query, print_schema

    from mikro_orm.server.schema import type_defs

    response = gql.post(get_introspection_query(descriptions=True), token=None)
    assert response.status_code == 200
    served = build_client_schema(response.json()["data"])
    assert print_schema(served) == print_schema(build_schema(type_defs()))


def test_void_is_null(gql):
    assert gql.data("query { void }") == {"void": None}


def test_field_without_token_is_a_field_error(gql):
    response = gql.post("query { hello experiments { id } }", token=None)
    assert response.status_code == 200
    body = response.json()
    assert body["data"] == {"hello": "Hello from the Mikro reference server", "experiments": None}
    (error,) = body["errors"]
    assert error["message"].startswith("Authentication required")
    assert error["path"] == ["experiments"]
    assert "extensions" not in error


def test_mutation_without_token_creates_nothing(gql):
    response = gql.post("mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "x"}, token=None)
    assert response.json()["errors"][0]["message"].startswith("Authentication required")
    assert gql.data("query { experiments { id } }") == {"experiments": []}


def test_unknown_token_is_403_with_json_body(gql):
    response = gql.post("query { hello }", token="not-a-token")
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == {"errors": [{"message": "Invalid token."}]}


def test_parse_error_is_400_without_data(gql):
    response = gql.post("query { experiments { id }")
    assert response.status_code == 400
    body = response.json()
    assert "data" not in body
    (error,) = body["errors"]
    assert set(error) == {"message", "locations"}
    assert error["message"].startswith("Syntax Error")


def test_validation_error_is_400_without_data(gql):
    response = gql.post("query { experiments { id notAField } }")
    assert response.status_code == 400
    body = response.json()
    assert "data" not in body
    assert "notAField" in body["errors"][0]["message"]
    assert set(body["errors"][0]) == {"message", "locations"}


def test_bad_variable_is_400_without_data(gql):
    response = gql.post("query($id: ID!) { sample(id: $id) { id } }", {})
    assert response.status_code == 400
    assert "data" not in response.json()


def test_unreadable_body_is_400_with_json_errors(gql):
    for body, content_type in ((b"{not json", "application/json"), (b"query { hello }", "text/plain")):
        response = requests.post(gql.endpoint, data=body, headers={"Content-Type": content_type, **gql.headers()}, timeout=10)
        assert response.status_code == 400
        assert list(response.json()) == ["errors"]
        assert response.json()["errors"][0]["message"]
    response = requests.post(gql.endpoint, json={"variables": {}}, headers=gql.headers(), timeout=10)
    assert response.status_code == 400 and "data" not in response.json()


def test_subscription_over_http_gives_null_data(gql):
    response = gql.post("subscription { mySamples { create { id } } }")
    body = response.json()
    assert body["data"] is None
    assert body["errors"][0]["message"]


def test_missing_id_message_and_shape(gql):
    body = gql.post("query($id: ID!) { sample(id: $id) { id } experiment(id: $id) { id } representation(id: $id) { id } }", {"id": "99"}).json()
    assert body["data"] == {"sample": None, "experiment": None, "representation": None}
    messages = {tuple(error["path"]): error["message"] for error in body["errors"]}
    assert messages == {
        ("sample",): "Sample matching query does not exist.",
        ("experiment",): "Experiment matching query does not exist.",
        ("representation",): "Representation matching query does not exist.",
    }
    for error in body["errors"]:
        assert set(error) == {"message", "locations", "path"}


def test_negotiate_answers_the_local_folder(gql, server):
    answer = gql.data("mutation { negotiate }")["negotiate"]
    assert answer == {"protocol": "file", "path": str(server.data_dir / "datalayer")}
    for bucket in ("zarr", "parquet", "media"):
        assert (server.data_dir / "datalayer" / bucket).is_dir()


def test_creator_is_the_caller_with_full_user(gql, gql_bob):
    query = "mutation($n: String!, $c: String) { createExperiment(name: $n, creator: $c) { creator { id email username password isStaff isSuperuser isActive firstName lastName dateJoined color } } }"
    creator = gql_bob.data(query, {"n": "bob's", "c": "admin@mikro.local"})["createExperiment"]["creator"]
    assert creator["email"] == "bob@lab.org"
    assert creator["username"] == "bob"
    assert creator["password"] == ""
    assert creator["isStaff"] is False and creator["isSuperuser"] is False and creator["isActive"] is True
    assert creator["dateJoined"].endswith("+00:00")


def test_server_json_is_private_and_removed_on_stop(data_dir):
    from mikro_orm.server import serve_in_thread

    server = serve_in_thread(data_dir, token="tok-1")
    record_path = data_dir / "server.json"
    try:
        record = json.loads(record_path.read_text())
        assert record == {"url": server.url, "pid": os.getpid(), "token": "tok-1"}
        assert stat.S_IMODE(record_path.stat().st_mode) == 0o600
        assert server.ws_url == server.url.replace("http://", "ws://") + "/graphql"
        assert not server.url.endswith("/")
    finally:
        server.stop()
    assert not record_path.exists()
    server.stop()  # idempotent
    try:
        requests.get(server.url + "/graphql", timeout=2)
    except requests.ConnectionError:
        pass
    else:
        raise AssertionError("server still answers after stop()")


def test_token_is_generated_once_then_reused(data_dir):
    from mikro_orm.server import serve_in_thread

    with serve_in_thread(data_dir) as first:
        generated = first.token
        assert len(generated) >= 40
    with serve_in_thread(data_dir) as second:
        assert second.token == generated
        response = requests.post(second.url + "/graphql", json={"query": "query { experiments { id } }"}, headers={"Authorization": f"Bearer {generated}"}, timeout=10)
        assert response.json() == {"data": {"experiments": []}}


def test_media_needs_authentication(server):
    assert requests.get(server.url + "/media/nothing.png", timeout=10).status_code == 401
    assert requests.get(server.url + "/media/nothing.png", headers={"Authorization": "Bearer bad"}, timeout=10).status_code == 403
    assert requests.get(server.url + "/media/nothing.png", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10).status_code == 404


def test_database_errors_do_not_reach_the_client(gql, server, caplog):
    from sqlalchemy import text

    # Break the database under the running server: the metric table is gone.
    with server.app.state.services.db.transaction() as connection:
        connection.execute(text('DROP TABLE metric'))
    body = gql.post("query { hello metrics { id } }").json()
    assert body["data"] == {"hello": "Hello from the Mikro reference server", "metrics": None}
    (error,) = body["errors"]
    assert error == {"message": "Internal server error.", "locations": [{"line": 1, "column": 15}], "path": ["metrics"]}
    # The details stay in the server's log.
    assert any("metric" in str(record.exc_info[1]) for record in caplog.records if record.exc_info)

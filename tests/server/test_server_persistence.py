"""Objects survive a restart on the same data directory."""

from __future__ import annotations

import requests

from mikro_server_support import write_zarr_store


def _post(server, query, variables=None):
    response = requests.post(
        server.url + "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {server.token}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


def test_objects_survive_a_restart(data_dir, field_recorder):
    from mikro_orm.server import serve_in_thread

    query = "query { experiments { id name } samples { id name experiments { id } } representations { id name shape sample { id } } }"
    field_recorder.record(query)
    with serve_in_thread(data_dir, token="persist") as first:
        store = write_zarr_store(first.data_dir / "datalayer")
        experiment = _post(first, "mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "kept"})["createExperiment"]
        sample = _post(first, "mutation($n: String, $e: [ID]) { createSample(name: $n, experiments: $e) { id } }", {"n": "kept sample", "e": [experiment["id"]]})["createSample"]
        _post(first, "mutation($x: XArray!, $s: ID) { fromXArray(xarray: $x, sample: $s, name: \"kept rep\") { id } }", {"x": store, "s": sample["id"]})
        before = _post(first, query)
    with serve_in_thread(data_dir) as second:
        assert second.token == "persist"
        after = _post(second, query)
        assert after == before
        assert after["representations"] == [{"id": "1", "name": "kept rep", "shape": [2, 3, 8, 9], "sample": {"id": "1"}}]
        # Id counters continue where they stopped.
        assert _post(second, "mutation($n: String) { createSample(name: $n) { id } }", {"n": "new"})["createSample"]["id"] == "2"

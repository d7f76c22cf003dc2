"""Objects survive a restart on the same data directory."""

from __future__ import annotations

from mikro_server_support import GraphQLHTTP, write_zarr_store

QUERY = "query { experiments { id name } samples { id name experiments { id } } representations { id name shape sample { id } } }"


def test_objects_survive_a_restart(data_dir, field_recorder):
    from mikro_orm.server import serve_in_thread

    with serve_in_thread(data_dir, token="persist") as first:
        gql = GraphQLHTTP(first.url, first.token, field_recorder)
        store = write_zarr_store(first.data_dir / "datalayer")
        experiment = gql.data("mutation($n: String!) { createExperiment(name: $n) { id } }", {"n": "kept"})["createExperiment"]
        sample = gql.data("mutation($n: String, $e: [ID]) { createSample(name: $n, experiments: $e) { id } }", {"n": "kept sample", "e": [experiment["id"]]})["createSample"]
        gql.data("mutation($x: XArray!, $s: ID, $n: String) { fromXArray(xarray: $x, sample: $s, name: $n) { id } }", {"x": store, "s": sample["id"], "n": "kept rep"})
        before = gql.data(QUERY)
    with serve_in_thread(data_dir) as second:
        assert second.token == "persist"
        gql = GraphQLHTTP(second.url, second.token, field_recorder)
        after = gql.data(QUERY)
        assert after == before
        assert after["representations"] == [{"id": "1", "name": "kept rep", "shape": [2, 3, 8, 9], "sample": {"id": "1"}}]
        # Id counters continue where they stopped.
        assert gql.data("mutation($n: String) { createSample(name: $n) { id } }", {"n": "new"})["createSample"]["id"] == "2"

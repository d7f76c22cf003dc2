"""The server on PostgreSQL.

The ``postgres_url`` fixture starts a throwaway cluster from the installed
PostgreSQL binaries (or uses ``MIKRO_TEST_POSTGRES_URL``). Setting
``MIKRO_TEST_POSTGRES_URL`` to a *throwaway* database also makes the
``server`` fixture of every test use it, so the whole suite runs on
PostgreSQL.
"""

from __future__ import annotations


import pytest

from mikro_server_support import GraphQLHTTP, write_zarr_store

def test_the_contract_basics_on_postgres(tmp_path, field_recorder, postgres_url):
    from conftest import reset_database
    from mikro_orm.server import serve_in_thread

    url = reset_database(postgres_url)
    with serve_in_thread(tmp_path, token="pg", users={"pg-bob": "bob@lab.org"}, database_url=url) as server:
        gql = GraphQLHTTP(server.url, server.token, field_recorder)
        bob = GraphQLHTTP(server.url, "pg-bob", field_recorder)
        experiment = gql.data("mutation($n: String!, $t: [String]) { createExperiment(name: $n, tags: $t) { id tags } }", {"n": "e", "t": ["a", "b"]})["createExperiment"]
        assert experiment == {"id": "1", "tags": ["a", "b"]}
        sample = gql.data("mutation($e: [ID]) { createSample(experiments: $e) { id name } }", {"e": [experiment["id"]]})["createSample"]
        assert sample == {"id": "1", "name": "Sample 1"}
        rep = gql.data("mutation($x: XArray!, $s: ID) { fromXArray(xarray: $x, sample: $s) { id shape } }", {"x": write_zarr_store(tmp_path / "datalayer"), "s": sample["id"]})["fromXArray"]
        assert rep["shape"] == [2, 3, 8, 9]
        data, errors = gql.errors("mutation($e: [ID]) { createSample(experiments: $e) { id } }", {"e": ["99"]})
        assert errors[0]["message"] == "Experiment matching query does not exist."
        data, errors = bob.errors("mutation($id: ID!) { deleteSample(id: $id) { id } }", {"id": sample["id"]})
        assert errors[0]["message"].startswith("Permission denied")
        listed = gql.data("query($o: [String], $n: String) { representations(order: $o, name: $n) { id } samples(name: $n) { id } }", {"o": ["-sample__name", "created_at"], "n": "1"})
        assert listed == {"representations": [{"id": "1"}], "samples": [{"id": "1"}]}
        gql.data("mutation($id: ID!) { deleteSample(id: $id) { id } }", {"id": sample["id"]})
        assert gql.data("query { samples { id } representations { id } }") == {"samples": [], "representations": []}
        assert gql.data("mutation { createSample { id } }")["createSample"]["id"] == "2"

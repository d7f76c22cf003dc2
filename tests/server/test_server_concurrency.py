"""8 concurrent clients with mixed queries and mutations: no errors, no
lost writes."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from conftest import OTHER_TOKEN, TOKEN
from mikro_server_support import GraphQLHTTP

ROUNDS = 12


def client_work(url: str, token: str, recorder, worker: int) -> dict[str, list[str]]:
    gql = GraphQLHTTP(url, token, recorder)
    created: dict[str, list[str]] = {"samples": [], "representations": [], "metrics": [], "deleted": []}
    alive: list[str] = []  # this worker's sample names, in creation order
    for round_ in range(ROUNDS):
        sample = gql.data("mutation($n: String, $t: [String]) { createSample(name: $n, tags: $t) { id } }", {"n": f"w{worker}-s{round_}", "t": [f"w{worker}"]})["createSample"]
        created["samples"].append(sample["id"])
        alive.append(f"w{worker}-s{round_}")
        rep = gql.data("mutation($n: String, $s: ID) { createRepresentation(name: $n, sample: $s) { id sample { id } } }", {"n": f"w{worker}-r{round_}", "s": sample["id"]})["createRepresentation"]
        assert rep["sample"] == {"id": sample["id"]}
        created["representations"].append(rep["id"])
        metric = gql.data("mutation($rep: ID, $k: String!, $v: GenericScalar!) { createMetric(rep: $rep, key: $k, value: $v) { id value } }", {"rep": rep["id"], "k": "round", "v": round_})["createMetric"]
        assert metric["value"] == round_
        created["metrics"].append(metric["id"])
        # Reads see every write of this client so far, in id order.
        listed = gql.data("query($n: String) { samples(name: $n) { name } }", {"n": f"w{worker}-s"})["samples"]
        assert [row["name"] for row in listed] == alive
        if round_ % 4 == 3:
            victim = created["samples"][-2]
            gql.data("mutation($id: ID!) { deleteSample(id: $id) { id } }", {"id": victim})
            created["deleted"].append(victim)
            alive.pop(-2)
    return created


def test_eight_concurrent_clients(server, gql, gql_bob, field_recorder):
    tokens = [TOKEN, OTHER_TOKEN] * 4
    barrier = threading.Barrier(len(tokens))

    def run(worker: int) -> dict[str, list[str]]:
        barrier.wait()  # start together, so the requests really overlap
        return client_work(server.url, tokens[worker], field_recorder, worker)

    with ThreadPoolExecutor(max_workers=len(tokens)) as pool:
        results = list(pool.map(run, range(len(tokens))))

    total_samples = [sample for result in results for sample in result["samples"]]
    deleted = {sample for result in results for sample in result["deleted"]}
    # Every id was handed out once, counting from 1 without gaps.
    assert sorted(map(int, total_samples)) == list(range(1, len(tokens) * ROUNDS + 1))
    remaining = gql.data("query { samples { id } representations { id } metrics { id } }")
    assert {row["id"] for row in remaining["samples"]} == set(total_samples) - deleted
    # A deleted sample took its representation and that representation's metric.
    assert len(remaining["representations"]) == len(tokens) * ROUNDS - len(deleted)
    assert len(remaining["metrics"]) == len(tokens) * ROUNDS - len(deleted)
    mine = gql.data("query { mysamples { id } }")["mysamples"]
    bobs = gql_bob.data("query { mysamples { id } }")["mysamples"]
    expected_mine = {s for result in results[0::2] for s in result["samples"]} - deleted
    expected_bobs = {s for result in results[1::2] for s in result["samples"]} - deleted
    assert {row["id"] for row in mine} == expected_mine
    assert {row["id"] for row in bobs} == expected_bobs

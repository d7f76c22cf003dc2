"""Query overhead of the ORM against raw requests sending the same GraphQL.

Run: python bench/bench_queries.py

The baseline is a plain ``requests.Session.post`` of the document the ORM
compiles, measured in the same run against the same server, so the ratio is
what the ORM adds (compiling, converting JSON into models, the identity map)
on top of the round trip itself.
"""
from __future__ import annotations

import requests

import mikro_orm as mo
from _common import median_seconds, report, temporary_server
from mikro_orm.query import compiler


def main() -> None:
    with temporary_server() as server, mo.connect(server.url, token=server.token):
        experiment = mo.Experiment.objects.create(name="bench")
        samples = mo.Sample.objects.bulk_create([{"name": f"bench {i:04d}", "experiments": [experiment]} for i in range(500)])
        for sample in samples[:100]:
            mo.Sample.objects.get(id=sample.id)

        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {server.token}"

        def raw(compiled):
            request = compiled.request()
            body = {"query": request.document, "variables": dict(request.variables), "operationName": request.operation_name}
            return lambda: session.post(server.url + "/graphql", json=body).json()

        page = mo.Sample.objects.filter(search="bench")[:100]
        get = mo.Sample.objects.get
        prefetched = mo.Sample.objects.filter(search="bench").prefetch("experiments")[:100]
        rows = [
            ("get(id=...)", median_seconds(lambda: get(id=samples[7].id)), median_seconds(raw(compiler.compile_get(mo.Sample, samples[7].id)))),
            ("list 100 samples", median_seconds(lambda: list(page.all())), median_seconds(raw(compiler.compile_list(page.query, limit=100)))),
            (
                "list 100 samples + prefetch experiments",
                median_seconds(lambda: [s.experiments[0] for s in prefetched.all()]),
                median_seconds(raw(compiler.compile_list(prefetched.query, limit=100))),
            ),
        ]

        # N+1 avoided: the naive way is one request per sample for its experiments.
        ids = [s.id for s in samples[:100]]
        naive_one = raw(compiler.compile_get(mo.Sample, ids[0], prefetch=["experiments"]))
        rows.append(
            (
                "100 samples' experiments (lazy, batched)",
                median_seconds(lambda: _lazy_relations(server), repeat=7),
                median_seconds(lambda: [naive_one() for _ in ids], repeat=7),
            )
        )
        report("Queries: mikro_orm vs raw requests with the same document (N+1 row: vs 100 raw requests)", rows)


def _lazy_relations(server) -> None:
    with mo.connect(server.url, token=server.token):  # a fresh identity map each run
        for sample in mo.Sample.objects.filter(search="bench")[:100]:
            sample.experiments[0]


if __name__ == "__main__":
    main()

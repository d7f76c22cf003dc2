"""Shared helpers for the benchmarks: a throwaway server and median timing."""
from __future__ import annotations

import statistics
import tempfile
import time
from typing import Callable


def median_seconds(function: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    """The median wall time of ``function`` over ``repeat`` runs after ``warmup`` runs."""
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(title: str, rows: list[tuple[str, float, float]]) -> None:
    """Print (name, subject seconds, baseline seconds) rows with their ratios."""
    print(f"\n{title}")
    print(f"{'case':44} {'mikro_orm':>11} {'baseline':>11} {'ratio':>7}")
    for name, subject, baseline in rows:
        print(f"{name:44} {subject * 1e3:9.2f}ms {baseline * 1e3:9.2f}ms {subject / baseline:7.2f}")


def temporary_server():
    """A reference server on a temporary data directory (a context manager)."""
    from mikro_orm.server import serve_in_thread

    return serve_in_thread(tempfile.mkdtemp(prefix="mikro-bench-"))

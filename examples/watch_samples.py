"""Watch samples being created: a subscription in one thread, creates in another.

Runs against the embedded reference server (``mo.connect()`` with nothing
configured) and exits by itself once it has seen its three samples appear.
See docs/subscriptions.md.
"""
from __future__ import annotations

import threading
import time
import uuid

import mikro_orm as mo

N_SAMPLES = 3
TIMEOUT = 10.0  # seconds: never wait forever in an example


def print_new_samples(prefix: str, opened: threading.Event, done: threading.Event) -> None:
    """Print the create events of samples named ``prefix...`` until all have arrived."""
    seen = 0
    # ``with``: the socket closes when the block ends, whatever ends it.
    with mo.Sample.objects.watch() as events:
        opened.set()
        for event in events:
            # The server cannot filter subscriptions: every change to our
            # samples arrives, so pick what this script cares about here.
            if event.kind == "create" and event.instance.name.startswith(prefix):
                print(f"created: sample {event.id} {event.instance.name!r}")
                seen += 1
                if seen == N_SAMPLES:
                    break
    done.set()


def main() -> None:
    client = mo.connect()
    print(f"Connected to {client.url}; watching samples")
    prefix = f"watched-{uuid.uuid4().hex[:6]}-"
    opened, done = threading.Event(), threading.Event()
    # A daemon thread: if anything went wrong, it cannot keep the script alive.
    watcher = threading.Thread(target=print_new_samples, args=(prefix, opened, done), daemon=True)
    watcher.start()
    if not opened.wait(TIMEOUT):
        raise SystemExit("the subscription did not open")
    # graphql-ws has no "subscribed" confirmation: the server starts listening
    # a moment after our ``start`` message, so give it that moment.
    time.sleep(0.5)

    for index in range(N_SAMPLES):
        mo.Sample.objects.create(name=f"{prefix}{index}")

    if not done.wait(TIMEOUT):
        raise SystemExit(f"not all {N_SAMPLES} create events arrived within {TIMEOUT} s")
    watcher.join(TIMEOUT)
    print(f"saw all {N_SAMPLES} samples appear; the watch is closed")


if __name__ == "__main__":
    main()

"""A server that accepts but never answers gives RequestTimeout, not a hang."""
from __future__ import annotations

import socket
import threading

import pytest

import mikro_orm as mo
from mikro_orm import errors


@pytest.fixture
def silent_server():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def test_no_answer_in_time_is_request_timeout(silent_server):
    client = mo.Client(mo.client.resolve_settings(silent_server, token="secret-token-123", timeout=0.5))
    with pytest.raises(errors.RequestTimeout) as info:
        mo.Sample.objects.using(client).first()
    assert isinstance(info.value, TimeoutError)
    assert "SampleList" in str(info.value) and "secret-token-123" not in str(info.value)

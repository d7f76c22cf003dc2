"""Test helpers for the reference server: raw HTTP and websocket clients.

Every document sent goes through :class:`FieldRecorder`, which notes the
root fields it asks for; ``test_server_schema_coverage.py`` fails when a
root field of the schema was never sent by any test.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import requests
from graphql import OperationDefinitionNode, parse

_DEFAULT = object()


class FieldRecorder:
    """Root fields sent by the tests, as ``(operation, field)`` pairs."""

    def __init__(self) -> None:
        self.sent: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def record(self, document: str) -> None:
        try:
            parsed = parse(document)
        except Exception:  # Malformed documents (parse-error tests) ask for nothing.
            return
        for definition in parsed.definitions:
            if isinstance(definition, OperationDefinitionNode):
                operation = definition.operation.value  # "query", "mutation", "subscription"
                with self._lock:
                    for selection in definition.selection_set.selections:
                        name = getattr(selection, "name", None)
                        if name is not None:
                            self.sent.add((operation, name.value))


class GraphQLHTTP:
    """POST GraphQL documents to one server, with values as variables."""

    def __init__(self, url: str, token: str | None, recorder: FieldRecorder) -> None:
        self.url = url
        self.endpoint = f"{url}/graphql"
        self.token = token
        self.recorder = recorder

    def headers(self, token: Any = _DEFAULT) -> dict[str, str]:
        token = self.token if token is _DEFAULT else token
        return {"Authorization": f"Bearer {token}"} if token else {}

    def post(self, query: str, variables: dict[str, Any] | None = None, *, token: Any = _DEFAULT) -> requests.Response:
        self.recorder.record(query)
        body = {"query": query, "variables": variables or {}}
        return requests.post(self.endpoint, json=body, headers=self.headers(token), timeout=30)

    def upload(self, query: str, variables: dict[str, Any], files: dict[str, tuple[str, bytes, str]], *, token: Any = _DEFAULT) -> requests.Response:
        """Send a GraphQL multipart request: ``files`` maps a variable name
        to ``(filename, content, content_type)``."""
        self.recorder.record(query)
        operations = {"query": query, "variables": {**variables, **{name: None for name in files}}}
        file_map = {str(index): [f"variables.{name}"] for index, name in enumerate(files)}
        parts = {str(index): files[name] for index, name in enumerate(files)}
        data = {"operations": json.dumps(operations), "map": json.dumps(file_map)}
        return requests.post(self.endpoint, data=data, files=parts, headers=self.headers(token), timeout=30)

    def data(self, query: str, variables: dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
        """The ``data`` of a successful request (no errors allowed)."""
        response = self.post(query, variables, **kwargs)
        assert response.status_code == 200, response.text
        body = response.json()
        assert "errors" not in body, body
        return body["data"]

    def errors(self, query: str, variables: dict[str, Any] | None = None, **kwargs: Any) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        """``(data, errors)`` of a request that must fail at field level."""
        response = self.post(query, variables, **kwargs)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body.get("errors"), body
        return body["data"], body["errors"]


class GraphQLWebsocket:
    """A graphql-ws (subscriptions-transport-ws) client on websocket-client."""

    def __init__(self, ws_url: str, recorder: FieldRecorder, *, token: str | None = None, init_payload: dict | None = None, header: list[str] | None = None) -> None:
        import websocket

        self.recorder = recorder
        url = f"{ws_url}?token={token}" if token else ws_url
        self.socket = websocket.create_connection(url, subprotocols=["graphql-ws"], timeout=10, header=header or [])
        self.send({"type": "connection_init", "payload": init_payload or {}})

    def send(self, message: dict[str, Any]) -> None:
        self.socket.send(json.dumps(message))

    def receive(self, timeout: float = 10.0, skip_keepalive: bool = True) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            self.socket.settimeout(max(deadline - time.monotonic(), 0.01))
            message = json.loads(self.socket.recv())
            if skip_keepalive and message.get("type") == "ka":
                continue
            return message

    def start(self, query: str, variables: dict[str, Any] | None = None, operation_id: str = "1") -> None:
        self.recorder.record(query)
        self.send({"id": operation_id, "type": "start", "payload": {"query": query, "variables": variables or {}}})

    def next_data(self, timeout: float = 10.0) -> dict[str, Any]:
        message = self.receive(timeout)
        assert message["type"] == "data", message
        return message["payload"]

    def close(self) -> None:
        try:
            self.send({"type": "connection_terminate"})
        except Exception:
            pass
        self.socket.close()


def write_zarr_store(datalayer: Path, dims: tuple[str, ...] = ("c", "z", "y", "x"), shape: tuple[int, ...] = (2, 3, 8, 9)) -> str:
    """Write a Mikro-style zarr v2 store into a local datalayer; return its
    store path (``zarr/<uuid>``)."""
    import numpy as np
    import xarray as xr

    store = f"zarr/{uuid.uuid4()}"
    array = xr.DataArray(np.arange(int(np.prod(shape)), dtype="uint16").reshape(shape), dims=dims)
    dataset = xr.Dataset({"data": array}, attrs={"fileversion": "0.1"})
    dataset.to_zarr(str(datalayer / store), zarr_format=2, consolidated=True)
    return store


def write_parquet(datalayer: Path, rows: int = 10) -> str:
    """Write a small parquet table into a local datalayer; return its path."""
    import pandas as pd

    path = f"parquet/{uuid.uuid4()}"
    frame = pd.DataFrame({"a": list(range(rows)), "b": [float(i) / 2 for i in range(rows)], "c": [f"row{i}" for i in range(rows)]})
    frame.to_parquet(datalayer / path)
    return path

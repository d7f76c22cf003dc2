"""Queries and mutations over HTTP with requests.

One ``requests.Session`` per transport keeps the connection alive between
requests (a new TCP connection per query would double a loopback round trip).
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

import requests

from mikro_orm import errors
from mikro_orm.transport.base import GraphQLRequest, notify_request, raise_for_errors

__all__ = ["HTTPTransport"]


class HTTPTransport:
    """Send GraphQL requests to ``{url}/graphql`` with a bearer token.

    Parameters
    ----------
    url
        The server's base URL, e.g. ``http://127.0.0.1:8080``.
    token
        Sent as ``Authorization: Bearer <token>``; never logged or shown.
    timeout
        Seconds to wait for an answer.

    Examples
    --------
    >>> transport = HTTPTransport("http://127.0.0.1:8080", token="...")  # doctest: +SKIP
    >>> transport.execute(GraphQLRequest("query { hello }"))  # doctest: +SKIP
    {'hello': 'world'}
    """

    def __init__(self, url: str, token: str | None = None, *, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self.endpoint = self.url + "/graphql"
        self.timeout = timeout
        self._session = requests.Session()
        if token:
            self._session.headers["Authorization"] = f"Bearer {token}"

    def __repr__(self) -> str:
        return f"HTTPTransport({self.url!r})"

    def execute(self, request: GraphQLRequest) -> dict[str, Any]:
        """Send ``request``; return its ``data`` or raise a translated error."""
        notify_request(request)
        response = self._post(request)
        payload = self._decode(response, request)
        raise_for_errors(payload, request, response.status_code)
        if response.status_code != 200 or not isinstance(payload.get("data"), dict):
            raise errors.HTTPError(
                f"{request.describe()}: unexpected HTTP {response.status_code} from {self.endpoint}",
                response.status_code,
            )
        return payload["data"]

    def close(self) -> None:
        """Close the pooled connections."""
        self._session.close()

    def download(self, path: str, destination: Any = None) -> bytes | None:
        """GET a file the server serves (``/media/...``), with the token.

        Parameters
        ----------
        path
            A path on the server (or a full URL on it).
        destination
            A binary file object to stream into; without one the bytes are returned.
        """
        url = path if "://" in path else self.url + "/" + path.lstrip("/")
        request = GraphQLRequest("", {}, f"GET {path}")
        notify_request(request)
        try:
            response = self._session.get(url, timeout=self.timeout, stream=destination is not None)
        except requests.Timeout:
            raise errors.RequestTimeout(f"GET {path}: no answer within {self.timeout} s") from None
        except requests.ConnectionError as exc:
            raise errors.ServerUnreachable(f"GET {path}: cannot reach {self.url} ({type(exc).__name__})") from None
        if response.status_code in (401, 403):
            raise errors.AuthenticationError(f"GET {path}: the server refused the token (HTTP {response.status_code})")
        if response.status_code == 404:
            raise errors.DoesNotExist(f"GET {path}: the server has no such file")
        if response.status_code != 200:
            raise errors.HTTPError(f"GET {path}: unexpected HTTP {response.status_code}", response.status_code)
        if destination is None:
            return response.content
        for chunk in response.iter_content(chunk_size=1 << 20):
            destination.write(chunk)
        return None

    def _post(self, request: GraphQLRequest) -> requests.Response:
        body = {"query": request.document, "variables": dict(request.variables)}
        if request.operation_name:
            body["operationName"] = request.operation_name
        try:
            if request.files:
                return self._session.post(self.endpoint, timeout=self.timeout, **_multipart(body, request.files))
            return self._session.post(self.endpoint, json=body, timeout=self.timeout)
        except requests.Timeout as exc:
            raise errors.RequestTimeout(
                f"{request.describe()}: no answer from {self.endpoint} within {self.timeout} s"
            ) from None
        except requests.ConnectionError as exc:
            raise errors.ServerUnreachable(
                f"{request.describe()}: cannot reach {self.endpoint} ({type(exc).__name__})"
            ) from None
        except requests.RequestException as exc:
            raise errors.TransportError(f"{request.describe()}: {type(exc).__name__} sending to {self.endpoint}") from None

    def _decode(self, response: requests.Response, request: GraphQLRequest) -> dict[str, Any]:
        if response.status_code in (401, 403):
            raise errors.AuthenticationError(
                f"{request.describe()}: the server at {self.url} refused the token (HTTP {response.status_code})"
            )
        try:
            payload = response.json()
        except ValueError:
            raise errors.HTTPError(
                f"{request.describe()}: HTTP {response.status_code} from {self.endpoint} is not JSON",
                response.status_code,
            ) from None
        if not isinstance(payload, dict):
            raise errors.HTTPError(f"{request.describe()}: malformed response from {self.endpoint}", response.status_code)
        return payload


def _multipart(body: dict[str, Any], files: Mapping[str, tuple[str, Any]]) -> dict[str, Any]:
    """Encode ``body`` and ``files`` as a GraphQL multipart request.

    The spec: an ``operations`` part (the JSON body with the file variables
    null), a ``map`` part (part name -> variable paths), then one part per file.

    The body is built here rather than by requests, whose boundary is random:
    the boundary is derived from a hash of the content, so the same upload is
    the same bytes every time, which is what lets a recorded upload (a
    cassette matched on the body) replay. It is valid per RFC 2046: 46
    characters from the allowed set, and never found inside any part.

    Returns
    -------
    dict
        ``data`` (the body bytes) and ``headers`` (its Content-Type) for requests.
    """
    mapping = {str(index): [path] for index, path in enumerate(files)}
    parts: list[tuple[str, bytes]] = [
        ('form-data; name="operations"', json.dumps(body).encode("utf-8")),
        ('form-data; name="map"', json.dumps(mapping).encode("utf-8")),
    ]
    for index, (filename, content) in enumerate(files.values()):
        parts.append((f'form-data; name="{index}"; filename="{_header_safe(filename)}"', _content_bytes(content)))
    boundary = _boundary(parts)
    chunks: list[bytes] = []
    for disposition, content in parts:
        head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
        if "filename=" in disposition:
            head += "Content-Type: application/octet-stream\r\n"
        chunks += [head.encode("utf-8"), b"\r\n", content, b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return {"data": b"".join(chunks), "headers": {"Content-Type": f"multipart/form-data; boundary={boundary}"}}


def _content_bytes(content: Any) -> bytes:
    """The bytes of a file part: bytes as they are, a binary file object read from where it is."""
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    read = getattr(content, "read", None)
    if read is None:
        raise errors.InvalidArgument("file", "bytes or a binary file object", got=content)
    data = read()
    if isinstance(data, str):
        raise errors.InvalidArgument("file", "a file opened in binary mode ('rb')", detail="it returned text")
    return bytes(data)


def _header_safe(filename: str) -> str:
    # A quote or line break would end the header; the file name is only a hint.
    return str(filename).replace("\\", "_").replace('"', "%22").replace("\r", "").replace("\n", "")


def _boundary(parts: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for disposition, content in parts:
        digest.update(disposition.encode("utf-8"))
        digest.update(hashlib.sha256(content).digest())
    seed = digest.digest()
    while True:
        boundary = "mikro-" + seed.hex()[:40]
        needle = boundary.encode("ascii")
        if not any(needle in content for _, content in parts):
            return boundary
        seed = hashlib.sha256(seed).digest()  # astronomically rare; still deterministic

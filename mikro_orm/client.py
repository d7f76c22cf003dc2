"""The client: a transport, a datalayer and an identity map; the current client; ``connect()``.

Models find their client through :func:`get_client`: the client of the
innermost ``with connect(...) as client:`` block, else the process-wide
default set by the last :func:`connect`, else one connected with default
settings (environment, config file, then the embedded server).
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import threading
import weakref
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from mikro_orm import errors
from mikro_orm.config import DataLayerSettings, Settings, resolve_settings
from mikro_orm.converter import structure
from mikro_orm.models.base import Model, new_group
from mikro_orm.transport.base import GraphQLRequest, Transport
from mikro_orm.transport.http import HTTPTransport

if TYPE_CHECKING:
    from mikro_orm.datalayer.store import DataLayer
    from mikro_orm.query.compiler import CompiledQuery

__all__ = ["Client", "IdentityMap", "connect", "get_client"]


class IdentityMap:
    """One Python object per (model, id) within a client.

    Held weakly: an object nobody uses any more is forgotten, so a long
    iteration does not keep every row alive.
    """

    def __init__(self) -> None:
        self._objects: weakref.WeakValueDictionary[tuple[str, str], Model] = weakref.WeakValueDictionary()

    def get(self, model: type[Model], object_id: str) -> Model | None:
        """The live instance of ``model`` with ``object_id``, if there is one."""
        return self._objects.get((model.__name__, str(object_id)))

    def add(self, instance: Model) -> None:
        """Remember ``instance`` as the one for its id."""
        self._objects[(type(instance).__name__, instance.id)] = instance

    def discard(self, instance: Model) -> None:
        """Forget ``instance`` (after it was deleted)."""
        self._objects.pop((type(instance).__name__, instance.id), None)

    def __len__(self) -> int:
        return len(self._objects)


class Client:
    """A connection to one Mikro server.

    Parameters
    ----------
    settings
        Where the server is and how to talk to it.
    transport
        What sends requests; by default HTTP with requests.

    Examples
    --------
    >>> client = mikro_orm.connect("http://127.0.0.1:8080", token="...")  # doctest: +SKIP
    >>> with client:  # models use this client inside the block
    ...     print(mikro_orm.Sample.objects.count())
    """

    def __init__(self, settings: Settings, transport: Transport | None = None) -> None:
        if settings.url is None:
            raise errors.ConfigurationError("a Client needs a server URL; use mikro_orm.connect() for the embedded server")
        self.settings = settings
        self.transport: Any = transport or HTTPTransport(settings.url, settings.token, timeout=settings.timeout)
        self.identity = IdentityMap()
        self._datalayer: DataLayer | None = None
        self._datalayer_lock = threading.Lock()
        self._context_tokens: list[contextvars.Token[Client | None]] = []
        self._replaced_default: Client | None = None  # restored when this client closes

    def __repr__(self) -> str:
        return f"<Client {self.settings.url}>"

    @property
    def url(self) -> str:
        """The server's base URL."""
        return self.settings.url  # type: ignore[return-value]

    @property
    def ws_url(self) -> str:
        """The websocket URL for subscriptions."""
        if self.settings.ws_url:
            return self.settings.ws_url
        return self.url.replace("https://", "wss://", 1).replace("http://", "ws://", 1) + "/graphql"

    # -- requests -------------------------------------------------------------
    def execute(self, compiled: CompiledQuery) -> Any:
        """Send a compiled query; return the part of ``data`` its path points at."""
        return compiled.extract(self.transport.execute(compiled.request()))

    def execute_upload(self, compiled: CompiledQuery, files: Mapping[str, tuple[str, Any]]) -> Any:
        """Send a compiled mutation as a multipart request with ``files``.

        Parameters
        ----------
        files
            Variable name to ``(filename, bytes or binary file object)``.
        """
        base = compiled.request()
        request = GraphQLRequest(base.document, base.variables, base.operation_name, {f"variables.{name}": value for name, value in files.items()})
        return compiled.extract(self.transport.execute(request))

    def download(self, path: str, destination: Any = None) -> bytes | None:
        """Fetch a file the server serves (thumbnails, omero files), with the token."""
        download = getattr(self.transport, "download", None)
        if download is None:
            raise errors.ConfigurationError(f"{type(self.transport).__name__} cannot download files")
        return download(path, destination)

    def execute_request(self, request: GraphQLRequest) -> dict[str, Any]:
        """Send a raw request; return the whole ``data``."""
        return self.transport.execute(request)

    def structure(self, data: Mapping[str, Any], model: type[Model]) -> Model:
        """Turn one response object into the client's instance of ``model``."""
        return structure(data, model, self.identity, self)

    def structure_many(self, rows: Iterable[Mapping[str, Any]], model: type[Model], *, group: bool = True) -> list[Any]:
        """Structure a page of rows; by default mark them as fetched together."""
        instances = [self.structure(row, model) for row in rows]
        if group:
            new_group(instances)
        return instances

    # -- datalayer ------------------------------------------------------------
    def negotiate(self) -> dict[str, Any]:
        """Ask the server how to reach its datalayer (the ``negotiate`` mutation)."""
        data = self.transport.execute(GraphQLRequest("mutation Negotiate { negotiate }", {}, "Negotiate"))
        answer = data.get("negotiate")
        if not isinstance(answer, dict):
            raise errors.DataLayerError(f"negotiate: expected a mapping from {self.url}, got {type(answer).__name__}")
        return answer

    @property
    def datalayer(self) -> DataLayer:
        """The datalayer this client reads and writes; resolved once, on first use."""
        with self._datalayer_lock:
            if self._datalayer is None:
                from mikro_orm.datalayer.store import DataLayer

                explicit = self.settings.datalayer
                if explicit is not None:
                    self._datalayer = DataLayer.from_settings(explicit)
                else:
                    self._datalayer = DataLayer.from_negotiation(self.negotiate())
            return self._datalayer

    # -- scope ----------------------------------------------------------------
    def __enter__(self) -> Client:
        self._context_tokens.append(_current.set(self))
        return self

    def __exit__(self, *exc_info: Any) -> None:
        _current.reset(self._context_tokens.pop())
        self.close()

    @contextlib.contextmanager
    def use(self) -> Iterator[Client]:
        """Make this client current inside the block, and leave it open afterwards.

        Unlike ``with client:``, which closes the client at the end of the
        block, this only scopes it: code that borrows a client (a function
        given ``rath=client``) uses it without ending its life.

        Examples
        --------
        >>> with client.use():  # doctest: +SKIP
        ...     mikro_orm.Sample.objects.count()
        """
        token = _current.set(self)
        try:
            yield self
        finally:
            _current.reset(token)

    def close(self) -> None:
        """Close connections; if this client is the default, restore the one it replaced.

        So ``with mo.connect(other_url) as other: ...`` leaves the previous
        default (and its identity map) in place after the block.
        """
        global _default
        close = getattr(self.transport, "close", None)
        if close is not None:
            close()
        with _default_lock:
            if _default is self:
                _default = self._replaced_default
            self._replaced_default = None


_current: contextvars.ContextVar[Client | None] = contextvars.ContextVar("mikro_orm_client", default=None)
_default: Client | None = None
_default_lock = threading.Lock()


def connect(
    url: str | None = None,
    token: str | None = None,
    *,
    ws_url: str | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    page_size: int | None = None,
    timeout: float | None = None,
    datalayer: DataLayerSettings | Mapping[str, Any] | None = None,
    config_file: str | os.PathLike[str] | None = None,
) -> Client:
    """Connect to a Mikro server and make it the current client.

    With no URL (argument, ``MIKRO_URL`` or config file), a reference server
    is started on loopback, or reused, keeping its data in ``data_dir``.

    Parameters
    ----------
    url
        The server's base URL (``http://host:port``) or its ``/graphql`` endpoint.
    token
        The bearer token. Never logged, never shown in reprs or errors.
    ws_url
        The websocket endpoint, if it is not ``url`` with ``ws://``.
    data_dir
        Where the embedded server keeps its data.
    page_size
        Rows per request when iterating (default 100).
    timeout
        Seconds to wait for each answer (default 60).
    datalayer
        Explicit datalayer access instead of what ``negotiate`` answers.
    config_file
        A fakts-style YAML file (see :mod:`mikro_orm.config`).

    Returns
    -------
    Client
        Also usable as ``with connect(...) as client:`` to scope it.

    Examples
    --------
    >>> import mikro_orm as mo
    >>> client = mo.connect()  # embedded server, zero set-up  # doctest: +SKIP
    >>> client = mo.connect("http://mikro.lab:8080", token="...")  # doctest: +SKIP
    """
    global _default
    settings = resolve_settings(
        url, token, ws_url=ws_url, data_dir=data_dir, page_size=page_size,
        timeout=timeout, datalayer=datalayer, config_file=config_file,
    )
    if settings.embedded:
        from mikro_orm.embedded import ensure_server

        server_url, server_token = ensure_server(settings.data_dir)
        settings = _evolve(settings, url=server_url, token=server_token)
    client = Client(settings)
    with _default_lock:
        client._replaced_default = _default
        _default = client
    return client


def _evolve(settings: Settings, **changes: Any) -> Settings:
    import attrs

    return attrs.evolve(settings, **changes)


def get_client() -> Client:
    """The current client, connecting with default settings if there is none."""
    client = _current.get()
    if client is not None:
        return client
    with _default_lock:
        default = _default
    return default if default is not None else connect()

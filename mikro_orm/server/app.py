"""The ASGI application: Starlette routes around ariadne's GraphQL app.

Routes
------
``/graphql``
    POST (JSON or multipart uploads) and websocket (``graphql-ws``).
``/media/{path}``
    Uploaded thumbnails and omero files, for authenticated callers only.

The HTTP handler adds what a 2022 server did on top of ariadne: the token
check before execution (unknown token: 403 with a JSON body), parse and
validation errors as HTTP 400 *without* a ``data`` key, and a subscription
sent over HTTP answered with ``{"data": null, "errors": [...]}``.
"""

from __future__ import annotations

import contextlib
import logging
import mimetypes
from collections.abc import AsyncIterator, Mapping
from http import HTTPStatus
from pathlib import Path
from typing import Any

from ariadne.asgi import GraphQL
from ariadne.asgi.handlers import GraphQLHTTPHandler, GraphQLWSHandler
from ariadne.exceptions import WebSocketConnectionError
from ariadne.utils import get_operation_type
from graphql import GraphQLError, OperationType, parse
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

from .auth import require_authentication, token_for_websocket, token_from_headers
from .datalayer import Datalayer, S3Settings
from .errors import BadArgument, format_error
from .events import Broadcaster
from .schema import build_schema
from .services import Services
from .storage.database import Database
from .storage.users import ensure_user, register_token, user_for_token

#: Seconds between ``ka`` messages; 2022 servers sent one about every 15 s.
KEEPALIVE_SECONDS = 15.0

_USER_KEY = "mikro_user"


def _quiet_logger() -> logging.Logger:
    # ariadne logs every field error with a traceback, expected ones too
    # ("does not exist", "Permission denied"). Give it a detached logger
    # that drops them; errors.format_error logs the unexpected ones.
    quiet = logging.Logger("mikro_orm.server.ariadne")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    return quiet


def _json_error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"errors": [{"message": message}]}, status_code=status)


def _operation_type(data: Any) -> OperationType | None:
    """The type of the operation a request asks for; None if unparsable."""
    try:
        return get_operation_type(parse(data["query"]), data.get("operationName"))
    except (GraphQLError, KeyError, TypeError, RuntimeError):
        return None


def _is_subscription(data: Any) -> bool:
    return _operation_type(data) == OperationType.SUBSCRIPTION


class MikroHTTPHandler(GraphQLHTTPHandler):
    """ariadne's HTTP handler with the 2022 server's auth and error shapes."""

    def __init__(self, services: Services) -> None:
        super().__init__(middleware=[require_authentication])
        self.services = services

    async def handle_request_override(self, request: Request) -> Response | None:
        request.scope[_USER_KEY] = None
        token = token_from_headers(request)
        if token is None:
            return None
        user = user_for_token(self.services.db, token)
        if user is None:
            return _json_error("Invalid token.", HTTPStatus.FORBIDDEN)
        request.scope[_USER_KEY] = user
        return None

    async def graphql_http_server(self, request: Request) -> Response:
        response = await super().graphql_http_server(request)
        if isinstance(response, PlainTextResponse) and response.status_code == HTTPStatus.BAD_REQUEST:
            # ariadne answers an unreadable body (bad JSON, wrong content
            # type) in plain text; clients parse every answer as JSON.
            return _json_error(bytes(response.body).decode("utf-8", errors="replace"), HTTPStatus.BAD_REQUEST)
        return response

    async def execute_graphql_query(self, request: Any, data: Any, **kwargs: Any):
        success, result = await super().execute_graphql_query(request, data, **kwargs)
        if not success and "data" not in result and _is_subscription(data):
            # What a 2022 server answered: executed, nothing to show.
            return True, {"data": None, "errors": result["errors"]}
        return success, result

    async def create_json_response(self, request: Request, result: dict, success: bool) -> Response:
        if not success and result.get("data") is None:
            # Nothing was executed (parse, validation or variable errors):
            # 400 and no ``data`` key, as graphene answered "invalid" requests.
            result = {key: value for key, value in result.items() if key != "data"}
            return JSONResponse(result, status_code=HTTPStatus.BAD_REQUEST)
        return JSONResponse(result, status_code=HTTPStatus.OK)


class MikroWSHandler(GraphQLWSHandler):
    """ariadne's graphql-ws handler, completing queries and mutations.

    ariadne answers a query or mutation sent over the websocket with
    ``data`` but never ``complete``, so a graphql-ws client waits forever;
    the protocol says every operation ends with ``complete``.
    """

    async def process_single_message(self, websocket: Any, data: Any, operation_id: str, operations: dict) -> None:
        await super().process_single_message(websocket, data, operation_id, operations)
        if _operation_type(data) in (OperationType.QUERY, OperationType.MUTATION):
            await websocket.send_json({"type": GraphQLWSHandler.GQL_COMPLETE, "id": operation_id})


def _websocket_handler(services: Services) -> GraphQLWSHandler:
    def on_connect(websocket: HTTPConnection, payload: Any) -> None:
        token = token_for_websocket(websocket, payload)
        if token is None:
            raise WebSocketConnectionError({"message": "Authentication required: pass ?token=<token>."})
        user = user_for_token(services.db, token)
        if user is None:
            raise WebSocketConnectionError({"message": "Invalid token."})
        websocket.scope[_USER_KEY] = user

    return MikroWSHandler(keepalive=KEEPALIVE_SECONDS, on_connect=on_connect)


def _media_endpoint(services: Services):
    async def serve_media(request: Request) -> Response:
        token = token_from_headers(request)
        if token is None:
            return _json_error("Authentication required.", HTTPStatus.UNAUTHORIZED)
        if user_for_token(services.db, token) is None:
            return _json_error("Invalid token.", HTTPStatus.FORBIDDEN)
        try:
            path = Datalayer.check_path(f"media/{request.path_params['path']}", buckets=("media",))
            content = await run_in_threadpool(services.datalayer.read_bytes, path)
        except (BadArgument, FileNotFoundError, IsADirectoryError):
            return _json_error("Not found.", HTTPStatus.NOT_FOUND)
        media_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return Response(content, media_type=media_type)

    return serve_media


def create_app(
    data_dir: str | Path,
    *,
    users: Mapping[str, str] | None = None,
    database_url: str | None = None,
    s3: S3Settings | Mapping[str, str] | None = None,
) -> Starlette:
    """Build the reference Mikro server as an ASGI app.

    Parameters
    ----------
    data_dir
        Folder for ``mikro.sqlite3`` and the local datalayer (created).
    users
        Extra users to register, as ``{token: email}``.
    database_url
        A SQLAlchemy URL used instead of the SQLite file (e.g. PostgreSQL).
    s3
        S3 settings (``endpoint``, ``access_key``, ``secret_key``); the
        datalayer then lives in the buckets ``zarr``, ``parquet``, ``media``.

    Returns
    -------
    starlette.applications.Starlette
        The app; ``app.state.services`` holds its database and datalayer.

    Examples
    --------
    >>> import uvicorn                                          # doctest: +SKIP
    >>> uvicorn.run(create_app("/tmp/mikro", users={"t0k3n": "me@lab.org"}))
    """
    data_dir = Path(data_dir).expanduser()
    data_dir.mkdir(parents=True, exist_ok=True)
    db = Database.for_data_dir(data_dir, database_url)
    datalayer = Datalayer.s3(S3Settings.coerce(s3)) if s3 else Datalayer.local(data_dir / "datalayer")
    for token, email in (users or {}).items():
        register_token(db, ensure_user(db, email)["id"], token)
    services = Services(db=db, datalayer=datalayer, events=Broadcaster())

    def context_for(connection: HTTPConnection, _data: Any) -> dict[str, Any]:
        return {"request": connection, "services": services, "user": connection.scope.get(_USER_KEY)}

    graphql_app = GraphQL(
        build_schema(),
        context_value=context_for,
        debug=False,
        error_formatter=format_error,
        logger=_quiet_logger(),
        http_handler=MikroHTTPHandler(services),
        websocket_handler=_websocket_handler(services),
    )
    async def graphql_websocket(websocket: WebSocket) -> None:
        # Like a 2022 server, refuse the handshake (HTTP 403) unless the
        # client speaks graphql-ws; ariadne would accept any request.
        if "graphql-ws" not in websocket.scope.get("subprotocols", []):
            await websocket.close(code=1002)
            return
        await graphql_app.handle_websocket(websocket)

    routes = [
        Route("/graphql", graphql_app.handle_request, methods=["GET", "POST", "OPTIONS"]),
        WebSocketRoute("/graphql", graphql_websocket),
        Route("/media/{path:path}", _media_endpoint(services), methods=["GET"]),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        db.dispose()
        datalayer.close()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.services = services
    return app

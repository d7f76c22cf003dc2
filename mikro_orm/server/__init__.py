"""The reference Mikro server: the 2022 Mikro GraphQL contract, offline.

Layers, top to bottom::

    runner      serve_in_thread / RunningServer (uvicorn in a daemon thread)
    app         Starlette routes, ariadne handlers, auth, error shapes
    schema      the package SDL bound to the resolvers
    resolvers/  one module per object family
    storage/    SQLAlchemy Core tables and queries (the only database code)
    datalayer   local folder or S3 via fsspec (zarr metadata, parquet, media)
    events      in-process broadcaster for subscriptions

The client package never imports this subpackage except lazily, from the
embedded-server launcher.
"""

from .app import create_app
from .runner import RunningServer, serve_in_thread

__all__ = ["RunningServer", "create_app", "serve_in_thread"]

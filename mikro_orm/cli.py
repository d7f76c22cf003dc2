"""The ``mikro-orm`` command line.

``mikro-orm serve`` runs the reference Mikro server in the foreground::

    mikro-orm serve --data-dir ./mikro-data --port 8080 --token secret \\
        --user alice@lab.org:alice-token

It prints exactly two lines once it accepts connections::

    Mikro reference server: http://127.0.0.1:8080
    Token: secret

and serves until SIGINT or SIGTERM. Imports of the server stay inside the
command, so ``import mikro_orm`` (and ``mikro-orm --help``) stay light.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence

from mikro_orm.config import default_data_dir  # the same place connect() looks, so it finds this server


def _user_pair(text: str) -> tuple[str, str]:
    email, separator, token = text.partition(":")
    if not separator or not email or not token:
        raise argparse.ArgumentTypeError(f"expected EMAIL:TOKEN, got {text!r}")
    return email, token


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``mikro-orm``."""
    parser = argparse.ArgumentParser(prog="mikro-orm", description="Tools for mikro-orm.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the reference Mikro server")
    serve.add_argument("--data-dir", default=None, help="data directory (default: $MIKRO_DATA_DIR, else $XDG_DATA_HOME/mikro-orm or ~/.local/share/mikro-orm)")
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port (0 picks a free one; default: 8080)")
    serve.add_argument("--token", default=None, help="token of the default user (default: the stored one, or a new one)")
    serve.add_argument("--user", action="append", default=[], type=_user_pair, metavar="EMAIL:TOKEN", help="register another user (repeatable)")
    serve.add_argument("--database-url", default=None, help="SQLAlchemy URL instead of <data-dir>/mikro.sqlite3")
    serve.add_argument("--s3-endpoint", default=None, help="S3 endpoint URL for the datalayer (default: a local folder)")
    serve.add_argument("--s3-access-key", default=None)
    serve.add_argument("--s3-secret-key", default=None)
    return parser


def _serve(args: argparse.Namespace) -> int:
    from mikro_orm.server import serve_in_thread

    s3 = None
    if args.s3_endpoint:
        if not (args.s3_access_key and args.s3_secret_key):
            print("mikro-orm serve: --s3-endpoint needs --s3-access-key and --s3-secret-key", file=sys.stderr)
            return 2
        s3 = {"endpoint": args.s3_endpoint, "access_key": args.s3_access_key, "secret_key": args.s3_secret_key}

    stop = threading.Event()
    # The handlers only set a flag: the main thread then stops the server
    # cleanly (joins it, removes server.json).
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())

    try:
        server = serve_in_thread(
            args.data_dir or default_data_dir(),
            host=args.host,
            port=args.port,
            token=args.token,
            users={token: email for email, token in args.user},
            database_url=args.database_url,
            s3=s3,
        )
    except OSError as error:  # port taken, address not local, ...
        print(f"mikro-orm serve: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    try:
        print(f"Mikro reference server: {server.url}", flush=True)
        print(f"Token: {server.token}", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``mikro-orm``; returns the exit status.

    Examples
    --------
    >>> main(["serve", "--port", "0", "--data-dir", "/tmp/mikro"])  # doctest: +SKIP
    """
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

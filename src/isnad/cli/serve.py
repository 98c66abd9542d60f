"""``isnad serve [--db URL] [--host H] [--port N]``: the web app and the JSON API over the store."""
from __future__ import annotations

import os
import sys

from .errors import UsageError, UserError
from .ingest import add_db_argument, open_db

COMMAND = ("serve",)
HELP = "browse the stored articles, claims, speakers, places and contradictions in a web browser"
TOKEN_ENV = "ISNAD_TOKEN"


def add_arguments(p):
    add_db_argument(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", metavar="SECRET",
                   help=f"allow writes through the API (POST /api/ingest) to requests bearing this token "
                        f"(default: ${TOKEN_ENV}; without one the API is read-only)")


def run(args) -> int:
    import uvicorn

    from isnad.web.app import create_app

    if not 0 < args.port < 65536:
        raise UsageError(f"--port: {args.port} is not a port number")
    _check_free(args.host, args.port)
    token = args.token or os.environ.get(TOKEN_ENV) or None
    with open_db(args) as engine:
        app = create_app(engine, token=token)
        shown = "127.0.0.1" if args.host in ("0.0.0.0", "::", "") else args.host
        shown = f"[{shown}]" if ":" in shown else shown
        mode = "writes allowed with the token" if token else "read-only"
        print(f"isnad: serving {engine.url.render_as_string(hide_password=True)} ({mode})", file=sys.stderr)
        print(f"isnad: open http://{shown}:{args.port}/ in a browser (Ctrl+C to stop)", file=sys.stderr,
              flush=True)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _check_free(host: str, port: int) -> None:
    """A one-line error now, rather than the server's own log line, when the address cannot be listened on."""
    import socket

    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise UsageError(f"--host {host}: unknown address ({e.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as e:
            raise UserError(f"cannot listen on {host}:{port} ({(e.strerror or str(e)).lower()})") from None

"""Entry point: ``python -m config`` checks the settings and the database, then serves the
site with gunicorn."""

import json
import os
import signal
import sys
import threading
from datetime import UTC, datetime
from types import FrameType
from typing import Any, NoReturn
from wsgiref.types import WSGIApplication

import django
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from gunicorn.app.base import BaseApplication

from config.shutdown import draining

# Seconds the requests in flight get to finish once a worker stops accepting.
GRACEFUL_TIMEOUT = 10


class Server(BaseApplication):
    """Gunicorn running an application loaded in this (master) process."""

    def __init__(self, application: WSGIApplication, options: dict[str, Any]) -> None:
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> WSGIApplication:
        return self.application


def bind_address() -> str:
    host = os.environ.get("HOST", "0.0.0.0")
    port = os.environ.get("PORT", "8000")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def close_connections() -> None:
    """Closes this process's database connections, and its pool where there is one."""
    for conn in connections.all(initialized_only=True):
        conn.close()
        if hasattr(conn, "close_pool"):
            conn.close_pool()


def post_worker_init(worker: Any) -> None:
    """Drains before the worker stops: on SIGTERM (which the master passes on to its
    workers), /ready answers 503 and every response closes its connection, while the
    worker goes on accepting for SHUTDOWN_DRAIN_SECONDS, the time a load balancer takes to
    notice. Then gunicorn's graceful stop runs: no new connections, the requests in flight
    finished within GRACEFUL_TIMEOUT."""
    stop = worker.handle_exit

    def drain_then_stop(sig: int, frame: FrameType | None) -> None:
        if draining.is_set():
            stop(sig, frame)  # a second SIGTERM ends the drain at once
            return
        draining.set()
        timer = threading.Timer(settings.SHUTDOWN_DRAIN_SECONDS, stop, (sig, frame))
        timer.daemon = True
        timer.start()

    signal.signal(signal.SIGTERM, drain_then_stop)
    # As gunicorn sets its own handler: the signal does not interrupt a system call.
    signal.siginterrupt(signal.SIGTERM, False)


def pre_request(worker: Any, req: Any) -> None:
    # gunicorn drops a Connection header the app sets; this makes it send "close".
    if draining.is_set():
        req.force_close()


def worker_exit(server: Any, worker: Any) -> None:
    # Once a worker has answered its requests in flight (SIGTERM): close its pool.
    close_connections()


def options() -> dict[str, Any]:
    """Gunicorn settings; the worker count comes from WEB_CONCURRENCY (default 1)."""
    return {
        "bind": bind_address(),
        # Each worker serves requests on its threads, sharing its database connections.
        "worker_class": "gthread",
        "threads": 8,
        # Gunicorn's own lines (errors, access log) go through the project's LOGGING:
        # one format, on stdout.
        "logconfig_dict": {
            **settings.LOGGING,
            "loggers": {
                "gunicorn.error": {"propagate": True},
                "gunicorn.access": {"propagate": True},
            },
        },
        # The gunicornc control socket would live in $HOME, which a container user may lack.
        "control_socket_disable": True,
        # After SIGTERM: the drain, then the requests in flight (see post_worker_init).
        "graceful_timeout": settings.SHUTDOWN_DRAIN_SECONDS + GRACEFUL_TIMEOUT,
        "post_worker_init": post_worker_init,
        "pre_request": pre_request,
        "worker_exit": worker_exit,
    }


def check_database() -> None:
    """Connects once, outside any pool, so a failure says why; raises DatabaseError.

    It takes at most DATABASE_TIMEOUT seconds (config/settings.py).
    """
    default = connections["default"]
    options = {k: v for k, v in default.settings_dict["OPTIONS"].items() if k != "pool"}
    probe = default.__class__({**default.settings_dict, "OPTIONS": options})
    try:
        probe.ensure_connection()
    finally:
        probe.close()


def unapplied_migrations() -> list[str]:
    """The migrations the database lacks, in the order manage.py migrate applies them."""
    executor = MigrationExecutor(connections["default"])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def fail(message: str, **fields: str) -> NoReturn:
    """Logs one JSON line and exits with status 1."""
    line = {"time": datetime.now(UTC).isoformat(), "level": "ERROR", "msg": message}
    print(json.dumps({**line, **fields}), flush=True)
    sys.exit(1)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    try:
        django.setup()
    except ImproperlyConfigured as error:
        fail("invalid settings", error=str(error))
    try:
        check_database()
    except DatabaseError as error:
        cause = str(error).strip()
        fail("database unreachable", error=cause.splitlines()[0] if cause else "")
    # Migrating is a release step, run once per deployment before the new version starts
    # (manage.py migrate; django-admin migrate in the container), not by every replica
    # as it starts. A database it has not brought up to date is refused.
    if missing := unapplied_migrations():
        fail(
            "database not migrated",
            error=f"{len(missing)} migrations not applied, {missing[0]} first: "
            "run manage.py migrate (django-admin migrate in the container)",
        )
    # Loaded before gunicorn forks, so every worker shares these settings, SECRET_KEY
    # included; imported only now because importing it loads the application.
    from config.wsgi import application

    # The workers are forked from this process: none may inherit its connections.
    close_connections()
    Server(application, options()).run()


if __name__ == "__main__":
    main()

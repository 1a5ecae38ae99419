"""Entry point: ``python -m config`` applies migrations, then serves the site with gunicorn."""

import os
import sys
from typing import Any

import django
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.core.wsgi import get_wsgi_application
from gunicorn.app.base import BaseApplication


class Server(BaseApplication):
    """Gunicorn running an application loaded in this (master) process."""

    def __init__(self, application: WSGIHandler, options: dict[str, Any]) -> None:
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> WSGIHandler:
        return self.application


def bind_address() -> str:
    host = os.environ.get("HOST", "0.0.0.0")
    port = os.environ.get("PORT", "8000")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def options() -> dict[str, Any]:
    """Gunicorn settings; the worker count comes from WEB_CONCURRENCY (default 1)."""
    return {
        "bind": bind_address(),
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
    }


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    try:
        django.setup()
    except ImproperlyConfigured as error:
        sys.exit(f"error: {error}")
    # A fresh checkout or an empty volume gets its SQLite schema before the first request.
    call_command("migrate", interactive=False)
    # Loaded before gunicorn forks, so every worker shares these settings, SECRET_KEY included.
    Server(get_wsgi_application(), options()).run()


if __name__ == "__main__":
    main()

"""gunicorn settings: ``gunicorn --config gunicorn.conf.py`` serves the app on HOST:PORT."""

import os

wsgi_app = "app:create_app()"

_host = os.environ.get("HOST", "0.0.0.0")
_port = os.environ.get("PORT", "8000")
# An IPv6 address such as :: is written in brackets before the port.
bind = [f"[{_host}]:{_port}" if ":" in _host else f"{_host}:{_port}"]

# One process, because the item store lives in its memory; its threads serve requests
# concurrently. Move the data to a database before raising the number of workers.
workers = 1
worker_class = "gthread"
threads = 8

# Nothing uses gunicornc here: do not create its control socket under $HOME.
control_socket_disable = True

# gunicorn's own logs, the access log and the app's logs, all on stdout.
accesslog = "-"
logconfig_dict = {
    "root": {"level": "INFO", "handlers": ["stdout"]},
    "loggers": {
        "gunicorn.error": {
            "level": "INFO",
            "handlers": ["stdout"],
            "propagate": False,
        },
        # An access log line carries its own timestamp.
        "gunicorn.access": {
            "level": "INFO",
            "handlers": ["access"],
            "propagate": False,
        },
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "generic",
            "stream": "ext://sys.stdout",
        },
        "access": {
            "class": "logging.StreamHandler",
            "formatter": "access",
            "stream": "ext://sys.stdout",
        },
    },
    "formatters": {
        "generic": {
            "format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s",
            "datefmt": "[%Y-%m-%d %H:%M:%S %z]",
        },
        "access": {"format": "%(message)s"},
    },
}

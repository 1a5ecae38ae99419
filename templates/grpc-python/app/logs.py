"""Logging: one JSON object per line on stdout, for the app's loggers and gRPC's."""

import json
import logging
from datetime import UTC, datetime
from typing import Any


class JsonFormatter(logging.Formatter):
    """A record as one line of JSON, with the fields of the line a refused start prints
    (app/settings.py): time, level and msg, plus the logger and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line)


# For logging.config.dictConfig, which app/__main__.py applies when it starts.
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": JsonFormatter}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stdout",
        },
    },
    # Libraries log their warnings (SQLAlchemy would log every query at INFO); the app
    # (logging.getLogger(__name__) in app/), with a line per call, logs INFO too.
    "root": {"level": "WARNING", "handlers": ["stdout"]},
    "loggers": {"app": {"level": "INFO"}},
}

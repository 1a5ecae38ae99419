"""The log format of LOGGING (config/settings.py): one JSON object per line."""

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    """A record as one line of JSON, with the fields of the line a refused start prints
    (config/__main__.py): time, level and msg, plus the logger and any traceback."""

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

"""The log: one JSON object per line on stdout, for every logger (app/logs.py)."""

import json
import logging
import subprocess
import sys

from app.logs import JsonFormatter


def test_a_record_is_one_line_of_json() -> None:
    try:
        raise ValueError("bad\nvalue")
    except ValueError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "app.items", logging.ERROR, __file__, 1, "no item %s", ("ada",), exc_info
    )

    line = JsonFormatter().format(record)

    assert "\n" not in line
    log = json.loads(line)
    assert log["time"].endswith("+00:00")
    assert log["level"] == "ERROR"
    assert log["logger"] == "app.items"
    assert log["msg"] == "no item ada"
    assert log["exc"].endswith("ValueError: bad\nvalue")


def test_the_apps_info_and_warnings_go_to_stdout_library_info_does_not() -> None:
    # In a process of its own: configuring logging here would change pytest's.
    code = """
import logging.config
from app.logs import LOGGING
logging.config.dictConfig(LOGGING)
logging.getLogger("app.items").info("created item %d", 1)
logging.getLogger("app.items").warning("slow")
logging.getLogger("sqlalchemy.engine").info("SELECT 1")
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )

    assert result.stderr == ""
    logs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(log["level"], log["msg"]) for log in logs] == [
        ("INFO", "created item 1"),
        ("WARNING", "slow"),
    ]

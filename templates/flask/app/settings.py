"""Settings read from the environment, validated when the server starts."""

import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NoReturn, Self


class SettingsError(Exception):
    pass


def env_int(name: str, default: int, minimum: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {value!r}") from None
    if number < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {number}")
    return number


@dataclass(frozen=True, slots=True)
class Settings:
    # MAX_BODY_BYTES: a larger request body is refused with 413 before it is read.
    max_body_bytes: int
    # SHUTDOWN_DRAIN_SECONDS: how long the server keeps serving after SIGTERM, while
    # /ready answers 503, before it stops accepting connections; 0 stops at once.
    shutdown_drain_seconds: int

    @classmethod
    def from_env(cls) -> Self:
        """The settings; raises SettingsError naming one that is wrong."""
        return cls(
            max_body_bytes=env_int("MAX_BODY_BYTES", 1024 * 1024, minimum=1),
            shutdown_drain_seconds=env_int("SHUTDOWN_DRAIN_SECONDS", 5, minimum=0),
        )


def fail(message: str, **fields: str) -> NoReturn:
    """Logs one JSON line and exits with status 1: how the server refuses to start."""
    line = {"time": datetime.now(UTC).isoformat(), "level": "ERROR", "msg": message}
    print(json.dumps({**line, **fields}), flush=True)
    sys.exit(1)


def load_or_exit() -> Settings:
    """The settings, or one log line and exit status 1 when one is wrong."""
    try:
        return Settings.from_env()
    except SettingsError as error:
        fail("invalid settings", error=str(error))

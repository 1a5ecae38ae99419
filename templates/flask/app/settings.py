"""Settings read from the environment, validated when the server starts.

gunicorn.conf.py and the flask command add what a .env file sets and the environment lacks.
"""

import json
import os
import sys
from dataclasses import dataclass, field
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


def env_secret(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise SettingsError(
            f"{name} is not set: a long random key that stays the same across restarts, "
            "e.g. the output of: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    # SECRET_KEY signs the session cookie, which holds the form's CSRF token; never in a
    # tracked file (.env has one for this checkout) and left out of the repr.
    secret_key: str = field(repr=False)
    # MAX_BODY_BYTES: a larger request body is refused with 413 before it is read.
    max_body_bytes: int
    # SHUTDOWN_DRAIN_SECONDS: how long the server keeps serving after SIGTERM, while
    # /ready answers 503, before it stops accepting connections; 0 stops at once.
    shutdown_drain_seconds: int

    @classmethod
    def from_env(cls) -> Self:
        """The settings; raises SettingsError naming one that is wrong."""
        return cls(
            secret_key=env_secret("SECRET_KEY"),
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

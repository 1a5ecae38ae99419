"""Settings read from the environment: each case runs Django in a fresh process."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

MANAGE = str(Path(__file__).resolve().parent.parent / "manage.py")
# DJANGO_SETTINGS_MODULE too: pytest-django sets it to the tests' settings.
CONFIG_VARS = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "HTTPS",
    "SECURE_HSTS_SECONDS",
    "DJANGO_SETTINGS_MODULE",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in CONFIG_VARS}
    return subprocess.run(
        [sys.executable, MANAGE, *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_deploy_check_passes_with_production_settings() -> None:
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.com",
        HTTPS="1",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_debug_is_off_unless_set() -> None:
    def debug(**env: str) -> str:
        code = "from django.conf import settings; print(settings.DEBUG)"
        return manage("shell", "--no-imports", "-c", code, **env).stdout.strip()

    assert debug() == "False"
    assert debug(DEBUG="1") == "True"

"""Settings read from the environment: each case runs Django in a fresh process."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

MANAGE = str(Path(__file__).resolve().parent.parent / "manage.py")


def manage(
    *args: str, cwd: Path | None = None, **env: str | None
) -> subprocess.CompletedProcess[str]:
    """Runs manage.py with the tests' environment changed by env (None: unset)."""
    # Without DJANGO_SETTINGS_MODULE, which pytest-django sets to the tests' settings.
    changed = {**os.environ, "DJANGO_SETTINGS_MODULE": None, **env}
    return subprocess.run(
        [sys.executable, MANAGE, *args],
        cwd=cwd,
        env={k: v for k, v in changed.items() if v is not None},
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


def debug(cwd: Path | None = None, **env: str | None) -> str:
    code = "from django.conf import settings; print(settings.DEBUG)"
    return manage("shell", "--no-imports", "-c", code, cwd=cwd, **env).stdout.strip()


def test_debug_is_off_unless_set() -> None:
    assert debug() == "False"
    assert debug(DEBUG="1") == "True"


def test_a_deployment_never_runs_in_debug_mode() -> None:
    result = manage(
        "check",
        DEBUG="1",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.com",
    )

    assert result.returncode == 1
    assert "DEBUG is for development only" in result.stderr


def test_a_env_file_sets_what_the_environment_lacks(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DEBUG=1\n")

    assert debug(tmp_path, DEBUG=None) == "True"
    # Set in the environment, even empty, a variable keeps its value.
    assert debug(tmp_path, DEBUG="") == "False"

"""Runs ``python -m config`` as a real process: migrations, env config, logging and shutdown."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.error import URLError

import pytest

from config import __main__ as entry


def local_env() -> dict[str, str]:
    """This process's environment without the deployment settings."""
    deployment = {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "HTTPS"}
    return {k: v for k, v in os.environ.items() if k not in deployment}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_binds_all_interfaces_on_port_8000_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.delenv("PORT", raising=False)

    assert entry.bind_address() == "0.0.0.0:8000"


def test_brackets_an_ipv6_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOST", "::")
    monkeypatch.setenv("PORT", "9000")

    assert entry.bind_address() == "[::]:9000"


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
def test_migrates_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **local_env(),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "DATABASE_PATH": str(tmp_path / "db.sqlite3"),
        # Tests run before the build step has collected the static files.
        "STATIC_ROOT": str(tmp_path),
    }
    with subprocess.Popen(
        [sys.executable, "-m", "config"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/api/items", timeout=1
                    ) as response:
                        assert json.load(response) == []
                        break
                except URLError:
                    assert server.poll() is None, "server exited during startup"
                    assert time.monotonic() < deadline, "server did not start"
                    time.sleep(0.2)

            server.send_signal(signal.SIGTERM)
            stdout, stderr = server.communicate(timeout=30)
        finally:
            server.kill()

    assert server.returncode == 0
    assert "Applying items.0001_initial... OK" in stdout
    assert f"Listening at: http://127.0.0.1:{port}" in stdout
    assert '"GET /api/items HTTP/1.1" 200' in stdout
    assert "Shutting down: Master" in stdout
    assert stderr == ""


def test_refuses_to_start_a_deployment_without_secret_key() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "config"],
        env={**local_env(), "ALLOWED_HOSTS": "example.com"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 1
    assert result.stderr.startswith("error: SECRET_KEY is not set.")

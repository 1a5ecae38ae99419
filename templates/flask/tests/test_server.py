"""Runs gunicorn with gunicorn.conf.py as a real process: env config, logging and shutdown."""

import json
import os
import runpy
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.error import URLError

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_config(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, Any]:
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_defaults_to_all_interfaces_on_port_8000(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert load_config(monkeypatch)["bind"] == ["0.0.0.0:8000"]


def test_ipv6_host_is_bracketed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_config(monkeypatch, HOST="::", PORT="9000")["bind"] == ["[::]:9000"]


@pytest.mark.skipif(sys.platform == "win32", reason="gunicorn needs a POSIX system")
def test_serves_on_host_and_port_from_env_and_stops_on_sigterm() -> None:
    port = free_port()
    env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(port)}
    with subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            deadline = time.monotonic() + 15
            while True:
                try:
                    with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/health", timeout=1
                    ) as response:
                        assert json.load(response) == {"status": "ok"}
                        break
                except URLError:
                    assert server.poll() is None, "server exited during startup"
                    assert time.monotonic() < deadline, "server did not start"
                    time.sleep(0.1)

            server.send_signal(signal.SIGTERM)
            stdout, stderr = server.communicate(timeout=15)
        finally:
            server.kill()

    assert server.returncode == 0
    assert f"Listening at: http://127.0.0.1:{port}" in stdout
    assert '"GET /health HTTP/1.1" 200' in stdout
    assert "Shutting down: Master" in stdout
    assert stderr == ""

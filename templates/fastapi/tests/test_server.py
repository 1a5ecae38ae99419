"""Runs ``python -m app`` as a real process: env config, logging and shutdown."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.error import URLError

import pytest
import uvicorn

from app import __main__ as entry


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_defaults_to_all_interfaces_on_port_8000(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = []
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    monkeypatch.setattr(signal, "signal", lambda *_: None)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))

    entry.main()

    assert calls[0]["host"] == "0.0.0.0"
    assert calls[0]["port"] == 8000


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
def test_serves_on_host_and_port_from_env_and_stops_on_sigterm() -> None:
    port = free_port()
    env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(port)}
    with subprocess.Popen(
        [sys.executable, "-m", "app"],
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
    assert "Application startup complete" in stdout
    assert "Finished server process" in stdout
    assert stderr == ""

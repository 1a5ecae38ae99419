"""The Kafka settings, a start without brokers, and the flow against real brokers."""

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app import __main__ as entry
from app.kafka import connection, create_topic
from app.main import create_app
from app.settings import Settings, describe


def test_refuses_to_start_without_kafka_brokers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KAFKA_BROKERS")

    with pytest.raises(SystemExit) as exit_info:
        entry.main()

    assert exit_info.value.code == 1
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["error"] == "KAFKA_BROKERS: Field required"


@pytest.mark.parametrize(
    ("env", "error"),
    [
        ({"KAFKA_BROKERS": ""}, "KAFKA_BROKERS: String should match pattern"),
        ({"KAFKA_BROKERS": "a:9092,,b:9092"}, "KAFKA_BROKERS: String should match"),
        ({"ITEMS_TOPIC": "no spaces"}, "ITEMS_TOPIC: String should match pattern"),
        (
            {"KAFKA_SASL_MECHANISM": "SCRAM-SHA-256"},
            "KAFKA_SASL_MECHANISM: needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD",
        ),
        (
            {
                "KAFKA_SASL_MECHANISM": "PLAIN",
                "KAFKA_SASL_USERNAME": "app",
                "KAFKA_SASL_PASSWORD": "secret",
            },
            "KAFKA_SASL_MECHANISM: PLAIN needs KAFKA_TLS=true",
        ),
    ],
)
def test_wrong_kafka_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], error: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(ValidationError) as refused:
        Settings()

    assert describe(refused.value).startswith(error)


@pytest.mark.parametrize(
    ("settings", "protocol"),
    [
        ({}, "PLAINTEXT"),
        ({"kafka_tls": True}, "SSL"),
        (
            {
                "kafka_sasl_mechanism": "SCRAM-SHA-512",
                "kafka_sasl_username": "app",
                "kafka_sasl_password": "secret",
            },
            "SASL_PLAINTEXT",
        ),
        (
            {
                "kafka_tls": True,
                "kafka_sasl_mechanism": "PLAIN",
                "kafka_sasl_username": "app",
                "kafka_sasl_password": "secret",
            },
            "SASL_SSL",
        ),
    ],
)
def test_connection_options(settings: dict[str, Any], protocol: str) -> None:
    options = connection(Settings(kafka_brokers="a:9092,b:9092", **settings))

    assert options["bootstrap_servers"] == ["a:9092", "b:9092"]
    assert options["security_protocol"] == protocol
    assert ("ssl_context" in options) == settings.get("kafka_tls", False)
    if "kafka_sasl_password" in settings:
        assert options["sasl_plain_password"] == "secret"


def test_brokers_that_do_not_answer_are_one_log_line_and_exit_1() -> None:
    # Nothing listens on port 1: the connection is refused.
    env = {**os.environ, "KAFKA_BROKERS": "127.0.0.1:1"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )

    assert result.returncode == 1
    assert result.stderr == ""
    [line] = result.stdout.splitlines()
    log = json.loads(line)
    assert log["msg"] == "kafka unreachable"
    assert log["error"].startswith("127.0.0.1:1: ")
    assert time.monotonic() - started < 15


@pytest.mark.kafka
def test_an_item_created_reaches_the_consumer_through_kafka() -> None:
    # A topic and group of this run's own, on the brokers of KAFKA_BROKERS.
    run = uuid.uuid4().hex
    settings = Settings(items_topic=f"items-{run}", kafka_group=f"test-{run}")
    asyncio.run(create_topic(settings))

    with TestClient(create_app(settings)) as client:
        item = client.post("/api/items", json={"name": "Pen"}).json()
        deadline = time.monotonic() + 20
        while not (events := client.get("/api/events").json()):
            assert time.monotonic() < deadline, "no event consumed within 20 s"
            time.sleep(0.1)

    [event] = events
    assert event["type"] == "item.created"
    assert event["item"] == item

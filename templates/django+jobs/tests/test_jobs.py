"""The jobs API and the task, run eagerly in the test's process (tests/settings.py);
tests/test_server.py runs them on a real worker when REDIS_URL is set."""

from typing import Any
from unittest.mock import Mock
from uuid import uuid4

import pytest
from django.test import Client
from redis import ConnectionError as RedisConnectionError

from config.celery import app
from jobs import tasks


def post_json(client: Client, body: Any) -> Any:
    return client.post("/api/jobs", body, content_type="application/json")


def test_a_job_is_accepted_then_completed(client: Client) -> None:
    created = post_json(client, {"name": "Ada"})

    assert created.status_code == 202
    job_id = created.json()["id"]
    assert created.json() == {"id": job_id, "state": "pending"}
    assert created["Location"] == f"/api/jobs/{job_id}"
    assert client.get(f"/api/jobs/{job_id}").json() == {
        "id": job_id,
        "state": "completed",
        "result": {"message": "Hello, Ada!"},
    }


@pytest.mark.parametrize(
    "body",
    [{}, {"name": ""}, {"name": "   "}, {"name": "x" * 101}, {"name": 42}, [], "Ada"],
)
def test_a_job_needs_a_name(client: Client, body: Any) -> None:
    response = post_json(client, body)

    assert response.status_code == 400
    assert response.json()["error"]


def test_a_job_is_json(client: Client) -> None:
    malformed = client.post("/api/jobs", b'{"name": ', content_type="application/json")
    text = client.post("/api/jobs", b'{"name": "Ada"}', content_type="text/plain")

    assert malformed.status_code == 400
    assert malformed.json() == {"error": "Malformed JSON"}
    assert text.status_code == 415


@pytest.mark.parametrize("job_id", [str(uuid4()), "not-a-job-id"])
def test_an_unknown_job_is_404(client: Client, job_id: str) -> None:
    response = client.get(f"/api/jobs/{job_id}")

    assert response.status_code == 404
    assert response.json()["error"]


def test_listing_jobs_is_a_json_405(client: Client) -> None:
    response = client.get("/api/jobs")

    assert response.status_code == 405
    assert response["Allow"] == "POST, OPTIONS"


def test_a_network_error_is_retried(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    deliver = Mock(side_effect=[ConnectionError("mail server down"), None])
    monkeypatch.setattr(tasks, "deliver", deliver)

    job_id = post_json(client, {"name": "Ada"}).json()["id"]

    assert client.get(f"/api/jobs/{job_id}").json()["state"] == "completed"
    assert deliver.call_count == 2


def test_a_job_that_keeps_failing_is_archived_without_its_error(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    deliver = Mock(side_effect=ConnectionError("mail.internal:25 refused"))
    monkeypatch.setattr(tasks, "deliver", deliver)

    job_id = post_json(client, {"name": "Ada"}).json()["id"]
    job = client.get(f"/api/jobs/{job_id}").json()

    assert job == {"id": job_id, "state": "archived"}
    # The first attempt and its 5 retries.
    assert deliver.call_count == 6


def test_503_while_redis_does_not_answer(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    down = Mock(side_effect=RedisConnectionError("Connection refused"))
    monkeypatch.setattr(tasks.send_greeting.backend, "store_result", down)
    monkeypatch.setattr(tasks.send_greeting.backend, "get_task_meta", down)

    created = post_json(client, {"name": "Ada"})
    looked_up = client.get(f"/api/jobs/{uuid4()}")

    for response in (created, looked_up):
        assert response.status_code == 503
        assert response["Retry-After"] == "5"


def test_a_task_lost_with_its_worker_goes_back_to_the_queue() -> None:
    assert app.conf.task_acks_late
    assert app.conf.task_reject_on_worker_lost
    assert app.conf.worker_prefetch_multiplier == 1

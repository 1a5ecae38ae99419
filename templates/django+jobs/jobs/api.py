"""JSON API for jobs: enqueue a greeting, read a job's state from Celery's result backend."""

import logging
from typing import Any
from uuid import UUID, uuid4

from celery import states
from django import forms
from django.http import HttpRequest, JsonResponse
from kombu.exceptions import OperationalError
from redis import RedisError

from items.api import ApiView, BadBody, error, json_object, text_problem
from jobs.tasks import send_greeting

logger = logging.getLogger(__name__)

# The API's names for Celery's states.
STATES = {
    states.PENDING: "pending",  # queued, not yet taken by a worker
    states.STARTED: "active",
    states.RETRY: "retry",  # an attempt failed; the next one waits its turn
    states.FAILURE: "archived",  # failed for good: no retry left
    states.SUCCESS: "completed",
}


class JobForm(forms.Form):
    name = forms.CharField(max_length=100)


def unavailable() -> JsonResponse:
    # The request was fine: the client may send it again once Redis answers.
    response = error("the job queue is unavailable, try again later", 503)
    response["Retry-After"] = "5"
    return response


def job_json(task_id: str, meta: dict[str, Any]) -> dict[str, Any]:
    job = {"id": task_id, "state": STATES.get(meta["status"], meta["status"].lower())}
    # A failure's error stays in the worker's log: it may hold internal details.
    if meta["status"] == states.SUCCESS:
        job["result"] = meta["result"]
    return job


class JobCollectionView(ApiView):
    def post(self, request: HttpRequest) -> JsonResponse:
        try:
            payload = json_object(request)
        except BadBody as bad:
            return error(bad.message, bad.status)
        # A form coerces any value to text: insist on a JSON string first.
        if problem := text_problem(payload.get("name", "")):
            details = {"name": [{"message": problem, "code": "invalid"}]}
            return error("Invalid job", 400, details=details)
        form = JobForm(data=payload)
        if not form.is_valid():
            return error("Invalid job", 400, details=form.errors.get_json_data())
        task_id = str(uuid4())
        try:
            # Recorded before it is queued, so that a lookup tells a queued job from an
            # unknown id; the worker's states replace this one.
            send_greeting.backend.store_result(task_id, None, states.PENDING)
            send_greeting.apply_async((form.cleaned_data["name"],), task_id=task_id)
        except (OperationalError, RedisError):
            logger.exception("enqueue failed")
            return unavailable()
        job = job_json(task_id, {"status": states.PENDING})
        response = JsonResponse(job, status=202)
        response["Location"] = f"/api/jobs/{task_id}"
        return response


class JobDetailView(ApiView):
    def get(self, request: HttpRequest, task_id: UUID) -> JsonResponse:
        try:
            meta = send_greeting.backend.get_task_meta(str(task_id))
        except RedisError:
            logger.exception("job lookup failed")
            return unavailable()
        # For an id it has no record of, the backend answers PENDING without a task_id.
        if "task_id" not in meta:
            return error("Job not found", 404)
        return JsonResponse(job_json(str(task_id), meta))

import io
import json
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app


def test_health(client: FlaskClient) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_ready(client: FlaskClient) -> None:
    response = client.get("/ready")

    assert response.status_code == 200
    assert response.json == {"status": "ready"}


def test_ready_is_503_while_draining(app: Flask) -> None:
    # What gunicorn.conf.py sets when SIGTERM arrives.
    app.extensions["draining"].set()

    response = app.test_client().get("/ready")

    assert response.status_code == 503
    assert response.json == {"status": "draining"}


def test_list_starts_empty(client: FlaskClient) -> None:
    response = client.get("/api/items")

    assert response.status_code == 200
    assert response.json == []


def test_create_then_get_and_list(client: FlaskClient) -> None:
    created = client.post("/api/items", json={"name": "Pen", "description": "Blue"})

    assert created.status_code == 201
    item = created.json
    assert item == {"id": 1, "name": "Pen", "description": "Blue"}
    assert client.get("/api/items/1").json == item
    assert client.get("/api/items").json == [item]


def test_description_is_optional_ids_increase_and_names_are_trimmed(
    client: FlaskClient,
) -> None:
    first = client.post("/api/items", json={"name": "  a  "}).json
    second = client.post("/api/items", json={"name": "b" * 100}).json

    assert first == {"id": 1, "name": "a", "description": None}
    assert second is not None
    assert second["id"] == 2


def test_unknown_fields_are_ignored(client: FlaskClient) -> None:
    response = client.post("/api/items", json={"name": "Pen", "extra": 1})

    assert response.status_code == 201
    assert response.json == {"id": 1, "name": "Pen", "description": None}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": 42}, "name"),
        ({"name": None}, "name"),
        ({"name": "a\x00b"}, "name"),
        ({"name": "\ud800"}, "name"),
        ({"name": "ok", "description": 7}, "description"),
        ({"name": "ok", "description": "x" * 1001}, "description"),
        ([], "body"),
        ("name", "body"),
        (42, "body"),
        (None, "body"),
        (True, "body"),
    ],
)
def test_create_rejects_invalid_body(
    client: FlaskClient, body: Any, field: str
) -> None:
    response = client.post(
        "/api/items", data=json.dumps(body), content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json is not None
    assert response.json["error"] == "Invalid item"
    assert field in response.json["details"]
    assert client.get("/api/items").json == []


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'{"name": ', "Malformed JSON: Expecting value"),
        (b'{"name": "\xff\xfe"}', "Malformed JSON: the body is not valid UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "Malformed JSON: nested too deeply"),
    ],
)
def test_create_rejects_malformed_json(
    client: FlaskClient, body: bytes, error: str
) -> None:
    response = client.post("/api/items", data=body, content_type="application/json")

    assert response.status_code == 400
    assert response.json is not None
    assert response.json["error"].startswith(error)


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/x-www-form-urlencoded"]
)
def test_create_requires_a_json_content_type(
    client: FlaskClient, content_type: str | None
) -> None:
    response = client.post(
        "/api/items", data=b'{"name": "Pen"}', content_type=content_type
    )

    assert response.status_code == 415
    assert response.json == {"error": "Content-Type must be application/json"}


def test_create_accepts_json_with_a_charset(client: FlaskClient) -> None:
    response = client.post(
        "/api/items",
        data=b'{"name": "Pen"}',
        content_type="application/json; charset=utf-8",
    )

    assert response.status_code == 201


@pytest.mark.parametrize("chunked", [False, True])
def test_create_rejects_a_body_over_the_size_limit(chunked: bool) -> None:
    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 100}).test_client()
    body = json.dumps({"name": "x" * 100}).encode()

    if chunked:
        # As gunicorn passes a chunked body: no length, a stream it ends itself.
        response = client.post(
            "/api/items",
            input_stream=io.BytesIO(body),
            content_type="application/json",
            headers={"Transfer-Encoding": "chunked"},
            environ_overrides={"wsgi.input_terminated": True},
        )
    else:
        response = client.post("/api/items", data=body, content_type="application/json")

    assert response.status_code == 413
    assert response.json == {"error": "request body exceeds 100 bytes"}


def test_get_missing_item_is_404(client: FlaskClient) -> None:
    response = client.get("/api/items/999")

    assert response.status_code == 404
    assert response.json == {"error": "Item not found"}


@pytest.mark.parametrize(
    "path",
    ["/api/items/abc", "/api/items/-1", "/api/items/", "/api/items/1/x", "/nope"],
)
def test_paths_that_name_nothing_are_json_404s(client: FlaskClient, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert response.is_json
    assert "error" in response.json


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/api/items", {"GET", "HEAD", "OPTIONS", "POST"}),
        ("PUT", "/api/items", {"GET", "HEAD", "OPTIONS", "POST"}),
        ("PATCH", "/api/items/1", {"GET", "HEAD", "OPTIONS"}),
        ("POST", "/api/items/1", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_wrong_method_is_a_json_405_with_allow(
    client: FlaskClient, method: str, path: str, allow: set[str]
) -> None:
    response = client.open(path, method=method)

    assert response.status_code == 405
    assert response.is_json
    assert set(response.allow) == allow


def test_unexpected_error_is_a_json_500_without_details() -> None:
    # Not in TESTING mode, which would re-raise the exception into the test.
    app = create_app()

    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("secret detail")

    response = app.test_client().get("/boom")

    assert response.status_code == 500
    assert response.is_json
    assert "error" in response.json
    assert "secret" not in response.text

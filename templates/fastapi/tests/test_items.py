import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


def post_raw(
    client: TestClient, content: bytes, content_type: str | None = "application/json"
) -> Any:
    headers = {} if content_type is None else {"Content-Type": content_type}
    return client.post("/api/items", content=content, headers=headers)


def test_list_starts_empty(client: TestClient) -> None:
    response = client.get("/api/items")

    assert response.status_code == 200
    assert response.json() == []


def test_create_then_get_and_list(client: TestClient) -> None:
    created = client.post("/api/items", json={"name": "Pen", "description": "Blue"})

    assert created.status_code == 201
    item = created.json()
    assert item == {"id": 1, "name": "Pen", "description": "Blue"}
    assert client.get("/api/items/1").json() == item
    assert client.get("/api/items").json() == [item]


def test_description_is_optional_and_ids_increase(client: TestClient) -> None:
    first = client.post("/api/items", json={"name": "a"}).json()
    second = client.post("/api/items", json={"name": "b" * 100}).json()

    assert first == {"id": 1, "name": "a", "description": None}
    assert second["id"] == 2


def test_names_are_stored_as_sent_and_unknown_fields_ignored(
    client: TestClient,
) -> None:
    response = client.post("/api/items", json={"name": " a ", "extra": 1})

    assert response.status_code == 201
    assert response.json() == {"id": 1, "name": " a ", "description": None}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({}, "name is required"),
        ({"name": ""}, "name: String should have at least 1 character"),
        ({"name": "   "}, "name: must not be blank"),
        ({"name": "x" * 101}, "name: String should have at most 100 characters"),
        ({"name": "a\x00b"}, "name: must not contain NUL characters"),
        ({"name": 42}, "name: Input should be a valid string"),
        ({"name": None}, "name: Input should be a valid string"),
        (
            {"name": "ok", "description": 7},
            "description: Input should be a valid string",
        ),
        (
            {"name": "ok", "description": "x" * 1001},
            "description: String should have at most 1000 characters",
        ),
        ([], "body must be a JSON object"),
        ("name", "body must be a JSON object"),
        (42, "body must be a JSON object"),
        (None, "body must be a JSON object"),
        (True, "body must be a JSON object"),
    ],
)
def test_create_rejects_invalid_body(client: TestClient, body: Any, error: str) -> None:
    response = post_raw(client, json.dumps(body).encode())

    assert response.status_code == 422
    assert response.json()["error"] == error
    assert response.json()["detail"]
    assert client.get("/api/items").json() == []


def test_create_rejects_malformed_json(client: TestClient) -> None:
    response = post_raw(client, b'{"name": ')

    assert response.status_code == 422
    assert response.json()["error"] == "body is not valid JSON"
    assert response.json()["detail"][0]["type"] == "json_invalid"


@pytest.mark.parametrize("value", [b"NaN", b"Infinity", b"-Infinity"])
def test_create_rejects_non_finite_numbers_as_json(
    client: TestClient, value: bytes
) -> None:
    response = post_raw(client, b'{"name": ' + value + b"}")

    assert response.status_code == 422


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "bad \xff\xfe"}',
        b'{"name": "deep", "description": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    ],
)
def test_create_rejects_a_body_that_cannot_be_decoded(
    client: TestClient, body: bytes
) -> None:
    response = post_raw(client, body)

    assert response.status_code == 400
    assert response.json() == {"error": "There was an error parsing the body"}


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/x-www-form-urlencoded"]
)
def test_create_requires_a_json_content_type(
    client: TestClient, content_type: str | None
) -> None:
    response = post_raw(client, b'{"name": "Pen"}', content_type)

    assert response.status_code == 415
    assert response.json() == {"error": "Content-Type must be application/json"}


@pytest.mark.parametrize(
    "content_type", ["application/json; charset=utf-8", "application/merge+json"]
)
def test_create_accepts_json_media_types(client: TestClient, content_type: str) -> None:
    assert post_raw(client, b'{"name": "Pen"}', content_type).status_code == 201


@pytest.fixture
def small_limit() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_body_bytes=100))) as client:
        yield client


def test_a_declared_body_over_the_limit_is_413(small_limit: TestClient) -> None:
    response = post_raw(small_limit, json.dumps({"name": "x" * 100}).encode())

    assert response.status_code == 413
    assert response.json() == {"error": "request body exceeds 100 bytes"}
    assert response.headers["connection"] == "close"


def test_a_chunked_body_over_the_limit_is_413(small_limit: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        yield b"x" * 100
        yield b'"}'

    response = small_limit.post(
        "/api/items", content=chunks(), headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 413
    assert response.json() == {"error": "request body exceeds 100 bytes"}
    assert response.headers["connection"] == "close"
    assert small_limit.get("/api/items").json() == []


def test_get_missing_item_is_404(client: TestClient) -> None:
    response = client.get("/api/items/999")

    assert response.status_code == 404
    assert response.json() == {"error": "Item not found"}


@pytest.mark.parametrize(
    "path", ["/api/items/abc", "/api/items/-1", "/api/items/", "/api/items/1/x"]
)
def test_paths_that_name_no_item_are_json_404s(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)

    assert response.status_code == 404
    assert response.json() == {"error": "Not Found"}


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/api/items", "GET, POST"),
        ("PUT", "/api/items", "GET, POST"),
        ("PATCH", "/api/items/1", "GET"),
        ("POST", "/api/items/1", "GET"),
    ],
)
def test_wrong_method_is_a_json_405_listing_every_allowed_method(
    client: TestClient, method: str, path: str, allow: str
) -> None:
    response = client.request(method, path)

    assert response.status_code == 405
    assert response.json() == {"error": "Method Not Allowed"}
    assert response.headers["allow"] == allow

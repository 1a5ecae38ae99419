import json
from typing import Any

import pytest
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


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": 42}, "name"),
        ({"name": None}, "name"),
        ({"name": "ok", "description": 7}, "description"),
        ([], "body"),
        ("name", "body"),
        (None, "body"),
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


def test_create_rejects_malformed_json(client: FlaskClient) -> None:
    response = client.post(
        "/api/items", data=b'{"name": ', content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json is not None
    assert response.json["error"].startswith("Malformed JSON: ")


def test_create_requires_a_json_content_type(client: FlaskClient) -> None:
    response = client.post("/api/items", data={"name": "Pen"})

    assert response.status_code == 415
    assert response.is_json


def test_create_rejects_a_body_over_the_size_limit(client: FlaskClient) -> None:
    response = client.post("/api/items", json={"name": "x" * (1024 * 1024)})

    assert response.status_code == 413
    assert response.is_json


def test_get_missing_item_is_404(client: FlaskClient) -> None:
    response = client.get("/api/items/999")

    assert response.status_code == 404
    assert response.json == {"error": "Item not found"}


def test_get_with_non_integer_id_is_a_json_404(client: FlaskClient) -> None:
    response = client.get("/api/items/abc")

    assert response.status_code == 404
    assert response.is_json


def test_unknown_route_is_a_json_404(client: FlaskClient) -> None:
    response = client.get("/nope")

    assert response.status_code == 404
    assert response.is_json
    assert "error" in response.json


def test_wrong_method_is_a_json_405_with_allow(client: FlaskClient) -> None:
    response = client.delete("/api/items")

    assert response.status_code == 405
    assert response.is_json
    assert set(response.allow) == {"GET", "HEAD", "OPTIONS", "POST"}


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

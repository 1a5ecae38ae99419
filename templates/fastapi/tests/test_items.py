from typing import Any

import pytest
from fastapi.testclient import TestClient


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


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": ""},
        {"name": "   "},
        {"name": "x" * 101},
        {"name": 42},
        {"name": None},
        {"name": "ok", "description": 7},
        [],
        "name",
    ],
)
def test_create_rejects_invalid_body(client: TestClient, body: Any) -> None:
    response = client.post("/api/items", json=body)

    assert response.status_code == 422
    assert response.json()["error"] == "Invalid request"
    assert response.json()["detail"]
    assert client.get("/api/items").json() == []


def test_create_rejects_malformed_json(client: TestClient) -> None:
    response = client.post(
        "/api/items",
        content=b'{"name": ',
        headers={"Content-Type": "application/json"},
    )

    assert response.status_code == 422
    assert response.json()["error"] == "Invalid request"
    assert response.json()["detail"][0]["type"] == "json_invalid"


@pytest.mark.parametrize("value", [b"NaN", b"Infinity", b"-Infinity"])
def test_create_rejects_non_finite_numbers_as_json(
    client: TestClient, value: bytes
) -> None:
    response = client.post(
        "/api/items",
        content=b'{"name": ' + value + b"}",
        headers={"Content-Type": "application/json"},
    )

    assert response.status_code == 422
    assert response.json()["error"] == "Invalid request"


def test_get_missing_item_is_404(client: TestClient) -> None:
    response = client.get("/api/items/999")

    assert response.status_code == 404
    assert response.json() == {"error": "Item not found"}


def test_get_with_non_integer_id_is_422(client: TestClient) -> None:
    response = client.get("/api/items/abc")

    assert response.status_code == 422
    assert response.json()["error"] == "Invalid request"

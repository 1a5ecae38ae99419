from typing import Any

import pytest
from django.test import Client

from items.models import Item

pytestmark = pytest.mark.django_db


def post_json(client: Client, body: Any) -> Any:
    return client.post("/api/items", body, content_type="application/json")


def test_list_starts_empty(client: Client) -> None:
    response = client.get("/api/items")

    assert response.status_code == 200
    assert response.json() == []


def test_create_then_get_and_list(client: Client) -> None:
    created = post_json(client, {"name": "Pen", "description": "Blue"})

    assert created.status_code == 201
    item = created.json()
    assert item == {"id": item["id"], "name": "Pen", "description": "Blue"}
    assert isinstance(item["id"], int)
    assert client.get(f"/api/items/{item['id']}").json() == item
    assert client.get("/api/items").json() == [item]


def test_description_is_optional_and_names_are_trimmed(client: Client) -> None:
    first = post_json(client, {"name": "  a  "}).json()
    second = post_json(client, {"name": "b" * 100}).json()

    assert first["name"] == "a"
    assert first["description"] == ""
    assert second["id"] > first["id"]


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
def test_create_rejects_invalid_body(client: Client, body: Any) -> None:
    response = post_json(client, body)

    assert response.status_code == 400
    assert response.json()["error"]
    assert not Item.objects.exists()


def test_invalid_fields_are_detailed(client: Client) -> None:
    response = post_json(client, {"name": "x" * 101})

    assert response.json()["details"]["name"][0]["code"] == "max_length"


@pytest.mark.parametrize("body", [b'{"name": ', b"\xff\xfe\xfa"])
def test_create_rejects_malformed_json(client: Client, body: bytes) -> None:
    response = client.post("/api/items", body, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"error": "Malformed JSON"}


def test_api_post_needs_no_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)

    assert post_json(client, {"name": "from a script"}).status_code == 201


@pytest.mark.parametrize("item_id", ["999", "99999999999999999999999"])
def test_get_missing_item_is_404(client: Client, item_id: str) -> None:
    response = client.get(f"/api/items/{item_id}")

    assert response.status_code == 404
    assert response.json() == {"error": "Item not found"}


def test_get_with_non_integer_id_is_a_json_404(client: Client) -> None:
    response = client.get("/api/items/abc")

    assert response.status_code == 404
    assert response.json() == {"error": "Not found"}


def test_wrong_method_is_a_json_405(client: Client) -> None:
    response = client.delete("/api/items")

    assert response.status_code == 405
    assert response.json() == {"error": "Method not allowed"}
    assert response["Allow"] == "GET, POST, HEAD, OPTIONS"

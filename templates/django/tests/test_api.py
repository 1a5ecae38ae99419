import io
import json
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.wsgi import get_wsgi_application
from django.test import Client
from pytest_django import Settings

from accounts.models import User
from config.middleware import BoundChunkedBody
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
        {"name": "a\x00b"},
        {"name": "\ud800"},
        {"name": "ok", "description": 7},
        {"name": "ok", "description": "x" * 1001},
        [],
        "name",
        42,
        True,
    ],
)
def test_create_rejects_invalid_body(client: Client, body: Any) -> None:
    response = post_json(client, body)

    assert response.status_code == 400
    assert response.json()["error"]
    assert not Item.objects.exists()


def test_unknown_fields_are_ignored(client: Client) -> None:
    response = post_json(client, {"name": "Pen", "extra": 1})

    assert response.status_code == 201
    assert set(response.json()) == {"id", "name", "description"}


def test_invalid_fields_are_detailed(client: Client) -> None:
    response = post_json(client, {"name": "x" * 101})

    assert response.json()["details"]["name"][0]["code"] == "max_length"


@pytest.mark.parametrize(
    "body", [b'{"name": ', b"\xff\xfe\xfa", b"[" * 100_000 + b"]" * 100_000]
)
def test_create_rejects_malformed_json(client: Client, body: bytes) -> None:
    response = client.post("/api/items", body, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"error": "Malformed JSON"}


@pytest.mark.parametrize(
    "content_type", ["", "text/plain", "application/x-www-form-urlencoded"]
)
def test_create_requires_a_json_content_type(client: Client, content_type: str) -> None:
    response = client.post("/api/items", b'{"name": "Pen"}', content_type=content_type)

    assert response.status_code == 415
    assert response.json() == {"error": "Content-Type must be application/json"}
    assert not Item.objects.exists()


def test_create_accepts_json_with_a_charset(client: Client) -> None:
    response = client.post(
        "/api/items", b'{"name": "Pen"}', content_type="application/json; charset=utf-8"
    )

    assert response.status_code == 201


def test_a_declared_body_over_the_limit_is_413(
    client: Client, settings: Settings
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100

    response = post_json(client, {"name": "x" * 100})

    assert response.status_code == 413
    assert response.json() == {"error": "request body exceeds 100 bytes"}


def test_a_chunked_body_over_the_limit_is_413(settings: Settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    application = BoundChunkedBody(get_wsgi_application(), 100)
    # As gunicorn passes a chunked body: no length, a stream it ends itself.
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/api/items",
        "CONTENT_TYPE": "application/json",
        "HTTP_TRANSFER_ENCODING": "chunked",
        "wsgi.input": io.BytesIO(json.dumps({"name": "x" * 100}).encode()),
        "wsgi.input_terminated": True,
    }
    setup_testing_defaults(environ)
    statuses: list[str] = []

    body = b"".join(application(environ, lambda status, _: statuses.append(status)))

    assert statuses[0].startswith("413 ")
    assert json.loads(body) == {"error": "request body exceeds 100 bytes"}


def test_api_post_needs_no_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)

    assert post_json(client, {"name": "from a script"}).status_code == 201


def test_a_signed_in_session_must_send_the_csrf_token(
    django_user_model: type[User],
) -> None:
    # What a browser signed in to the pages sends: its session cookie, and the token
    # only when the page it runs in includes it.
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_user("ada"))
    client.get("/")
    token = client.cookies["csrftoken"].value

    refused = post_json(client, {"name": "forged"})
    created = client.post(
        "/api/items",
        {"name": "sent"},
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )

    assert refused.status_code == 403
    assert refused.json() == {"error": "CSRF token missing or incorrect"}
    assert created.status_code == 201
    assert [item.name for item in Item.objects.all()] == ["sent"]


@pytest.mark.parametrize("item_id", ["999", "99999999999999999999999"])
def test_get_missing_item_is_404(client: Client, item_id: str) -> None:
    response = client.get(f"/api/items/{item_id}")

    assert response.status_code == 404
    assert response.json() == {"error": "Item not found"}


@pytest.mark.parametrize(
    "path", ["/api/items/abc", "/api/items/-1", "/api/items/", "/api/items/1/x"]
)
def test_paths_that_name_no_item_are_json_404s(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert response.json() == {"error": "Not found"}


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("delete", "/api/items", "GET, POST, HEAD, OPTIONS"),
        ("put", "/api/items", "GET, POST, HEAD, OPTIONS"),
        ("patch", "/api/items/1", "GET, HEAD, OPTIONS"),
        ("post", "/api/items/1", "GET, HEAD, OPTIONS"),
    ],
)
def test_wrong_method_is_a_json_405_with_allow(
    client: Client, method: str, path: str, allow: str
) -> None:
    response = getattr(client, method)(path)

    assert response.status_code == 405
    assert response.json() == {"error": "Method not allowed"}
    assert response["Allow"] == allow

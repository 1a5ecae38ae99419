import re
from typing import Any

import pytest
from flask.testing import FlaskClient

from app.store import item_store


def stored_items(client: FlaskClient) -> list[dict[str, Any]]:
    # Read inside an app context, as a request reads them.
    with client.application.app_context():
        return [item.to_dict() for item in item_store().all()]


def test_index_renders_html(client: FlaskClient) -> None:
    response = client.get("/")

    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "<html" in response.text
    assert "No items yet." in response.text


def test_index_lists_items_escaped(client: FlaskClient) -> None:
    client.post("/api/items", json={"name": "<b>Pen</b>", "description": "Blue & red"})

    response = client.get("/")

    assert "&lt;b&gt;Pen&lt;/b&gt;" in response.text
    assert "Blue &amp; red" in response.text


def csrf_token(client: FlaskClient) -> str:
    """The token of the page's form, tied to the session cookie the client keeps."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text)
    assert match, "the form has no CSRF token"
    return match[1]


def test_form_adds_an_item_and_redirects(client: FlaskClient) -> None:
    token = csrf_token(client)

    response = client.post(
        "/", data={"csrf_token": token, "name": "Pen", "description": ""}
    )

    assert response.status_code == 303
    assert response.location == "/"
    assert stored_items(client) == [{"id": 1, "name": "Pen", "description": None}]


@pytest.mark.parametrize("token", [None, "forged"])
def test_form_without_its_csrf_token_is_refused(
    client: FlaskClient, token: str | None
) -> None:
    csrf_token(client)
    data = {"name": "Pen"} if token is None else {"csrf_token": token, "name": "Pen"}

    response = client.post("/", data=data)

    assert response.status_code == 400
    assert "CSRF token" in response.json["error"]
    assert stored_items(client) == []


def test_form_with_invalid_name_shows_the_problem(client: FlaskClient) -> None:
    token = csrf_token(client)

    response = client.post(
        "/", data={"csrf_token": token, "name": "  ", "description": "kept"}
    )

    assert response.status_code == 400
    assert response.mimetype == "text/html"
    assert "Name is required" in response.text
    assert 'value="kept"' in response.text
    assert stored_items(client) == []

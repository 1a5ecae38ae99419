from typing import Any

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


def test_form_adds_an_item_and_redirects(client: FlaskClient) -> None:
    response = client.post("/", data={"name": "Pen", "description": ""})

    assert response.status_code == 303
    assert response.location == "/"
    assert stored_items(client) == [{"id": 1, "name": "Pen", "description": None}]


def test_form_with_invalid_name_shows_the_problem(client: FlaskClient) -> None:
    response = client.post("/", data={"name": "  ", "description": "kept"})

    assert response.status_code == 400
    assert response.mimetype == "text/html"
    assert "Name is required" in response.text
    assert 'value="kept"' in response.text
    assert stored_items(client) == []

import pytest
from django.test import Client


# No django_db mark: the liveness check must not touch the database.
def test_health(client: Client) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_ready(client: Client) -> None:
    response = client.get("/ready")

    assert response.status_code == 200
    assert response.json() == {"status": "ready"}


def test_unknown_api_route_is_a_json_404(client: Client) -> None:
    response = client.get("/api/nope")

    assert response.status_code == 404
    assert response.json() == {"error": "Not found"}


def test_unknown_page_is_an_html_404(client: Client) -> None:
    response = client.get("/nope")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")

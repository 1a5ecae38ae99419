from django.test import Client


def test_health(client: Client) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_unknown_api_route_is_a_json_404(client: Client) -> None:
    response = client.get("/api/nope")

    assert response.status_code == 404
    assert response.json() == {"error": "Not found"}


def test_unknown_page_is_an_html_404(client: Client) -> None:
    response = client.get("/nope")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")

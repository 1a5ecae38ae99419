from fastapi.testclient import TestClient

from app.main import create_app


def test_health(client: TestClient) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready(client: TestClient) -> None:
    response = client.get("/ready")

    assert response.status_code == 200
    assert response.json() == {"status": "ready"}
    assert "connection" not in response.headers


def test_while_draining_ready_is_503_and_every_response_closes(
    client: TestClient,
) -> None:
    # What the server (app/__main__.py) sets when SIGTERM arrives.
    client.app.state.draining = True

    ready = client.get("/ready")
    items = client.get("/api/items")

    assert ready.status_code == 503
    assert ready.json() == {"status": "draining"}
    assert items.status_code == 200
    assert ready.headers["connection"] == items.headers["connection"] == "close"


def test_unknown_route_is_a_json_404(client: TestClient) -> None:
    response = client.get("/nope")

    assert response.status_code == 404
    assert response.json() == {"error": "Not Found"}


def test_unexpected_error_is_a_json_500_without_details() -> None:
    app = create_app()

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")

    assert response.status_code == 500
    assert response.json() == {"error": "Internal server error"}

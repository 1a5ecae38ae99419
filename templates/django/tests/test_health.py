from collections.abc import Iterator

import pytest
from django.test import Client

from config.shutdown import draining


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


@pytest.fixture
def while_draining() -> Iterator[None]:
    # What the server (config/__main__.py) sets when SIGTERM arrives.
    draining.set()
    yield
    draining.clear()


@pytest.mark.usefixtures("while_draining")
def test_ready_is_503_while_draining(client: Client) -> None:
    response = client.get("/ready")

    assert response.status_code == 503
    assert response.json() == {"status": "draining"}


def test_probes_skip_the_host_check(client: Client) -> None:
    # A probe reaches the container by its address, which ALLOWED_HOSTS does not list.
    probe = client.get("/health", headers={"host": "10.1.2.3:8000"})
    other = client.get("/api/items", headers={"host": "10.1.2.3:8000"})

    assert probe.status_code == 200
    assert other.status_code == 400


def test_unknown_api_route_is_a_json_404(client: Client) -> None:
    response = client.get("/api/nope")

    assert response.status_code == 404
    assert response.json() == {"error": "Not found"}


def test_unknown_page_is_an_html_404(client: Client) -> None:
    response = client.get("/nope")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")

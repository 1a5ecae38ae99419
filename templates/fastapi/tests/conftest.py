from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import create_app


@pytest.fixture
def client() -> Iterator[TestClient]:
    # A fresh app per test, so every test starts with an empty store.
    with TestClient(create_app()) as client:
        yield client

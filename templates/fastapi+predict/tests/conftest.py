from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.ml.model import save, train


@pytest.fixture(scope="session", autouse=True)
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # A model trained for this run: the tests neither need nor pick up a model.joblib
    # from the build. Set in the environment, so the server test_server.py starts loads it too.
    path = tmp_path_factory.mktemp("model") / "model.joblib"
    save(train(), path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MODEL_PATH", str(path))
        yield path


@pytest.fixture
def client() -> Iterator[TestClient]:
    # A fresh app per test, so every test starts with an empty store.
    with TestClient(create_app()) as client:
        yield client

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.ml import train
from app.ml.model import load, predict


def test_train_writes_a_model_to_model_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "trained.joblib"
    monkeypatch.setenv("MODEL_PATH", str(path))

    train.main()

    probabilities = predict(load(path), [5.1, 3.5, 1.4, 0.2])
    assert max(probabilities, key=probabilities.__getitem__) == "setosa"
    assert str(path) in capsys.readouterr().out


def test_app_trains_a_model_when_none_was_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MODEL_PATH", str(tmp_path / "missing.joblib"))

    with TestClient(create_app()) as client:
        response = client.post("/predict", json={"features": [5.1, 3.5, 1.4, 0.2]})

    assert response.status_code == 200
    assert response.json()["prediction"] == "setosa"
    assert "No model at" in caplog.text

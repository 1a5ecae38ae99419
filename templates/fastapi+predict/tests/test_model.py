import json
from pathlib import Path

import pytest

from app import __main__ as entry
from app.ml import train
from app.ml.model import load, predict
from app.settings import ModelSettings


def test_the_tests_load_the_model_trained_for_them(model_path: Path) -> None:
    # Never a model.joblib trained in the project (conftest.py trains one for the run).
    assert ModelSettings().model_path == model_path


def test_train_writes_a_model_to_model_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "models" / "trained.joblib"
    monkeypatch.setenv("MODEL_PATH", str(path))

    train.main()

    probabilities = predict(load(path), [5.1, 3.5, 1.4, 0.2])
    assert max(probabilities, key=probabilities.__getitem__) == "setosa"
    assert str(path) in capsys.readouterr().out


def test_the_server_refuses_to_start_without_a_trained_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MODEL_PATH", str(tmp_path / "missing.joblib"))
    # Should it get as far as serving, it returns at once instead.
    monkeypatch.setattr(entry.Server, "run", lambda self: None)

    with pytest.raises(SystemExit) as exit_info:
        entry.main()

    assert exit_info.value.code == 1
    [line] = capsys.readouterr().out.splitlines()
    log = json.loads(line)
    assert log["msg"] == "no trained model"
    assert "python -m app.ml.train" in log["error"]

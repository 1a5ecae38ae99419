"""The iris classifier: trained on the iris data bundled with scikit-learn, stored with joblib."""

from collections.abc import Sequence
from pathlib import Path

import joblib
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler


def train() -> Pipeline:
    iris = load_iris()
    model = make_pipeline(StandardScaler(), LogisticRegression())
    # Fitted on the species names, so they are the model's classes and need no lookup table.
    model.fit(iris.data, iris.target_names[iris.target])
    return model


def save(model: Pipeline, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path)


def load(path: Path) -> Pipeline:
    # A joblib file is a pickle, which can run code when loaded: load only models you trained.
    return joblib.load(path)


def predict(model: Pipeline, features: Sequence[float]) -> dict[str, float]:
    """The probability of each class for one flower."""
    probabilities = model.predict_proba([features])[0]
    return dict(zip(model.classes_.tolist(), probabilities.tolist(), strict=True))

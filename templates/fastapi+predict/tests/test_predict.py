from typing import Any

import pytest
from fastapi.testclient import TestClient

SPECIES = {"setosa", "versicolor", "virginica"}


@pytest.mark.parametrize(
    ("features", "species"),
    [
        # Rows 1, 51 and 101 of the iris data set.
        ([5.1, 3.5, 1.4, 0.2], "setosa"),
        ([7.0, 3.2, 4.7, 1.4], "versicolor"),
        ([6.3, 3.3, 6.0, 2.5], "virginica"),
    ],
)
def test_predicts_the_species_of_known_samples(
    client: TestClient, features: list[float], species: str
) -> None:
    response = client.post("/predict", json={"features": features})

    assert response.status_code == 200
    body = response.json()
    assert body["prediction"] == species
    assert set(body["probabilities"]) == SPECIES
    assert sum(body["probabilities"].values()) == pytest.approx(1)
    assert max(body["probabilities"], key=body["probabilities"].get) == species


def test_accepts_integers(client: TestClient) -> None:
    response = client.post("/predict", json={"features": [5, 3, 1, 0]})

    assert response.status_code == 200
    assert response.json()["prediction"] == "setosa"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"features": []},
        {"features": [5.1, 3.5, 1.4]},
        {"features": [5.1, 3.5, 1.4, 0.2, 0.1]},
        {"features": ["5.1", 3.5, 1.4, 0.2]},
        {"features": [True, 3.5, 1.4, 0.2]},
        {"features": [None, 3.5, 1.4, 0.2]},
        {"features": [[5.1], 3.5, 1.4, 0.2]},
        {"features": "5.1, 3.5, 1.4, 0.2"},
        {"features": {"sepal_length": 5.1}},
        [5.1, 3.5, 1.4, 0.2],
    ],
)
def test_rejects_invalid_features(client: TestClient, body: Any) -> None:
    response = client.post("/predict", json=body)

    assert response.status_code == 422
    assert response.json()["error"].startswith(
        ("features", "body must be a JSON object")
    )
    assert response.json()["detail"]


def test_rejects_malformed_json(client: TestClient) -> None:
    response = client.post(
        "/predict",
        content=b'{"features": [5.1, 3.5',
        headers={"Content-Type": "application/json"},
    )

    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


@pytest.mark.parametrize("value", [b"NaN", b"Infinity", b"1e999"])
def test_rejects_non_finite_numbers(client: TestClient, value: bytes) -> None:
    response = client.post(
        "/predict",
        content=b'{"features": [5.1, 3.5, 1.4, ' + value + b"]}",
        headers={"Content-Type": "application/json"},
    )

    assert response.status_code == 422
    assert response.json()["error"].startswith("features.3: ")


def test_requires_a_json_content_type(client: TestClient) -> None:
    response = client.post(
        "/predict",
        content=b'{"features": [5.1, 3.5, 1.4, 0.2]}',
        headers={"Content-Type": "text/plain"},
    )

    assert response.status_code == 415
    assert response.json() == {"error": "Content-Type must be application/json"}

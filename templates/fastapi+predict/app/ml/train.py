"""Trains the iris classifier and writes it to MODEL_PATH: ``python -m app.ml.train``."""

from app.ml.model import save, train
from app.settings import ModelSettings


def main() -> None:
    # MODEL_PATH alone: the other settings (DATABASE_URL) play no part in training.
    path = ModelSettings().model_path
    save(train(), path)
    print(f"Wrote the trained model to {path}")


if __name__ == "__main__":
    main()

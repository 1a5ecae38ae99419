"""Trains the iris classifier and writes it to MODEL_PATH: ``python -m app.ml.train``."""

from app.ml.model import model_path, save, train


def main() -> None:
    path = model_path()
    save(train(), path)
    print(f"Wrote the trained model to {path}")


if __name__ == "__main__":
    main()

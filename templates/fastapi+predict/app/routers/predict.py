import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from sklearn.pipeline import Pipeline

from app.dependencies import JSONBody
from app.errors import BODY_ERRORS
from app.ml import model as iris
from app.ml.schemas import Prediction, PredictRequest

# uvicorn's logger: app/__main__.py sends it to stdout with the server's own lines.
logger = logging.getLogger("uvicorn.error")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    path = iris.model_path()
    if path.exists():
        model = iris.load(path)
        logger.info("Loaded the model from %s", path)
    else:
        # Training on the bundled iris data takes well under a second.
        model = iris.train()
        logger.warning(
            "No model at %s: trained one in memory (python -m app.ml.train writes it)",
            path,
        )
    # Lifespan state: each request sees it as request.state.model.
    yield {"model": model}


def get_model(request: Request) -> Pipeline:
    return request.state.model


ModelDep = Annotated[Pipeline, Depends(get_model)]

router = APIRouter(tags=["predict"], lifespan=lifespan)


@router.post("/predict", dependencies=[JSONBody], responses=BODY_ERRORS)
def predict(data: PredictRequest, model: ModelDep) -> Prediction:
    probabilities = iris.predict(model, data.features)
    return Prediction(
        prediction=max(probabilities, key=probabilities.__getitem__),
        probabilities=probabilities,
    )

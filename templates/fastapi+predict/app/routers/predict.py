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

logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    # MODEL_PATH, which python -m app has checked before it started the server.
    path = app.state.model_path
    model = iris.load(path)
    logger.info("Loaded the model from %s", path)
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

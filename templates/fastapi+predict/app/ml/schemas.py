"""Request and response bodies of POST /predict."""

from typing import Annotated

from pydantic import BaseModel, Field

# Strict: a string or a boolean is an error, not a number; JSON integers are accepted.
# Bounded to what a flower measures, in cm: far larger numbers overflow the model.
Measurement = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=0, le=100)]


class PredictRequest(BaseModel):
    features: Annotated[
        list[Measurement],
        Field(
            min_length=4,
            max_length=4,
            description="Sepal length, sepal width, petal length and petal width, in cm",
            examples=[[5.1, 3.5, 1.4, 0.2]],
        ),
    ]


class Prediction(BaseModel):
    prediction: str = Field(description="The most probable species")
    probabilities: dict[str, float] = Field(
        description="The probability of each species"
    )

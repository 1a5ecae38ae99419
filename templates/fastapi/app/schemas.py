"""Request and response bodies."""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, StringConstraints

ItemName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)
]


class ItemCreate(BaseModel):
    name: ItemName
    description: str | None = None


class Item(ItemCreate):
    id: int


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class ErrorResponse(BaseModel):
    error: str


class ValidationErrorResponse(ErrorResponse):
    detail: list[dict[str, Any]]

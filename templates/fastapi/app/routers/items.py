from typing import Any

from fastapi import APIRouter, HTTPException, status

from app.dependencies import ItemStoreDep
from app.schemas import ErrorResponse, Item, ItemCreate, ValidationErrorResponse

router = APIRouter(prefix="/api/items", tags=["items"])

# Documents the error bodies of app/errors.py instead of FastAPI's default 422 schema.
INVALID: dict[int | str, dict[str, Any]] = {
    422: {"model": ValidationErrorResponse, "description": "Invalid request"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "Item not found"}
}


@router.get("")
def list_items(store: ItemStoreDep) -> list[Item]:
    return store.all()


@router.post("", status_code=status.HTTP_201_CREATED, responses=INVALID)
def create_item(data: ItemCreate, store: ItemStoreDep) -> Item:
    return store.add(data)


@router.get("/{item_id}", responses=INVALID | NOT_FOUND)
def get_item(item_id: int, store: ItemStoreDep) -> Item:
    item = store.get(item_id)
    if item is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Item not found")
    return item

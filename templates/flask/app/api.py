"""The JSON API: /health and /api/items."""

from typing import Any

from flask import Blueprint, abort, request

from app.store import item_store
from app.validation import InvalidItem, parse_item

bp = Blueprint("api", __name__)


@bp.errorhandler(InvalidItem)
def invalid_item(error: InvalidItem) -> tuple[dict[str, Any], int]:
    return {"error": "Invalid item", "details": error.problems}, 400


@bp.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@bp.get("/api/items")
def list_items() -> list[dict[str, Any]]:
    return [item.to_dict() for item in item_store().all()]


@bp.post("/api/items")
def create_item() -> tuple[dict[str, Any], int]:
    # Malformed JSON is a 400 (see ApiRequest in app/errors.py), another Content-Type a 415.
    new = parse_item(request.get_json())
    return item_store().add(new.name, new.description).to_dict(), 201


# The int converter leaves a non-integer id unmatched: a 404 like any unknown URL.
@bp.get("/api/items/<int:item_id>")
def get_item(item_id: int) -> dict[str, Any]:
    item = item_store().get(item_id)
    if item is None:
        abort(404, description="Item not found")
    return item.to_dict()

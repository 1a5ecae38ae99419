"""In-memory item store: data lives as long as the process."""

import threading
from dataclasses import asdict, dataclass
from typing import Any

from flask import current_app


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    name: str
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class ItemStore:
    # gunicorn's threaded worker serves requests concurrently, hence the lock.
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[int, Item] = {}
        self._next_id = 1

    def all(self) -> list[Item]:
        with self._lock:
            return list(self._items.values())

    def add(self, name: str, description: str | None = None) -> Item:
        with self._lock:
            item = Item(id=self._next_id, name=name, description=description)
            self._items[item.id] = item
            self._next_id += 1
            return item

    def get(self, item_id: int) -> Item | None:
        with self._lock:
            return self._items.get(item_id)


def item_store() -> ItemStore:
    """The store of the app handling the current request (see create_app)."""
    return current_app.extensions["item_store"]

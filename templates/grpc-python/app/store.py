"""In-memory item store: data lives as long as the process."""

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    description: str


class ItemStore:
    # The RPC handlers call the store in worker threads (asyncio.to_thread), hence the lock.
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[int, Item] = {}
        self._next_id = 1

    def all(self) -> list[Item]:
        with self._lock:
            return list(self._items.values())

    def add(self, name: str, description: str) -> Item:
        with self._lock:
            item = Item(id=self._next_id, name=name, description=description)
            self._items[item.id] = item
            self._next_id += 1
            return item

    def get(self, item_id: int) -> Item | None:
        with self._lock:
            return self._items.get(item_id)

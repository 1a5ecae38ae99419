"""Item store: the items table, through a session of its own per call."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import ItemRow

# Ids are 32-bit integers; a larger one cannot name an item.
MAX_ID = 2**31 - 1


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    description: str

    @classmethod
    def of(cls, row: ItemRow) -> "Item":
        return cls(id=row.id, name=row.name, description=row.description or "")


class ItemStore:
    # The RPC handlers call the store in worker threads (asyncio.to_thread): each call
    # opens its own session, with a connection from the engine's pool.
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def all(self) -> list[Item]:
        with self._sessions() as session:
            rows = session.scalars(select(ItemRow).order_by(ItemRow.id))
            return [Item.of(row) for row in rows]

    def add(self, name: str, description: str) -> Item:
        with self._sessions() as session:
            row = ItemRow(name=name, description=description)
            session.add(row)
            session.commit()
            return Item.of(row)

    def get(self, item_id: int) -> Item | None:
        if not 1 <= item_id <= MAX_ID:
            return None
        with self._sessions() as session:
            row = session.get(ItemRow, item_id)
            return None if row is None else Item.of(row)

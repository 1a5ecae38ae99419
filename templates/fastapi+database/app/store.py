"""Item store: the items table, through the request's database session."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ItemRow
from app.schemas import Item, ItemCreate

# Ids are 32-bit integers; a larger one cannot name an item.
MAX_ID = 2**31 - 1


class ItemStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Item]:
        rows = self._session.scalars(select(ItemRow).order_by(ItemRow.id))
        return [Item.model_validate(row, from_attributes=True) for row in rows]

    def add(self, data: ItemCreate) -> Item:
        row = ItemRow(**data.model_dump())
        self._session.add(row)
        self._session.commit()
        return Item.model_validate(row, from_attributes=True)

    def get(self, item_id: int) -> Item | None:
        if not 1 <= item_id <= MAX_ID:
            return None
        row = self._session.get(ItemRow, item_id)
        return None if row is None else Item.model_validate(row, from_attributes=True)

"""Item store: the items table, through Flask-SQLAlchemy's session of the current request."""

from typing import Any

from flask import current_app
from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from app.database import db

# Ids are 32-bit integers; a larger one cannot name an item.
MAX_ID = 2**31 - 1


class Item(db.Model):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description}


class ItemStore:
    def all(self) -> list[Item]:
        return list(db.session.scalars(select(Item).order_by(Item.id)))

    def add(self, name: str, description: str | None = None) -> Item:
        item = Item(name=name, description=description)
        db.session.add(item)
        db.session.commit()
        return item

    def get(self, item_id: int) -> Item | None:
        if not 1 <= item_id <= MAX_ID:
            return None
        return db.session.get(Item, item_id)


def item_store() -> ItemStore:
    """The store of the app handling the current request (see create_app)."""
    return current_app.extensions["item_store"]

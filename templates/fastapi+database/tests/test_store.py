from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.orm import sessionmaker

from app.db import create_db_engine
from app.schemas import Item, ItemCreate
from app.store import ItemStore


def test_concurrent_adds_get_unique_ids(database_url: str) -> None:
    engine = create_db_engine(database_url)
    sessions = sessionmaker(engine, expire_on_commit=False)

    # Each thread has its own session, as each request does.
    def add(n: int) -> Item:
        with sessions() as session:
            return ItemStore(session).add(ItemCreate(name=f"item {n}"))

    with ThreadPoolExecutor(max_workers=8) as pool:
        items = list(pool.map(add, range(200)))
    with sessions() as session:
        stored = ItemStore(session).all()
    engine.dispose()

    assert sorted(item.id for item in items) == list(range(1, 201))
    assert len(stored) == 200

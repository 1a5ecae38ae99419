from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.orm import sessionmaker

from app.db import create_db_engine
from app.store import Item, ItemStore


def test_concurrent_adds_get_unique_ids(database_url: str) -> None:
    engine = create_db_engine(database_url)
    store = ItemStore(sessionmaker(engine, expire_on_commit=False))

    # Each call opens its own session, as each RPC's worker thread does.
    def add(n: int) -> Item:
        return store.add(f"item {n}", "")

    with ThreadPoolExecutor(max_workers=8) as pool:
        items = list(pool.map(add, range(200)))
    stored = store.all()
    engine.dispose()

    assert sorted(item.id for item in items) == list(range(1, 201))
    assert len(stored) == 200

from concurrent.futures import ThreadPoolExecutor

from flask import Flask

from app.store import ItemStore


def test_concurrent_adds_get_unique_ids(app: Flask) -> None:
    store = ItemStore()

    # Each thread has its own app context, hence its own session, as each request does.
    def add(n: int) -> int:
        with app.app_context():
            return store.add(f"item {n}").id

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(add, range(200)))
    with app.app_context():
        stored = store.all()

    assert sorted(ids) == list(range(1, 201))
    assert len(stored) == 200

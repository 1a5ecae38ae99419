from concurrent.futures import ThreadPoolExecutor

from app.store import Item, ItemStore


def test_concurrent_adds_get_unique_ids() -> None:
    store = ItemStore()

    def add(n: int) -> Item:
        return store.add(f"item {n}")

    with ThreadPoolExecutor(max_workers=8) as pool:
        items = list(pool.map(add, range(200)))

    assert sorted(item.id for item in items) == list(range(1, 201))
    assert len(store.all()) == 200

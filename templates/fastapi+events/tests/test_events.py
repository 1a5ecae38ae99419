"""The event flow against the fake broker of tests/kafka_fake.py."""

import json
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from kafka_fake import FakeBroker

from app.events import HISTORY, ItemCreated
from app.main import create_app
from app.schemas import Item


def events_when(client: TestClient, count: int) -> list[dict[str, Any]]:
    """GET /api/events once it lists count events (within 5 s)."""
    deadline = time.monotonic() + 5
    while len(events := client.get("/api/events").json()) < count:
        assert time.monotonic() < deadline, f"{len(events)} events, not {count}"
        time.sleep(0.01)
    return events


def event_for(item_id: int) -> ItemCreated:
    return ItemCreated(item=Item(id=item_id, name=f"item {item_id}", description=None))


def test_creating_an_item_produces_an_event_the_consumer_processes(
    client: TestClient, broker: FakeBroker
) -> None:
    item = client.post("/api/items", json={"name": "Pen"}).json()

    [record] = broker.records
    assert record.key == str(item["id"]).encode()
    event = json.loads(record.value or b"")
    assert event["type"] == "item.created"
    assert event["item"] == item
    assert events_when(client, 1) == [event]


def test_events_start_empty(client: TestClient) -> None:
    response = client.get("/api/events")

    assert response.status_code == 200
    assert response.json() == []


def test_offsets_are_committed_once_processed(broker: FakeBroker) -> None:
    with TestClient(create_app()) as client:
        client.post("/api/items", json={"name": "Pen"})
        events_when(client, 1)
    assert broker.committed == 1

    # A restart reads on from the committed offset: nothing is processed twice.
    broker.append(event_for(2).model_dump_json().encode())
    with TestClient(create_app()) as client:
        [event] = events_when(client, 1)
    assert event["item"]["id"] == 2


def test_a_redelivered_event_is_processed_once(
    client: TestClient, broker: FakeBroker
) -> None:
    value = event_for(1).model_dump_json().encode()
    broker.append(value)
    broker.append(value)
    broker.append(event_for(2).model_dump_json().encode())

    events = events_when(client, 2)
    assert [e["item"]["id"] for e in events] == [1, 2]


@pytest.mark.parametrize(
    "value",
    [None, b"", b"not json", b'{"type": "item.deleted"}', b'{"type": "item.created"}'],
)
def test_a_malformed_record_is_logged_skipped_and_committed(
    client: TestClient,
    broker: FakeBroker,
    caplog: pytest.LogCaptureFixture,
    value: bytes | None,
) -> None:
    broker.append(value)
    broker.append(event_for(1).model_dump_json().encode())

    [event] = events_when(client, 1)
    assert event["item"]["id"] == 1
    assert broker.committed == 2
    assert "skipped a record that is not an item.created event" in caplog.text


def test_the_history_keeps_the_last_events(
    client: TestClient, broker: FakeBroker
) -> None:
    for item_id in range(1, HISTORY + 6):
        broker.append(event_for(item_id).model_dump_json().encode())

    deadline = time.monotonic() + 5
    while broker.committed < HISTORY + 5:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    events = client.get("/api/events").json()
    assert [e["item"]["id"] for e in events] == list(range(6, HISTORY + 6))


def test_with_the_broker_down_the_item_is_stored_and_the_loss_logged(
    client: TestClient, broker: FakeBroker, caplog: pytest.LogCaptureFixture
) -> None:
    broker.down = True

    response = client.post("/api/items", json={"name": "Pen"})

    assert response.status_code == 201
    assert client.get("/api/items").json() == [response.json()]
    assert broker.records == []
    assert (
        "item.created not published for item 1: KafkaConnectionError: broker down"
        in caplog.text
    )


def test_on_shutdown_the_consumer_stops_before_the_producer(
    broker: FakeBroker,
) -> None:
    with TestClient(create_app()):
        assert broker.stopped == []

    assert broker.stopped == ["consumer", "producer"]

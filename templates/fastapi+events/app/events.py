"""The item events: produced when an item is created, consumed by a consumer group."""

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime
from typing import Literal
from uuid import UUID, uuid4

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import CommitFailedError, KafkaError
from anyio import from_thread
from pydantic import BaseModel, Field, ValidationError

from app import kafka
from app.schemas import Item
from app.settings import Settings

log = logging.getLogger(__name__)

# How many processed events GET /api/events lists (and the consumer checks for copies).
HISTORY = 100
# Seconds a create waits for the brokers to acknowledge its event.
PUBLISH_TIMEOUT = 5
# Seconds the consumer waits before it reads again after an error of the brokers.
RETRY_SECONDS = 1


class ItemCreated(BaseModel):
    """The record's value, as JSON; its key is the item's id."""

    id: UUID = Field(default_factory=uuid4)
    type: Literal["item.created"] = "item.created"
    time: datetime = Field(default_factory=lambda: datetime.now(UTC))
    item: Item


class History:
    """The last HISTORY events processed, oldest first, each once."""

    def __init__(self) -> None:
        self._events: deque[ItemCreated] = deque(maxlen=HISTORY)

    def add(self, event: ItemCreated) -> bool:
        """Adds the event unless it holds it already (a redelivery); says if it did."""
        if any(seen.id == event.id for seen in self._events):
            return False
        self._events.append(event)
        return True

    def all(self) -> list[ItemCreated]:
        return list(self._events)


class Events:
    """What the routes use: the producer for new items and the consumer's history."""

    def __init__(self, producer: AIOKafkaProducer, topic: str) -> None:
        self.producer = producer
        self.topic = topic
        self.history = History()

    async def item_created(self, item: Item) -> None:
        event = ItemCreated(item=item)
        async with asyncio.timeout(PUBLISH_TIMEOUT):
            await self.producer.send_and_wait(
                self.topic,
                event.model_dump_json().encode(),
                key=str(item.id).encode(),
            )

    def publish_item_created(self, item: Item) -> None:
        """From a sync route (a worker thread): produces the event and waits for the
        brokers' acknowledgement. The item is stored by then: when the brokers do not
        acknowledge in time, it stays stored without its event, and the error line names
        it (docs/events.md)."""
        try:
            from_thread.run(self.item_created, item)
        except (KafkaError, TimeoutError) as error:
            log.error(
                "item.created not published for item %d: %s",
                item.id,
                error or type(error).__name__,
            )


async def consume(consumer: AIOKafkaConsumer, history: History) -> None:
    """Processes each record, then commits its offset (at-least-once): a record whose
    commit was lost comes again, and History drops the copy. A record that is not an
    item.created event is logged and skipped, never retried for ever."""
    while True:
        try:
            async for record in consumer:
                try:
                    event = ItemCreated.model_validate_json(record.value or b"")
                except ValidationError as error:
                    log.warning(
                        "skipped a record that is not an item.created event: "
                        "%s[%d]@%d: %s",
                        record.topic,
                        record.partition,
                        record.offset,
                        error.errors(include_url=False)[0]["msg"],
                    )
                else:
                    if history.add(event):
                        log.info("processed item.created for item %d", event.item.id)
                try:
                    await consumer.commit()
                except CommitFailedError as error:
                    # A rebalance took the partition: its next owner reads the record again.
                    log.warning("offset not committed: %s", error)
        except KafkaError as error:
            log.error("consumer error, reading again: %s", error)
            await asyncio.sleep(RETRY_SECONDS)


@asynccontextmanager
async def run_events(settings: Settings) -> AsyncIterator[Events]:
    """The producer and the consumer for the app's lifetime. On shutdown, after uvicorn
    has answered the requests in flight: the consumer stops and leaves its group, then
    the producer sends what it holds and stops."""
    producer = kafka.create_producer(settings)
    consumer = kafka.create_consumer(settings)
    task: asyncio.Task[None] | None = None
    try:
        async with asyncio.timeout(kafka.CONNECT_TIMEOUT):
            await producer.start()
            await consumer.start()
        events = Events(producer, settings.items_topic)
        task = asyncio.create_task(consume(consumer, events.history))
        yield events
    finally:
        if task:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
        await consumer.stop()
        await producer.stop()

"""A Kafka broker in memory for the tests, in place of aiokafka's clients."""

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from aiokafka.errors import KafkaConnectionError


@dataclass
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass
class FakeBroker:
    """One partition, and the offset the consumer group committed."""

    records: list[Record] = field(default_factory=list)
    committed: int = 0
    # True: every send fails, as with brokers that do not answer.
    down: bool = False
    # The clients that stopped, in order.
    stopped: list[str] = field(default_factory=list)

    def append(self, value: bytes | None, key: bytes | None = None) -> None:
        self.records.append(Record("items", 0, len(self.records), key, value))


class FakeProducer:
    def __init__(self, broker: FakeBroker) -> None:
        self.broker = broker

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        self.broker.stopped.append("producer")

    async def send_and_wait(self, topic: str, value: bytes, key: bytes) -> None:
        if self.broker.down:
            raise KafkaConnectionError("broker down")
        self.broker.append(value, key)


class FakeConsumer:
    """Reads from the group's committed offset on, as a member that joined it."""

    def __init__(self, broker: FakeBroker) -> None:
        self.broker = broker
        self.position = broker.committed

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        self.broker.stopped.append("consumer")

    async def __aiter__(self) -> AsyncIterator[Record]:
        while True:
            if self.position < len(self.broker.records):
                self.position += 1
                yield self.broker.records[self.position - 1]
            else:
                await asyncio.sleep(0.01)

    async def commit(self) -> None:
        self.broker.committed = self.position

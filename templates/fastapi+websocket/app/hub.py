"""The broadcast hub behind /ws: every text message goes to every connected client."""

import asyncio
import logging
from contextlib import suppress

from fastapi import WebSocket, WebSocketDisconnect, status

logger = logging.getLogger(__name__)

# Messages that may wait for one client. One that falls further behind is dropped, so a
# client that stops reading holds at most this many messages of the server's memory.
QUEUE_SIZE = 64
# Seconds a client gets to take its close frame; one that stopped reading never does.
CLOSE_TIMEOUT = 5


class Client:
    """One connection: a task that reads its messages, one that sends it the broadcasts."""

    def __init__(self, websocket: WebSocket, queue_size: int) -> None:
        self.websocket = websocket
        self.queue: asyncio.Queue[str] = asyncio.Queue(queue_size)
        # Set by drop(): the code and reason the connection is then closed with.
        self.dropped = asyncio.Event()
        self.close_code = status.WS_1000_NORMAL_CLOSURE
        self.close_reason = ""
        self.done = asyncio.Event()

    def drop(self, code: int, reason: str) -> None:
        if not self.dropped.is_set():
            self.close_code, self.close_reason = code, reason
            self.dropped.set()

    async def send_queued(self) -> None:
        # send_text waits while the client's socket buffer is full: the queue fills instead.
        with suppress(WebSocketDisconnect):
            while True:
                await self.websocket.send_text(await self.queue.get())


class Hub:
    def __init__(self, queue_size: int = QUEUE_SIZE) -> None:
        self.queue_size = queue_size
        self.clients: set[Client] = set()
        self.closing = False

    async def serve(self, websocket: WebSocket) -> None:
        """Relays the client's messages until it leaves or is dropped, then closes it."""
        if self.closing:
            # Refused before the handshake completes: uvicorn answers 403.
            await websocket.close(status.WS_1001_GOING_AWAY)
            return
        await websocket.accept()
        client = Client(websocket, self.queue_size)
        self.clients.add(client)
        tasks = [
            asyncio.create_task(self.receive(client)),
            asyncio.create_task(client.send_queued()),
            asyncio.create_task(client.dropped.wait()),
        ]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.clients.discard(client)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        try:
            if client.dropped.is_set():
                with suppress(TimeoutError, WebSocketDisconnect, RuntimeError):
                    async with asyncio.timeout(CLOSE_TIMEOUT):
                        await websocket.close(client.close_code, client.close_reason)
        finally:
            client.done.set()

    async def receive(self, client: Client) -> None:
        while True:
            message = await client.websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            if text is None:
                client.drop(status.WS_1003_UNSUPPORTED_DATA, "text messages only")
                return
            self.broadcast(text)

    def broadcast(self, text: str) -> None:
        """Queues the text for every client, the sender included, waiting for none."""
        for client in list(self.clients):
            try:
                client.queue.put_nowait(text)
            except asyncio.QueueFull:
                logger.warning("Dropping a client that cannot keep up")
                client.drop(status.WS_1008_POLICY_VIOLATION, "too slow to keep up")

    async def close(self) -> None:
        """Closes every connection with 1001 (going away) and refuses new ones."""
        self.closing = True
        clients = list(self.clients)
        for client in clients:
            client.drop(status.WS_1001_GOING_AWAY, "server shutting down")
        await asyncio.gather(*(client.done.wait() for client in clients))

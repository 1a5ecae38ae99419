"""items.v1.ItemService: the RPCs of proto/items/v1/items.proto on top of the item store."""

import asyncio

import grpc
from items.v1 import items_pb2, items_pb2_grpc

from app.store import Item, ItemStore

# The longest name and description accepted, in characters.
MAX_NAME_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 1000


def invalid(name: str, description: str) -> str | None:
    """What is wrong with a new item's fields, in the API's words, or None."""
    if not name:
        return "name is required"
    if not name.strip():
        return "name must not be blank"
    if len(name) > MAX_NAME_LENGTH:
        return f"name must be at most {MAX_NAME_LENGTH} characters"
    if len(description) > MAX_DESCRIPTION_LENGTH:
        return f"description must be at most {MAX_DESCRIPTION_LENGTH} characters"
    return None


def to_message(item: Item) -> items_pb2.Item:
    return items_pb2.Item(id=item.id, name=item.name, description=item.description)


class ItemService(items_pb2_grpc.ItemServiceServicer):
    """The store is blocking code (a lock, or a database): each call runs in a worker
    thread, so the event loop goes on serving other calls meanwhile."""

    def __init__(self, store: ItemStore) -> None:
        self._store = store

    async def CreateItem(
        self, request: items_pb2.CreateItemRequest, context: grpc.aio.ServicerContext
    ) -> items_pb2.Item:
        if problem := invalid(request.name, request.description):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, problem)
        item = await asyncio.to_thread(
            self._store.add, request.name, request.description
        )
        return to_message(item)

    async def GetItem(
        self, request: items_pb2.GetItemRequest, context: grpc.aio.ServicerContext
    ) -> items_pb2.Item:
        if request.id < 1:
            await context.abort(
                grpc.StatusCode.INVALID_ARGUMENT, "id must be a positive integer"
            )
        item = await asyncio.to_thread(self._store.get, request.id)
        if item is None:
            await context.abort(
                grpc.StatusCode.NOT_FOUND, f"item {request.id} not found"
            )
        return to_message(item)

    async def ListItems(
        self, request: items_pb2.ListItemsRequest, context: grpc.aio.ServicerContext
    ) -> items_pb2.ListItemsResponse:
        items = await asyncio.to_thread(self._store.all)
        return items_pb2.ListItemsResponse(items=[to_message(i) for i in items])

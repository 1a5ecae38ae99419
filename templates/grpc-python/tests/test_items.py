"""items.v1.ItemService through a real gRPC client."""

from collections.abc import Callable
from typing import TYPE_CHECKING

import grpc
import pytest
from items.v1 import items_pb2

from app.store import Item, ItemStore

if TYPE_CHECKING:
    # The fixtures' types (tests/conftest.py), for type checkers only.
    from conftest import Running


def test_create_get_and_list(server: "Running") -> None:
    created = server.items.CreateItem(
        items_pb2.CreateItemRequest(name="Widget", description="A useful widget")
    )

    assert created == items_pb2.Item(id=1, name="Widget", description="A useful widget")
    assert server.items.GetItem(items_pb2.GetItemRequest(id=1)) == created
    second = server.items.CreateItem(items_pb2.CreateItemRequest(name="Gadget"))
    listed = server.items.ListItems(items_pb2.ListItemsRequest())
    assert list(listed.items) == [created, second]


def test_list_is_empty_at_first(server: "Running") -> None:
    assert list(server.items.ListItems(items_pb2.ListItemsRequest()).items) == []


@pytest.mark.parametrize(
    ("name", "description", "message"),
    [
        ("", "", "name is required"),
        ("   ", "", "name must not be blank"),
        ("x" * 101, "", "name must be at most 100 characters"),
        ("ok", "x" * 1001, "description must be at most 1000 characters"),
    ],
)
def test_bad_input_is_invalid_argument(
    server: "Running", name: str, description: str, message: str
) -> None:
    with pytest.raises(grpc.RpcError) as error:
        server.items.CreateItem(
            items_pb2.CreateItemRequest(name=name, description=description)
        )

    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error.value.details() == message


def test_names_count_characters_not_bytes(server: "Running") -> None:
    name = "é" * 100

    assert server.items.CreateItem(items_pb2.CreateItemRequest(name=name)).name == name


def test_missing_item_is_not_found(server: "Running") -> None:
    with pytest.raises(grpc.RpcError) as error:
        server.items.GetItem(items_pb2.GetItemRequest(id=42))

    assert error.value.code() == grpc.StatusCode.NOT_FOUND
    assert error.value.details() == "item 42 not found"


@pytest.mark.parametrize("item_id", [0, -1])
def test_ids_below_1_are_invalid_argument(server: "Running", item_id: int) -> None:
    with pytest.raises(grpc.RpcError) as error:
        server.items.GetItem(items_pb2.GetItemRequest(id=item_id))

    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_a_message_over_max_body_bytes_is_resource_exhausted(
    serve: Callable[..., "Running"],
) -> None:
    server = serve(max_body_bytes=1024)

    with pytest.raises(grpc.RpcError) as error:
        server.items.CreateItem(
            items_pb2.CreateItemRequest(name="big", description="x" * 2000)
        )

    assert error.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert list(server.items.ListItems(items_pb2.ListItemsRequest()).items) == []


def test_an_unexpected_error_is_internal_without_its_details(
    server: "Running", monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: ItemStore) -> list[Item]:
        raise RuntimeError("connection to 10.0.0.7 refused")

    monkeypatch.setattr(ItemStore, "all", broken)

    with pytest.raises(grpc.RpcError) as error:
        server.items.ListItems(items_pb2.ListItemsRequest())

    assert error.value.code() == grpc.StatusCode.INTERNAL
    assert error.value.details() == "internal error"

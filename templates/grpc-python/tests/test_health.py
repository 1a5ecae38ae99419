"""grpc.health.v1, server reflection, and the drain on shutdown."""

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import grpc
import pytest
from grpc_health.v1 import health_pb2
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from items.v1 import items_pb2

from app import healthcheck
from app.server import drain_and_stop

if TYPE_CHECKING:
    # The fixtures' types (tests/conftest.py), for type checkers only.
    from conftest import Running

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


def status(server: "Running", service: str) -> int:
    request = health_pb2.HealthCheckRequest(service=service)
    return server.health_stub.Check(request, timeout=5).status


@pytest.mark.parametrize("service", ["", "items.v1.ItemService"])
def test_serving_overall_and_for_the_item_service(
    server: "Running", service: str
) -> None:
    assert status(server, service) == SERVING


def test_an_unknown_service_is_not_found(server: "Running") -> None:
    with pytest.raises(grpc.RpcError) as error:
        status(server, "no.such.Service")

    assert error.value.code() == grpc.StatusCode.NOT_FOUND


def list_services(server: "Running") -> list[str]:
    stub = reflection_pb2_grpc.ServerReflectionStub(server.channel)
    request = reflection_pb2.ServerReflectionRequest(list_services="")
    [response] = list(stub.ServerReflectionInfo(iter([request]), timeout=5))
    return sorted(s.name for s in response.list_services_response.service)


def test_reflection_is_off_by_default(server: "Running") -> None:
    with pytest.raises(grpc.RpcError) as error:
        list_services(server)

    assert error.value.code() == grpc.StatusCode.UNIMPLEMENTED


def test_reflection_lists_the_services_when_asked_for(
    serve: Callable[..., "Running"],
) -> None:
    server = serve(grpc_reflection=True)

    assert list_services(server) == [
        "grpc.health.v1.Health",
        "grpc.reflection.v1alpha.ServerReflection",
        "items.v1.ItemService",
    ]


def test_drain_reports_not_serving_and_still_serves_calls(server: "Running") -> None:
    # The drain runs on the server's loop while this thread calls it.
    done = threading.Thread(
        target=server.run, args=(drain_and_stop(server.server, server.health, 1),)
    )
    done.start()
    try:
        while status(server, "") == SERVING:
            pass
        assert status(server, "items.v1.ItemService") == NOT_SERVING
        created = server.items.CreateItem(items_pb2.CreateItemRequest(name="late"))
        assert created.id == 1
    finally:
        done.join()

    with pytest.raises(grpc.RpcError) as error:
        server.items.ListItems(items_pb2.ListItemsRequest(), timeout=2)
    assert error.value.code() == grpc.StatusCode.UNAVAILABLE


def test_the_image_healthcheck_asks_the_health_service(server: "Running") -> None:
    port = server.port
    assert healthcheck.check(f"127.0.0.1:{port}")

    server.run(server.health.enter_graceful_shutdown())
    assert not healthcheck.check(f"127.0.0.1:{port}")
    assert not healthcheck.check("127.0.0.1:1", timeout=1)

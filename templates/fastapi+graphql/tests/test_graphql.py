"""POST /graphql: the schema over the item store the REST API shares."""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import WebSocketDisconnect
from fastapi.testclient import TestClient

from app.graphql import schema
from app.graphql.schema import MAX_ALIASES
from app.main import create_app
from app.settings import Settings
from app.store import ItemStore

CREATE = (
    "mutation ($input: NewItem!) { createItem(input: $input) { id name description } }"
)
INTROSPECTION = "{ __schema { queryType { name } } }"


def graphql(client: TestClient, query: str, **variables: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def dev_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("GRAPHQL_DEV_TOOLS", "true")
    with TestClient(create_app()) as client:
        yield client


def test_create_then_query_by_id_and_list(client: TestClient) -> None:
    created = graphql(client, CREATE, input={"name": "Pen", "description": "Blue"})

    item = {"id": "1", "name": "Pen", "description": "Blue"}
    assert created == {"data": {"createItem": item}}
    by_id = graphql(client, '{ item(id: "1") { id name description } }')
    assert by_id == {"data": {"item": item}}
    assert graphql(client, "{ items { id name description } }") == {
        "data": {"items": [item]}
    }


def test_shares_the_items_with_the_rest_api(client: TestClient) -> None:
    rest = client.post("/api/items", json={"name": "From REST"}).json()
    graphql(client, CREATE, input={"name": "From GraphQL"})

    listed = graphql(client, "{ items { id name } }")["data"]["items"]

    assert listed == [
        {"id": str(rest["id"]), "name": "From REST"},
        {"id": str(rest["id"] + 1), "name": "From GraphQL"},
    ]
    assert client.get(f"/api/items/{rest['id'] + 1}").json()["name"] == "From GraphQL"


@pytest.mark.parametrize("item_id", ["99", "0"])
def test_an_unknown_id_is_null(client: TestClient, item_id: str) -> None:
    assert graphql(client, "query ($id: ID!) { item(id: $id) { id } }", id=item_id) == {
        "data": {"item": None}
    }


@pytest.mark.parametrize("item_id", ["abc", "-1", "1.5", "²"])
def test_an_id_that_is_not_a_positive_integer_is_an_input_error(
    client: TestClient, item_id: str
) -> None:
    body = graphql(client, "query ($id: ID!) { item(id: $id) { id } }", id=item_id)

    assert body["data"] == {"item": None}
    assert body["errors"][0]["message"] == "id must be a positive integer"
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}


@pytest.mark.parametrize(
    ("new_item", "message"),
    [
        ({"name": "   "}, "name: must not be blank"),
        ({"name": "x" * 101}, "name: String should have at most 100 characters"),
        ({"name": "a\x00b"}, "name: must not contain NUL characters"),
        (
            {"name": "ok", "description": "x" * 1001},
            "description: String should have at most 1000 characters",
        ),
    ],
)
def test_create_refuses_what_the_rest_api_refuses(
    client: TestClient, new_item: dict[str, str], message: str
) -> None:
    body = graphql(client, CREATE, input=new_item)

    assert body["data"] is None
    assert body["errors"][0]["message"] == message
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}
    assert client.get("/api/items").json() == []


def test_a_missing_name_is_refused_by_the_schema(client: TestClient) -> None:
    body = graphql(client, CREATE, input={})

    assert body["data"] is None
    assert "name" in body["errors"][0]["message"]


def test_queries_deeper_than_the_limit_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Items hold no objects yet, so no query is deeper than 1: a limit of 0 shows the
    # check at work.
    monkeypatch.setattr(schema, "MAX_DEPTH", 0)

    with TestClient(create_app()) as client:
        body = graphql(client, "{ items { id } }")

    assert body["data"] is None
    assert "exceeds maximum operation depth of 0" in body["errors"][0]["message"]


def test_too_many_aliases_are_refused(client: TestClient) -> None:
    fields = " ".join(f"a{n}: items {{ id }}" for n in range(MAX_ALIASES + 1))

    body = graphql(client, "{ " + fields + " }")

    assert body["data"] is None
    assert "aliases" in body["errors"][0]["message"]


def test_introspection_and_graphiql_are_off_by_default(client: TestClient) -> None:
    body = graphql(client, INTROSPECTION)

    assert body["data"] is None
    assert "introspection" in body["errors"][0]["message"].lower()
    page = client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 405
    assert page.headers["Allow"] == "POST"
    assert not Settings().graphql_dev_tools


def test_graphql_dev_tools_turns_introspection_and_graphiql_on(
    dev_client: TestClient,
) -> None:
    body = graphql(dev_client, INTROSPECTION)
    page = dev_client.get("/graphql", headers={"Accept": "text/html"})

    assert body == {"data": {"__schema": {"queryType": {"name": "Query"}}}}
    assert page.status_code == 200
    assert "graphiql" in page.text.lower()


def test_has_no_websocket(client: TestClient) -> None:
    with (
        pytest.raises(WebSocketDisconnect),
        client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]),
    ):
        pass


def test_requires_a_json_content_type(client: TestClient) -> None:
    response = client.post(
        "/graphql",
        content=b'{"query": "{ items { id } }"}',
        headers={"Content-Type": "text/plain"},
    )

    assert response.status_code == 415
    assert response.json() == {"error": "Content-Type must be application/json"}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'{"query": ', "body is not valid JSON"),
        (b'{"query": "\xff"}', "body is not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "body is not valid JSON"),
        (b"42", "body must be a JSON object"),
        (b'"{ items { id } }"', "body must be a JSON object"),
        (b"[]", "body must be a JSON object"),
    ],
)
def test_refuses_a_body_that_is_not_a_json_object(
    client: TestClient, body: bytes, error: str
) -> None:
    response = client.post(
        "/graphql", content=body, headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    assert response.json() == {"error": error}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({}, "query: Field required"),
        ({"query": ""}, "query: String should have at least 1 character"),
        (
            {"query": "0", "operationName": {}},
            "operationName: Input should be a valid string",
        ),
        (
            {"query": "{ items { id } }", "operationName": "x"},
            'Unknown operation named "x".',
        ),
        (
            {"query": "{ items { id } }", "variables": []},
            "variables: Input should be a valid dictionary",
        ),
    ],
)
def test_refuses_what_is_not_a_graphql_request_in_json(
    client: TestClient, body: dict[str, Any], error: str
) -> None:
    response = client.post("/graphql", json=body)

    assert response.status_code == 400
    assert response.json() == {"error": error}


def test_answers_the_client_s_errors_without_logging_them(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    body = graphql(client, "{ items { nope } }")

    assert body["errors"][0]["message"] == "Cannot query field 'nope' on type 'Item'."
    assert caplog.records == []


def test_a_server_error_is_masked_and_logged(
    client: TestClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def fail(self: ItemStore) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(ItemStore, "all", fail)

    body = graphql(client, "{ items { id } }")

    assert body["data"] is None
    assert body["errors"][0]["message"] == "Unexpected error."
    assert "secret detail" in caplog.text

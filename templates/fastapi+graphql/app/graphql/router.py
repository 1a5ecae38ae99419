"""POST /graphql: Strawberry's FastAPI router over the schema in app/graphql/schema.py."""

import json
from typing import Any

from cross_web import HTTPException as RefusedRequest
from fastapi import HTTPException, Request, WebSocket, status
from fastapi.routing import APIRoute, APIWebSocketRoute
from pydantic import BaseModel, Field, ValidationError
from strawberry.fastapi import GraphQLRouter

from app.dependencies import ItemStoreDep, require_json
from app.errors import BODY_ERRORS
from app.graphql.schema import Context, create_schema, describe


class GraphQLRequest(BaseModel):
    """The body of POST /graphql, checked before Strawberry reads it."""

    query: str = Field(min_length=1)
    # camelCase, as the GraphQL over HTTP specification names it.
    operationName: str | None = None
    variables: dict[str, Any] | None = None
    extensions: dict[str, Any] | None = None


REFUSED: dict[int | str, dict[str, Any]] = {
    400: {**BODY_ERRORS[400], "description": "The body is not a GraphQL request"},
    413: BODY_ERRORS[413],
    415: BODY_ERRORS[415],
}


async def get_context(store: ItemStoreDep) -> Context:
    # A FastAPI dependency: with a database, the store uses the request's session.
    return Context(store)


class Router(GraphQLRouter):
    """Strawberry's router, answering the requests it refuses as /api does: in JSON."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        body = {"schema": GraphQLRequest.model_json_schema()}
        for route in list(self.routes):
            if isinstance(route, APIWebSocketRoute):
                # No subscriptions in the schema: no WebSocket on /graphql either.
                self.routes.remove(route)
            elif isinstance(route, APIRoute) and "POST" in route.methods:
                # Strawberry's route reads the body itself: the OpenAPI document learns
                # from here what it takes.
                route.openapi_extra = {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": body},
                    }
                }

    async def run(self, request: Request | WebSocket, **kwargs: Any) -> Any:
        if isinstance(request, Request):
            if request.method == "POST":
                require_json(request)
            elif not self.graphql_ide:
                # GET serves GraphiQL alone (queries in URLs are off): without it, no GET.
                raise HTTPException(status.HTTP_405_METHOD_NOT_ALLOWED)
        try:
            return await super().run(request, **kwargs)
        except RefusedRequest as error:
            # Strawberry answers these in plain text.
            raise HTTPException(error.status_code, error.reason) from error

    def parse_json(self, data: str | bytes) -> object:
        try:
            body = json.loads(data)
        except (ValueError, RecursionError) as error:
            # Malformed JSON, invalid UTF-8 (both ValueErrors) or nesting too deep.
            raise HTTPException(
                status.HTTP_400_BAD_REQUEST, "body is not valid JSON"
            ) from error
        if not isinstance(body, dict):
            raise HTTPException(
                status.HTTP_400_BAD_REQUEST, "body must be a JSON object"
            )
        try:
            GraphQLRequest.model_validate(body)
        except ValidationError as error:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, describe(error)) from error
        return body


def create_router(dev_tools: bool) -> GraphQLRouter:
    """The /graphql router; dev_tools (GRAPHQL_DEV_TOOLS) adds GraphiQL on GET /graphql."""
    return Router(
        create_schema(dev_tools),
        context_getter=get_context,
        graphql_ide="graphiql" if dev_tools else None,
        # POST only: a query in a GET URL is a request any web page can make (CSRF).
        allow_queries_via_get=False,
        tags=["graphql"],
        responses=REFUSED,
    )

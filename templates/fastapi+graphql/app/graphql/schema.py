"""The GraphQL schema: the items of the REST API, as Strawberry types."""

from collections.abc import Callable
from functools import partial

import strawberry
from graphql import GraphQLError
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from strawberry.extensions import (
    DisableIntrospection,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.fastapi import BaseContext
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from app import schemas
from app.store import ItemStore

# Bounds on one operation, checked before it runs, so that no query (nested, aliased or
# just long) costs the server more than a client's fair share.
MAX_DEPTH = 10
MAX_ALIASES = 30
MAX_TOKENS = 2000


class Context(BaseContext):
    """What every resolver sees as info.context: the request's item store."""

    def __init__(self, store: ItemStore) -> None:
        super().__init__()
        self.store = store


Info = strawberry.Info[Context, None]


def describe(error: ValidationError) -> str:
    """What Pydantic found wrong, one "field: problem" per error."""
    return "; ".join(
        f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()
    )


def bad_input(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


@strawberry.type(
    description="The sample resource, shared with the REST API under /api/items."
)
class Item:
    id: strawberry.ID
    name: str
    description: str | None

    @classmethod
    def of(cls, item: schemas.Item) -> "Item":
        return cls(
            id=strawberry.ID(str(item.id)), name=item.name, description=item.description
        )


@strawberry.input(
    description="A new item: the name 1 to 100 characters and not blank, the description up to 1,000."
)
class NewItem:
    name: str
    description: str | None = None


# Resolvers are async, and run the store's blocking calls in the thread pool, as FastAPI
# runs the REST API's sync routes: the event loop keeps serving meanwhile.
@strawberry.type
class Query:
    @strawberry.field(description="All items, ordered by id.")
    async def items(self, info: Info) -> list[Item]:
        return [
            Item.of(item) for item in await run_in_threadpool(info.context.store.all)
        ]

    @strawberry.field(
        description="The item with the given id, or null when there is none."
    )
    async def item(self, info: Info, id: strawberry.ID) -> Item | None:
        if not (id.isascii() and id.isdigit()):
            raise bad_input("id must be a positive integer")
        item = await run_in_threadpool(info.context.store.get, int(id))
        return None if item is None else Item.of(item)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Creates an item, as POST /api/items does.")
    async def create_item(self, info: Info, input: NewItem) -> Item:
        try:
            # The REST API's model, so both APIs accept the same items.
            data = schemas.ItemCreate(name=input.name, description=input.description)
        except ValidationError as error:
            raise bad_input(describe(error)) from error
        return Item.of(await run_in_threadpool(info.context.store.add, data))


def is_internal(error: GraphQLError) -> bool:
    """An error of the server (a bug, the database down), not of the client's request."""
    return error.original_error is not None and not isinstance(
        error.original_error, GraphQLError
    )


class Schema(strawberry.Schema):
    def process_errors(
        self,
        errors: list[GraphQLError],
        execution_context: ExecutionContext | None = None,
    ) -> None:
        # The server's own errors are logged; the client's (a query that does not parse
        # or validate, bad input) are answered and not logged.
        super().process_errors([e for e in errors if is_internal(e)], execution_context)


def create_schema(dev_tools: bool) -> strawberry.Schema:
    """The schema; dev_tools (GRAPHQL_DEV_TOOLS) lets clients read it."""
    # Factories: Strawberry builds each extension anew for every operation.
    extensions: list[Callable[[], SchemaExtension]] = [
        partial(QueryDepthLimiter, max_depth=MAX_DEPTH),
        partial(MaxAliasesLimiter, max_alias_count=MAX_ALIASES),
        partial(MaxTokensLimiter, max_token_count=MAX_TOKENS),
        # The server logs its errors; the client gets "Unexpected error." instead.
        partial(MaskErrors, should_mask_error=is_internal),
    ]
    if not dev_tools:
        extensions.append(DisableIntrospection)
    return Schema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        # "Did you mean ...?" would tell what introspection does not.
        config=StrawberryConfig(disable_field_suggestions=not dev_tools),
    )

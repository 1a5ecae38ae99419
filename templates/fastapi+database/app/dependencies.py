"""Dependencies shared by the routers."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.store import ItemStore


def get_session(request: Request) -> Iterator[Session]:
    # One session per request, closed (its connection back in the pool) after it.
    with request.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_item_store(session: SessionDep) -> ItemStore:
    return ItemStore(session)


ItemStoreDep = Annotated[ItemStore, Depends(get_item_store)]

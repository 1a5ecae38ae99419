"""Dependencies shared by the routers."""

from typing import Annotated

from fastapi import Depends, Request

from app.store import ItemStore


def get_item_store(request: Request) -> ItemStore:
    return request.app.state.item_store


ItemStoreDep = Annotated[ItemStore, Depends(get_item_store)]

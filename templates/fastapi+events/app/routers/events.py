from fastapi import APIRouter

from app.dependencies import EventsDep
from app.events import ItemCreated

router = APIRouter(prefix="/api/events", tags=["events"])


# Async, as the consumer that fills the history runs on the event loop too.
@router.get("")
async def list_events(events: EventsDep) -> list[ItemCreated]:
    """The last events the consumer processed, oldest first."""
    return events.history.all()

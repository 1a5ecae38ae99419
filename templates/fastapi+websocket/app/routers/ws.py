from fastapi import APIRouter, WebSocket

router = APIRouter()


# Every text message a client sends goes to every connected client, the sender included.
@router.websocket("/ws")
async def broadcast(websocket: WebSocket) -> None:
    await websocket.app.state.hub.serve(websocket)

"""Pure ASGI middleware: each sees a request before routing and streams it through."""

from starlette.datastructures import Headers, MutableHeaders, State
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import error_response


class LimitBody:
    """Refuses a request body over max_bytes with 413 before it is buffered.

    A Content-Length over the limit is answered at once, without reading the body; a body
    without one (chunked) is counted as it arrives. FastAPI's own max_body_size would answer
    the first case in plain text instead of the API's JSON.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"request body exceeds {self.max_bytes} bytes"
        # The rest of the body is never read: the connection cannot carry another request.
        close = {"Connection": "close"}
        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            await error_response(413, message, close)(scope, receive, send)
            return
        received = 0

        async def receive_within_limit() -> Message:
            nonlocal received
            chunk = await receive()
            received += len(chunk.get("body", b""))
            if received > self.max_bytes:
                # Raised where the route reads its body; the app's handler answers it.
                raise HTTPException(413, message, close)
            return chunk

        await self.app(scope, receive_within_limit, send)


class CloseWhileDraining:
    """While the server drains before it stops (state.draining), every response asks the
    client to close its connection, so keep-alive clients reconnect to another instance."""

    def __init__(self, app: ASGIApp, state: State) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_closing(message: Message) -> None:
            if message["type"] == "http.response.start" and self.state.draining:
                MutableHeaders(scope=message)["Connection"] = "close"
            await send(message)

        await self.app(scope, receive, send_closing)

"""WSGI middleware around the Flask app."""

import io
from collections.abc import Iterable
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment


class BoundChunkedBody:
    """Reads a chunked request body up to one byte past max_bytes and hands it to Flask
    with its length, so that MAX_CONTENT_LENGTH refuses a longer one with 413 as it does
    a declared Content-Length. Werkzeug alone would cut a chunked body at the limit and
    parse what it got."""

    def __init__(self, app: WSGIApplication, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def __call__(
        self, environ: WSGIEnvironment, start_response: StartResponse
    ) -> Iterable[bytes]:
        # gunicorn ends the input stream of a chunked body itself (wsgi.input_terminated).
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked and environ.get("wsgi.input_terminated"):
            body = environ["wsgi.input"].read(self.max_bytes + 1)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
            # Read whole, the body is no longer chunked for the app.
            del environ["HTTP_TRANSFER_ENCODING"]
        return self.app(environ, start_response)

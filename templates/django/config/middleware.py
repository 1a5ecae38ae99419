"""Middleware of the site: Django's around the views, and WSGI's around Django."""

import io
from collections.abc import Callable, Iterable
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from django.http import HttpRequest, HttpResponse

from config import views

PROBES: dict[str, Callable[[HttpRequest], HttpResponse]] = {
    "/health": views.health,
    "/ready": views.ready,
}


class HealthProbes:
    """Answers GET /health and /ready ahead of the Host check of CommonMiddleware.

    Probes (the image's HEALTHCHECK, an orchestrator's) reach the container by its
    address, which ALLOWED_HOSTS does not list; every other request is checked as usual.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        probe = PROBES.get(request.path_info)
        return probe(request) if probe else self.get_response(request)


class BoundChunkedBody:
    """Reads a chunked request body up to one byte past max_bytes and hands it to Django
    with its length, so that DATA_UPLOAD_MAX_MEMORY_SIZE refuses a longer one as it does
    a declared Content-Length. Without a Content-Length, Django reads no body at all."""

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

"""Site-wide views: health and readiness checks (config/middleware.py routes them), error
handlers answering JSON under /api/."""

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import csrf, defaults
from django.views.decorators.http import require_safe

from config.shutdown import draining


# Liveness: the process answers. It never touches the database.
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


# Readiness: not draining before a stop, and the database answers a query.
@require_safe
def ready(request: HttpRequest) -> JsonResponse:
    if draining.is_set():
        return JsonResponse({"status": "draining"}, status=503)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse(
            {"status": "unavailable", "error": "database unreachable"}, status=503
        )
    return JsonResponse({"status": "ready"})


def is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    if is_api(request):
        return JsonResponse({"error": "Bad request"}, status=400)
    return defaults.bad_request(request, exception)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if is_api(request):
        return JsonResponse({"error": "Not found"}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    if is_api(request):
        return JsonResponse({"error": "Internal server error"}, status=500)
    return defaults.server_error(request)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    # CSRF_FAILURE_VIEW: the API refuses a signed-in session's request without the token.
    if is_api(request):
        return JsonResponse({"error": "CSRF token missing or incorrect"}, status=403)
    return csrf.csrf_failure(request, reason)

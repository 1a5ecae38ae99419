"""JSON API for items: plain Django views, validated by the same form as the pages."""

import json
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from items.forms import ItemForm
from items.models import Item


def error(message: str, status: int, **details: Any) -> JsonResponse:
    return JsonResponse({"error": message, **details}, status=status)


def item_json(item: Item) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "description": item.description}


def is_json(request: HttpRequest) -> bool:
    media_type = request.content_type or ""
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


class BadBody(Exception):
    """A request body the API refuses, with its message and status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def json_object(request: HttpRequest) -> dict[str, Any]:
    """The request's body, a JSON object; raises BadBody (415, 413 or 400) otherwise."""
    if not is_json(request):
        raise BadBody("Content-Type must be application/json", 415)
    try:
        payload = json.loads(request.body)
    except RequestDataTooBig:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        raise BadBody(f"request body exceeds {limit} bytes", 413) from None
    # Invalid UTF-8 is a ValueError too; deep nesting exhausts the parser's stack.
    except (ValueError, RecursionError):
        raise BadBody("Malformed JSON", 400) from None
    if not isinstance(payload, dict):
        raise BadBody("body must be a JSON object", 400)
    return payload


def text_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return "Must be a string."
    try:
        value.encode()
    except UnicodeEncodeError:
        # A lone surrogate (a \ud800 escape in JSON): no database can store it.
        return "Must be valid Unicode text."
    return None


# The API is open: scripts call it without a session, and so without a CSRF token. A
# browser signed in to the pages sends its session cookie along, and then, as Django
# REST framework's SessionAuthentication does, the request must carry the CSRF token.
@method_decorator(csrf_exempt, name="dispatch")
class ApiView(View):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            return csrf_protect(super().dispatch)(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def http_method_not_allowed(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> JsonResponse:
        response = error("Method not allowed", 405)
        response["Allow"] = ", ".join(self._allowed_methods())
        return response


class ItemCollectionView(ApiView):
    def get(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse(
            [item_json(item) for item in Item.objects.all()], safe=False
        )

    def post(self, request: HttpRequest) -> JsonResponse:
        try:
            payload = json_object(request)
        except BadBody as bad:
            return error(bad.message, bad.status)
        # A form coerces any value to text: insist on JSON strings first.
        problems = {
            field: [{"message": problem, "code": "invalid"}]
            for field in ItemForm.Meta.fields
            if (problem := text_problem(payload.get(field, "")))
        }
        if problems:
            return error("Invalid item", 400, details=problems)
        form = ItemForm(data=payload)
        if not form.is_valid():
            return error("Invalid item", 400, details=form.errors.get_json_data())
        return JsonResponse(item_json(form.save()), status=201)


class ItemDetailView(ApiView):
    def get(self, request: HttpRequest, pk: int) -> JsonResponse:
        item = Item.objects.filter(pk=pk).first()
        if item is None:
            return error("Item not found", 404)
        return JsonResponse(item_json(item))

"""JSON API for items: plain Django views, validated by the same form as the pages."""

import json
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from items.forms import ItemForm
from items.models import Item


def error(message: str, status: int, **details: Any) -> JsonResponse:
    return JsonResponse({"error": message, **details}, status=status)


def item_json(item: Item) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "description": item.description}


# CSRF protection guards cookie-authenticated browser sessions. This sample API reads
# no session or user, and its clients are scripts without a CSRF token; give it token
# authentication (or drop this exemption) before it acts on a signed-in user's behalf.
@method_decorator(csrf_exempt, name="dispatch")
class ApiView(View):
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
            payload = json.loads(request.body)
        except ValueError:
            return error("Malformed JSON", 400)
        if not isinstance(payload, dict):
            return error("Expected a JSON object", 400)
        # A form coerces any value to text: insist on JSON strings first.
        not_strings = {
            field: [{"message": "Must be a string.", "code": "invalid"}]
            for field in ItemForm.Meta.fields
            if not isinstance(payload.get(field, ""), str)
        }
        if not_strings:
            return error("Invalid item", 400, details=not_strings)
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

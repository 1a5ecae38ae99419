"""Gives every HTTP error, from a 400 to a 500, the JSON body {"error": "<message>"}."""

import json
from typing import Any

from flask import Flask, Request
from werkzeug.exceptions import BadRequest, HTTPException
from werkzeug.wrappers import Response


class ApiRequest(Request):
    def on_json_loading_failed(self, e: ValueError | None) -> Any:
        # Flask explains malformed JSON only in debug mode; an API client needs it always.
        if e is None:  # not a JSON Content-Type: Flask's 415
            return super().on_json_loading_failed(e)
        raise BadRequest(f"Malformed JSON: {e}") from e


def http_error(error: HTTPException) -> Response:
    # Werkzeug's own response keeps the status and headers, such as Allow on a 405.
    response = error.get_response()
    response.set_data(json.dumps({"error": error.description}))
    response.content_type = "application/json"
    return response


def register(app: Flask) -> None:
    app.request_class = ApiRequest
    # Flask logs an unhandled exception, then passes it here as an InternalServerError whose
    # generic description reveals nothing about the cause.
    app.register_error_handler(HTTPException, http_error)

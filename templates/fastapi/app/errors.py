"""Exception handlers that give every error the body {"error": "<message>"}."""

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException


async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
    return JSONResponse(
        {"error": exc.detail}, status_code=exc.status_code, headers=exc.headers
    )


async def validation_error(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    # Malformed JSON lands here too (error type "json_invalid"), so it is a 422, not a 500.
    # The rejected input is left out: it may hold NaN or Infinity, which JSON cannot carry.
    errors = [{k: v for k, v in e.items() if k != "input"} for e in exc.errors()]
    return JSONResponse(
        {"error": "Invalid request", "detail": jsonable_encoder(errors)},
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
    )


def register_error_handlers(app: FastAPI) -> None:
    # Starlette's HTTPException also covers unknown routes (404) and wrong methods (405).
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)

"""One error shape for every failure the server reports: ``{"error": {"code": ..., "message": ...}}``.

    HTTP errors (404, 405, 401, 413, ...)   code from the status (``not_found``, ``unauthorized``, ...)
    request validation                      422 ``invalid_request``, message names the parameter
    khabar ConfigError                      400 ``invalid_value`` (e.g. an unknown sort column)
    khabar StoreError                       503 ``store_unavailable``
    anything else                           500 ``internal_error`` (details stay in the server log)
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import ConfigError, StoreError

log = logging.getLogger(__name__)

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "body_too_large", 415: "unsupported_media_type", 422: "invalid_request",
         500: "internal_error", 503: "store_unavailable"}


class ApiError(HTTPException):
    """An HTTP error with an explicit machine-readable code."""

    def __init__(self, status: int, message: str, *, code: str | None = None, headers: dict | None = None):
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code or CODES.get(status, "error")


def error_response(status: int, code: str, message: str, *, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ConfigError, _config)
    app.add_exception_handler(StoreError, _store)
    app.add_exception_handler(Exception, _unexpected)


async def _http(request: Request, exc: HTTPException) -> JSONResponse:
    code = getattr(exc, "code", None) or CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    return error_response(422, "invalid_request", "; ".join(_describe(e) for e in exc.errors()))


def _describe(error: dict) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path"))
    return f"{where or 'request'}: {error.get('msg', 'invalid')}"


async def _config(request: Request, exc: ConfigError) -> JSONResponse:
    return error_response(400, "invalid_value", str(exc))


async def _store(request: Request, exc: StoreError) -> JSONResponse:
    return error_response(503, "store_unavailable", str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "internal error; see the server log")

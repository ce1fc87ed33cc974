"""The request guard alone, as an ASGI callable: a header a real HTTP server's parser may
already refuse must still be answered by the guard, never by an exception."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from tipoff.web.guard import RequestGuard

TOKEN = "t0ken"


async def _app(scope: Any, receive: Any, send: Any) -> None:
    raise AssertionError("the guard let the request through")


def _answer(content_length: bytes) -> tuple[int, str]:
    sent: list[dict[str, Any]] = []

    async def send(message: Any) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    scope = {
        "type": "http",
        "method": "POST",
        "headers": [
            (b"authorization", f"Bearer {TOKEN}".encode()),
            (b"content-length", content_length),
        ],
    }
    asyncio.run(RequestGuard(_app, token=TOKEN)(scope, receive, send))
    return sent[0]["status"], json.loads(sent[1]["body"])["detail"]


def test_a_content_length_of_digit_like_characters_is_400() -> None:
    # superscript two (0xb2 in latin-1) is a digit to str.isdigit, not a number to int()
    status, detail = _answer("\u00b2".encode("latin-1"))
    assert status == 400
    assert "is not a number" in detail


def test_a_content_length_of_letters_is_400() -> None:
    assert _answer(b"ten")[0] == 400

"""The service's front door, as plain ASGI: the bearer token and the body size are checked
before a byte of the body is read.

FastAPI reads and parses a request's body before any dependency runs, so a token check
written as a dependency comes too late: an anonymous client could make the server read
(and hold) a body of any size, and a malformed one was answered 422 rather than 401. This
middleware answers first: a write (any method but GET, HEAD and OPTIONS) without the token
gets 401 (403 when the service has no token), a declared ``Content-Length`` above the cap
gets 413, and a body sent without one (chunked) is counted as it arrives and refused with
413 once it passes the cap.
"""

from __future__ import annotations

import contextlib
import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY_BYTES = 64 * 1024  # the largest legitimate body (a trigger naming processors) is < 1 KiB
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOKEN_DISABLED = "manual triggers over HTTP are disabled: set TIPOFF_API_TOKEN"
TOKEN_REQUIRED = "a valid bearer token is required (Authorization: Bearer <TIPOFF_API_TOKEN>)"


class _TooLarge(Exception):
    """The body passed the cap while it was being read."""


class RequestGuard:
    """Token and body-size checks in front of ``app``."""

    def __init__(self, app: ASGIApp, *, token: str | None, max_body_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.token = token
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if scope["method"] not in READ_METHODS:
            refusal = self._refuse_token(headers.get("authorization"))
            if refusal is not None:
                await _reply(send, *refusal)
                return
        declared = headers.get("content-length")
        if declared is not None:
            # ASCII digits only: str.isdigit also takes "\u00b2", which int() refuses
            if not (declared.strip().isascii() and declared.strip().isdigit()):
                await _reply(send, 400, f"Content-Length: {declared[:40]!r} is not a number")
                return
            if int(declared) > self.max_body_bytes:
                await _reply(send, 413, self._too_large())
                return
        await self._capped(scope, receive, send)

    def _refuse_token(self, authorization: str | None) -> tuple[int, str, dict[str, str]] | None:
        if not self.token:
            return 403, TOKEN_DISABLED, {}
        if not token_matches(self.token, authorization):
            return 401, TOKEN_REQUIRED, {"www-authenticate": "Bearer"}
        return None

    def _too_large(self) -> str:
        return f"the request body is larger than {self.max_body_bytes} bytes"

    async def _capped(self, scope: Scope, receive: Receive, send: Send) -> None:
        seen = 0
        over = False

        async def counted() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:
                    over = True
                    raise _TooLarge
            return message

        async def guarded(message: Message) -> None:
            if not over:  # once over the cap, the app's own answer (a 400) is dropped
                await send(message)

        with contextlib.suppress(_TooLarge):
            await self.app(scope, counted, guarded)
        if over:
            await _reply(send, 413, self._too_large())


def token_matches(token: str | None, authorization: str | None) -> bool:
    """Whether an ``Authorization`` header is ``Bearer <token>``; never when the service
    has no token. Also asked by the reads that show more to the token's holder."""
    if not token:
        return False
    scheme, _, given = (authorization or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode(), token.encode()
    )


async def _reply(
    send: Send, status: int, detail: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})

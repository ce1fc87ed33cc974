"""Secrets kept out of logs and messages.

Two layers: URLs are shown without their secret parts wherever tipoff itself prints one
(a webhook's path is its secret, a database URL's password, an API key in a query string),
and the log stream blanks every secret value the settings hold, whatever printed it (a
driver's error message, a third-party logger), as a last line of defence. The same rule
(:func:`scrub` with :func:`secret_parts`) applies to every error the engine stores
(``Store.redact``): the CLI, the alerts and the dashboard show those later.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterable
from typing import TextIO
from urllib.parse import urlsplit

MASK = "***"
# a shorter "secret" would blank ordinary words
MIN_SECRET_CHARS = 4

_QUERY_SECRET = re.compile(
    r"(?i)([?&;](?:api[_-]?key|apikey|key|token|access[_-]?token|auth|secret|"
    r"client[_-]?secret|password|passwd|pwd|sig|signature)=)[^&#\s'\"]*"
)
_USERINFO_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@'\"]*:)[^@\s/'\"]+(@)")


def redact_text(text: str) -> str:
    """``text`` with URL passwords and secret query parameters masked."""
    text = _USERINFO_PASSWORD.sub(rf"\1{MASK}\2", text)
    return _QUERY_SECRET.sub(rf"\1{MASK}", text)


def redact_url(url: str, *, keep_path: bool = True) -> str:
    """``url`` fit for a log line; ``keep_path=False`` for URLs whose path is the secret
    (a Slack webhook's ``/services/T…/B…/X…``): only the scheme and host are kept."""
    if keep_path:
        return redact_text(url)
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}/{MASK}" if parts.scheme else MASK


def secret_parts(values: Iterable[str | None]) -> tuple[str, ...]:
    """The strings to blank for these secrets: each value, and for a URL its path and
    query too (they show up alone, e.g. in an HTTP library's request line), longest first."""
    found: set[str] = set()
    for value in values:
        if not value:
            continue
        value = value.strip()
        found.add(value)
        if "://" in value:
            parts = urlsplit(value)
            found.update(p for p in (parts.path, parts.query) if p not in ("", "/"))
    return tuple(sorted((s for s in found if len(s) >= MIN_SECRET_CHARS), key=len, reverse=True))


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret value and every secret part of a URL masked."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return redact_text(text)


class RedactingStream(io.TextIOBase):
    """A text stream that scrubs what is written before passing it on (to ``inner``, else
    to whatever ``sys.stderr`` is at the time of the write)."""

    def __init__(self, inner: TextIO | None = None, secrets: Iterable[str] = ()) -> None:
        self._inner = inner
        self.secrets = tuple(secrets)

    @property
    def inner(self) -> TextIO:
        return self._inner or sys.stderr

    def write(self, text: str) -> int:
        self.inner.write(scrub(text, self.secrets))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    def writable(self) -> bool:
        return True

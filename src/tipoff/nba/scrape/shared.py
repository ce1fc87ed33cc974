"""Documents a run has fetched, shared by its scrapers and their retries.

Every scraper of a date needs the date's schedule (to know its games and teams), the
props scraper the odds events, and a retried scraper what its first attempt already got.
Asking the upstream each time cost a run 13 schedule requests; stats.nba.com cuts off
clients that ask too much. So within one run (its correlation id), a document fetched less
than ``share_for_s`` ago is read back from the bucket instead of asked again.

The document stays at its raw key (``raw/<source>/<document>/<date>/<part>.json``); the
run leaves a note beside it, ``runs/<correlation id>/<raw key>``, saying when and from
where it was fetched and the SHA-256 of its bytes, so a copy that another run has since
overwritten (the overnight run of the same date, say) is never taken for this run's. A
person who re-runs a scraper later than ``share_for_s`` gets a fresh fetch; in one process,
scrapers that need the same document at the same moment wait for one fetch.

A fetch that failed on a malformed body (the last one the HTTP stack received) leaves that
body under ``quarantine/<raw key>``, where phase 2 never reads, so the document at fault
can be inspected. Every bucket write of fetched bytes happens here.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

import structlog

from tipoff.bucket import Bucket
from tipoff.errors import CircuitOpen, SourceError
from tipoff.nba.documents import FetchRequest, RawDocument, bucket_key
from tipoff.nba.sources.base import Source
from tipoff.nba.sources.web import redact

log = structlog.get_logger("tipoff.scrape")

SHARE_FOR_S = 600.0
NOTES_PREFIX = "runs"
QUARANTINE_PREFIX = "quarantine/"
_STRIPES = [threading.Lock() for _ in range(64)]


def note_key(correlation_id: str, raw_key: str) -> str:
    return f"{NOTES_PREFIX}/{correlation_id}/{raw_key}"


def quarantine_key(key: str) -> str:
    """Where a malformed upstream body of the document ``key`` is kept: beside the raw
    documents, under a prefix that phase 2 never reads."""
    return f"{QUARANTINE_PREFIX}{key}"


@dataclass
class RunDocuments:
    """Fetches for one run: from the bucket when the run fetched it lately, else upstream."""

    source: Source
    bucket: Bucket
    correlation_id: str | None
    now: Callable[[], float]
    share_for_s: float = SHARE_FOR_S
    asked: int = 0  # documents asked of the source
    reused: int = 0  # documents read back from the run's earlier fetches

    def fetch(self, request: FetchRequest) -> RawDocument:
        """The document, stored at its raw key; SourceError as the source raises it."""
        if self.correlation_id is None:
            return self._fetch(request)
        key = bucket_key(self.source.name, request.document, request.day, request.part)
        with _STRIPES[hash((self.correlation_id, key)) % len(_STRIPES)]:
            shared = self._shared(request, key)
            if shared is not None:
                self.reused += 1
                return shared
            return self._fetch(request)

    def _fetch(self, request: FetchRequest) -> RawDocument:
        self.asked += 1
        raw = self.source.fetch(request)
        self.bucket.put_bytes(raw.key, raw.content)
        if self.correlation_id is not None:
            note = {
                "url": raw.url,
                "status": raw.status,
                "fetched_at": raw.fetched_at,
                "sha256": hashlib.sha256(raw.content).hexdigest(),
            }
            self.bucket.put_bytes(
                note_key(self.correlation_id, raw.key), json.dumps(note).encode("utf-8")
            )
        return raw

    def quarantine(
        self, request: FetchRequest, exc: SourceError | CircuitOpen
    ) -> RawDocument | None:
        """Keep the body of a fetch that failed because it was malformed, at the quarantine
        key of its document; None when the failure left no body."""
        content = getattr(exc, "content", None)
        if not isinstance(content, bytes):
            return None
        raw = RawDocument(
            source=self.source.name,
            request=request,
            url=redact(str(getattr(exc, "url", ""))),
            content=content,
            fetched_at=self.now(),
            http_attempts=int(getattr(exc, "attempts", 0) or 0),
            status=int(getattr(exc, "status", 0) or 0),
        )
        kept = quarantine_key(raw.key)
        self.bucket.put_bytes(kept, content)
        log.warning(
            "malformed_document_kept",
            document=request.document.value,
            part=request.part,
            data_date=str(request.day),
            key=kept,
            bytes=len(content),
        )
        return raw

    def _shared(self, request: FetchRequest, key: str) -> RawDocument | None:
        assert self.correlation_id is not None
        try:
            note = json.loads(self.bucket.get_bytes(note_key(self.correlation_id, key)))
            if self.now() - float(note["fetched_at"]) > self.share_for_s:
                return None
            content = self.bucket.get_bytes(key)
        except (FileNotFoundError, KeyError, TypeError, ValueError):
            return None  # never fetched by this run, or a note that cannot be read
        if hashlib.sha256(content).hexdigest() != note.get("sha256"):
            return None  # overwritten since by another run
        return RawDocument(
            source=self.source.name,
            request=request,
            url=str(note.get("url", "")),
            content=content,
            fetched_at=float(note["fetched_at"]),
            http_attempts=0,
            status=int(note.get("status", 200)),
        )

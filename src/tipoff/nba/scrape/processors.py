"""The scraper processors of phase 1: resolve, fetch, store the raw bytes, log every fetch.

One function serves every scraper; the pipeline declares each one with the document it
fetches and its decision type (``params: {document: boxscore, decision: ...}``). The run
says which source to use (``params.source``: live, sim or replay) and, optionally, the
instant it stands for (``params.as_of``; by default the morning of the date for same-day
runs, the next morning for overnight runs).

Every fetch goes through the run's shared documents (``shared.RunDocuments``): what the
run fetched in the last minutes (the schedule another scraper needed, a roster the first
attempt got) is read back from the bucket rather than asked again.

A fetch that fails after the HTTP stack's retries fails the job (the engine retries it and
finally dead-letters it, visibly); what was fetched is kept and logged either way, and a
re-run overwrites the same bucket keys. A body that failed because it was malformed (the
last one the HTTP stack received) is kept too, under ``quarantine/raw/...`` with a
``raw_documents`` row marked quarantined and the reason, so the document at fault can be
inspected; phase 2 never reads that prefix. The exceptions, logged as skipped while the job
goes on: the box score of an *overdue* game (a date that is over, a schedule that does
not say final), because the game may still be on (the analytics pre-flight check still
refuses the date until the game is accounted for); one event's odds that the odds API
no longer has (404: the event expired or was taken down), since the other events' lines
do not depend on it; and the injury report of a source that has never delivered one
(its address, its layout or its publication times may be wrong for this deployment):
until one has been loaded, a missing report is a warning naming why, not a dead letter
and a critical alert every morning. The report is optional; the features then say
injuries are unknown.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine.manual import REPAIR_SOURCE
from tipoff.engine.registry import Blueprint, JobContext, Result
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen, ProcessorError, SourceError
from tipoff.nba.documents import SCRAPERS, Document, FetchRequest, RawDocument, source_of
from tipoff.nba.raw.writer import DocumentStatus
from tipoff.nba.raw_tables import raw_documents, scraper_execution_log
from tipoff.nba.scrape.context import DateContext, as_of_param
from tipoff.nba.scrape.decisions import Decision, check_date
from tipoff.nba.scrape.resolvers import optional_parts, resolve
from tipoff.nba.scrape.shared import RunDocuments, quarantine_key

log = structlog.get_logger("tipoff.scrape")

scrape_blueprint = Blueprint("nba-scrape")

_MAX_ERRORS_SHOWN = 3


class ScrapeFailed(SourceError):
    """Some of a scraper's fetches failed after their retries."""


class ScrapeRefused(ScrapeFailed, CircuitOpen):
    """Every failed fetch was refused by an open circuit breaker: the host is known to be
    down, so the job waits for the breaker's trial call instead of spending an attempt."""


@dataclass(frozen=True)
class Fetch:
    request: FetchRequest
    started_at: float
    finished_at: float
    raw: RawDocument | None = None
    error: str | None = None
    attempts: int = 0
    optional: bool = False  # a failure is logged as skipped and does not fail the job
    refused_until: float | None = None  # an open circuit breaker refused it until then
    quarantined: RawDocument | None = None  # a malformed body, kept under quarantine/

    @property
    def status(self) -> str:
        if self.raw is not None:
            return "success"
        return "skipped" if self.optional else "failed"


def scrape(ctx: JobContext) -> Result:
    day = ctx.require_date()
    if ctx.mode is None:
        raise ProcessorError(
            f"{ctx.processor}: job {ctx.job_id} has no mode, and a scraper works in one"
        )
    document = Document(ctx.params["document"])
    decision = Decision(ctx.params.get("decision", Decision.ALWAYS.value))
    source_name = source_of(ctx.params, processor=ctx.processor)
    source = ctx.resources["sources"].get(source_name)
    bucket = ctx.resources["bucket"]
    as_of = as_of_param(dict(ctx.params), day, ctx.mode)
    check_date(decision, day, as_of, who=ctx.processor)
    started_at = datetime.fromtimestamp(ctx.clock.now(), tz=UTC)
    # a repair re-run fetches afresh: what the run fetched earlier is what was rejected
    fresh = ctx.trigger_source == REPAIR_SOURCE
    documents = RunDocuments(source, bucket, None if fresh else ctx.correlation_id, ctx.clock.now)
    dctx = DateContext(source, day, ctx.mode, as_of, now=started_at, fetcher=documents.fetch)

    base = {
        "scraper": ctx.processor,
        "source": source_name,
        "data_date": day,
        "job_id": ctx.job_id,
    }
    if decision is not Decision.ALWAYS and not dctx.has_games:
        now = ctx.clock.now()
        skipped = [
            {
                **base,
                "part": "all",
                "status": "skipped",
                "http_attempts": dctx.fetched.get("schedule", 0),
                "bytes": 0,
                "bucket_key": None,
                "error": f"no games on {day} ({decision.value})",
                "started_at": now,
                "finished_at": now,
            }
        ]
        log.info("scrape_skipped", scraper=ctx.processor, data_date=str(day))

        def write_skip(conn: sa.Connection) -> int:
            _write_log(conn, skipped)
            return 0

        return Result(records=0, write=write_skip, detail={"skipped": True})

    fetches: list[Fetch] = []
    optional = optional_parts(document, dctx)
    lenient = _lenient(ctx.store, document, source_name)
    for request in resolve(document, dctx):
        started = ctx.clock.now()
        try:
            raw = documents.fetch(request)
            fetches.append(
                Fetch(request, started, ctx.clock.now(), raw=raw, attempts=raw.http_attempts)
            )
        except (SourceError, CircuitOpen) as exc:
            attempts = int(getattr(exc, "attempts", 0) or 0)
            fetches.append(
                Fetch(
                    request,
                    started,
                    ctx.clock.now(),
                    error=str(exc),
                    attempts=attempts,
                    optional=request.part in optional or lenient(exc),
                    refused_until=exc.retry_at if isinstance(exc, CircuitOpen) else None,
                    quarantined=documents.quarantine(request, exc),
                )
            )
    failed = [f for f in fetches if f.status == "failed"]
    excused = [f for f in fetches if f.status == "skipped" and f.request.part not in optional]
    for f in excused:
        log.warning(
            "document_unavailable",
            scraper=ctx.processor,
            data_date=str(day),
            part=f.request.part,
            reason=f.error,
        )
    if failed:
        # Keep the record of what was fetched and what failed even though the job fails.
        with ctx.store.transaction() as conn:
            _write(ctx.store, conn, base, fetches)
        shown = "; ".join(f"{f.request.part}: {f.error}" for f in failed[:_MAX_ERRORS_SHOWN])
        more = f" (+{len(failed) - _MAX_ERRORS_SHOWN} more)" if len(failed) > 3 else ""
        message = (
            f"{ctx.processor} {day} ({source_name}): {len(failed)} of "
            f"{len(fetches)} fetches failed: {shown}{more}"
        )
        refused = [f.refused_until for f in failed]
        if all(r is not None for r in refused):
            raise ScrapeRefused(message, retry_at=max(r for r in refused if r is not None))
        raise ScrapeFailed(message)
    detail: dict[str, Any] = {
        "documents": sum(f.raw is not None for f in fetches),
        # documents asked of the source, and those this run had fetched already
        "requests": documents.asked,
        "reused": documents.reused,
    }
    if excused:
        detail["unavailable"] = {f.request.part: f.error for f in excused}
    if optional:
        detail["overdue"] = sorted(optional)
        unavailable = [f.request.part for f in fetches if f.status == "skipped"]
        if unavailable:
            detail["overdue_unavailable"] = unavailable
            log.warning(
                "overdue_games_unavailable",
                scraper=ctx.processor,
                data_date=str(day),
                games=unavailable,
            )
    return Result(
        records=detail["documents"],
        write=lambda conn: _write(ctx.store, conn, base, fetches),
        detail=detail,
    )


def _lenient(
    store: Store, document: Document, source: str
) -> Callable[[SourceError | CircuitOpen], bool]:
    """Which failed fetches of this scraper are skipped rather than failing it."""
    if document is Document.PLAYER_PROPS:
        return lambda exc: getattr(exc, "status", None) == 404
    if document is Document.INJURY_REPORT and not _ever_loaded(store, document, source):
        return lambda exc: True
    return lambda exc: False


def _ever_loaded(store: Store, document: Document, source: str) -> bool:
    """Has a document of this kind from this source ever been processed?"""
    d = raw_documents.c
    stmt = (
        sa.select(d.key)
        .where(d.document == document.value, d.source == source, d.status == "processed")
        .limit(1)
    )
    with store.read() as conn:
        return conn.execute(stmt).first() is not None


def _write(
    store: Store, conn: sa.Connection, base: dict[str, Any], fetches: Sequence[Fetch]
) -> int:
    stored = [f.raw for f in fetches if f.raw is not None]
    for raw in stored:
        _record_document(store, conn, raw)
    for f in fetches:
        if f.quarantined is not None:
            _record_document(store, conn, f.quarantined, quarantined=f.error)
    _write_log(
        conn,
        [
            {
                **base,
                "part": f.request.part,
                "status": f.status,
                "http_attempts": f.attempts,
                "bytes": len(kept.content) if (kept := _kept(f)) is not None else 0,
                "bucket_key": _key_of(f),
                "error": f.error,
                "started_at": f.started_at,
                "finished_at": f.finished_at,
            }
            for f in fetches
        ],
    )
    return len(stored)


def _kept(f: Fetch) -> RawDocument | None:
    return f.raw or f.quarantined


def _key_of(f: Fetch) -> str | None:
    if f.raw is not None:
        return f.raw.key
    return quarantine_key(f.quarantined.key) if f.quarantined is not None else None


def _record_document(
    store: Store, conn: sa.Connection, raw: RawDocument, *, quarantined: str | None = None
) -> None:
    """Upsert the audit row; a changed document goes back to ``stored`` for phase 2. A
    malformed body (``quarantined``: why) is recorded under its quarantine key, as
    quarantined, so phase 2 never takes it for a document."""
    values = {
        "key": raw.key,
        "source": raw.source,
        "document": raw.request.document.value,
        "data_date": raw.request.day,
        "part": raw.request.part,
        "sha256": hashlib.sha256(raw.content).hexdigest(),
        "bytes": len(raw.content),
        "fetched_at": raw.fetched_at,
        "status": DocumentStatus.STORED.value,
        "attempts": 0,
    }
    stmt = store.upsert_insert(raw_documents)
    set_: dict[str, Any] = {k: stmt.excluded[k] for k in ("sha256", "bytes", "fetched_at")}
    if quarantined is None:
        # the same bytes again keep what phase 2 made of them
        unchanged = raw_documents.c.sha256 == stmt.excluded.sha256
        set_["status"] = sa.case(
            (unchanged, raw_documents.c.status), else_=DocumentStatus.STORED.value
        )
        set_["error"] = sa.case((unchanged, raw_documents.c.error), else_=None)
    else:
        values.update(
            key=quarantine_key(raw.key),
            status=DocumentStatus.QUARANTINED.value,
            attempts=raw.http_attempts,
            error=quarantined,
        )
        set_.update({k: stmt.excluded[k] for k in ("status", "attempts", "error")})
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_=set_), values)


def _write_log(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(sa.insert(scraper_execution_log), rows)


for _document, _name in SCRAPERS.items():
    scrape_blueprint.add(_name, scrape)

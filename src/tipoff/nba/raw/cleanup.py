"""Re-enqueue raw processors for bucket documents that no raw processor has processed.

A document can be left behind when the message that should have started its processing
was lost, or its job was dead-lettered before a re-scrape fixed the file. The cleanup
finds such documents through ``raw_documents`` (status ``stored``) and through the bucket
itself (files with no audit row at all), and enqueues the raw processor of their kind
and date. The enqueue commits with the cleanup job's own completion; if it fails, the
cleanup job fails and the engine retries it, so a document is never orphaned because
one publish went wrong.

Documents of a scrape that has not finished are not orphans: a scraper that failed part
way keeps what it fetched, and its run's loader reads the whole set once the scraper
succeeds (a re-run, a retry). Loading the fragments before would fail on the incomplete
set and leave one dead letter per cleanup tick until the upstream came back.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from tipoff.engine.queue import JobSpec, enqueue
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import jobs
from tipoff.engine.states import PENDING, JobStatus
from tipoff.errors import ProcessorError
from tipoff.nba import raw_tables as tables
from tipoff.nba.documents import SCRAPERS, Document
from tipoff.nba.raw.run import PROCESSOR_OF, bucket_of, log
from tipoff.nba.raw.writer import DocumentStatus, parse_document_key

# A lookback of one hour would leave older files orphaned for good.
DEFAULT_MIN_AGE_MINUTES = 30.0
DEFAULT_LOOKBACK_HOURS = 6.0
DEFAULT_REENQUEUE_ATTEMPTS = 3
DEFAULT_REENQUEUE_TIMEOUT_S = 300.0
RAW_PHASE = 2
_KEYS_PER_QUERY = 500

_DOCUMENT_NAMES = frozenset(d.value for d in Document)


def _param_float(ctx: JobContext, name: str, default: float) -> float:
    value = ctx.params.get(name, default)
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ProcessorError(
            f"{ctx.processor}: params.{name}: expected a number, got {value!r}"
        ) from None


def cleanup_unprocessed(ctx: JobContext) -> Result:
    """Re-enqueue the raw processor of documents that no raw processor has processed.

    A document counts when it is older than ``min_age_minutes`` (default 30) and younger
    than ``lookback_hours`` (default 6) and either has a ``stored`` row in raw_documents or
    is in the bucket with no row at all (``scan_bucket``, default true), and no raw job
    for its date is already waiting. ``source`` narrows the search to one source. One job
    per (document kind, date, source), keyed ``cleanup/<document>/<date>/<source>/<epoch
    minute>`` so two cleanups in the same minute enqueue it once; the enqueue commits with
    the cleanup's completion, and a failure to enqueue fails the cleanup job, which the
    engine retries.
    """
    now = ctx.clock.now()
    newest = now - _param_float(ctx, "min_age_minutes", DEFAULT_MIN_AGE_MINUTES) * 60.0
    oldest = now - _param_float(ctx, "lookback_hours", DEFAULT_LOOKBACK_HOURS) * 3600.0
    source = ctx.params.get("source")
    unprocessed = _stored(ctx, oldest, newest)
    if ctx.params.get("scan_bucket", True):
        unprocessed += _orphans(ctx, source, oldest, newest)

    found: dict[tuple[Document, date, str], list[str]] = {}
    for key, document, day, src in unprocessed:
        if document in _DOCUMENT_NAMES and (source is None or src == source):
            found.setdefault((Document(document), day, src), []).append(key)
    # A raw job already waiting for the same date will read these documents: leave it be.
    pending = _pending_raw_jobs(ctx, {day for _, day, _ in found})
    for group in [g for g in found if (PROCESSOR_OF[g[0]], g[1], g[2]) in pending]:
        del found[group]
    # Fragments of a scrape still failing or running: its run loads them when it succeeds.
    unfinished = _unfinished_scrapes(ctx, {day for _, day, _ in found})
    for group in [g for g in found if _scrape_of(g) in unfinished or _any_source(g) in unfinished]:
        log.info("raw_documents_wait_for_scrape", document=group[0].value, day=str(group[1]))
        del found[group]

    minute = int(now // 60)
    attempts = int(_param_float(ctx, "max_attempts", DEFAULT_REENQUEUE_ATTEMPTS))
    timeout_s = _param_float(ctx, "timeout_s", DEFAULT_REENQUEUE_TIMEOUT_S)
    specs = []
    for (document, day, src), keys in sorted(found.items()):
        log.warning(
            "raw_documents_unprocessed",
            document=document.value,
            day=str(day),
            source=src,
            documents=len(keys),
            first=keys[0],
        )
        specs.append(
            JobSpec(
                key=f"cleanup/{document.value}/{day.isoformat()}/{src}/{minute}",
                pipeline=ctx.pipeline,
                processor=PROCESSOR_OF[document],
                max_attempts=attempts,
                timeout_s=timeout_s,
                trigger_source="cleanup",
                phase=RAW_PHASE,
                mode=ctx.mode,
                data_date=day,
                params={"source": src},
                correlation_id=ctx.correlation_id,
            )
        )
    store = ctx.store

    def write(conn: sa.Connection) -> int:
        enqueue(store, conn, specs, now=now)
        return len(specs)

    # temporary files of bucket writers killed mid-write (see tipoff.bucket)
    stale = bucket_of(ctx).remove_stale_temp_files()
    if stale:
        log.warning("bucket_stale_temp_files_removed", count=len(stale), first=stale[0])
    detail = {
        "reenqueued": [s.key for s in specs],
        "documents": sum(map(len, found.values())),
        "stale_temp_files": len(stale),
    }
    return Result(records=len(specs), write=write if specs else None, detail=detail)


Unprocessed = tuple[str, str, date, str]  # key, document, date, source


def _stored(ctx: JobContext, oldest: float, newest: float) -> list[Unprocessed]:
    """Documents raw_documents knows as fetched and not processed, within the window."""
    docs = tables.raw_documents.c
    with ctx.store.read() as conn:
        rows = conn.execute(
            sa.select(docs.key, docs.document, docs.data_date, docs.source).where(
                docs.status == DocumentStatus.STORED.value,
                docs.fetched_at >= oldest,
                docs.fetched_at <= newest,
            )
        ).all()
    return [(key, document, day, src) for key, document, day, src in rows]


def _orphans(
    ctx: JobContext, source: str | None, oldest: float, newest: float
) -> list[Unprocessed]:
    """Bucket documents written within the window that raw_documents has no row for."""
    candidates = {}
    for info in bucket_of(ctx).list_info(f"raw/{source}" if source else "raw"):
        parts = parse_document_key(info.key)
        if parts and info.mtime is not None and oldest <= info.mtime <= newest:
            candidates[info.key] = parts
    keys = sorted(candidates)
    known: set[str] = set()
    docs = tables.raw_documents.c
    with ctx.store.read() as conn:
        for i in range(0, len(keys), _KEYS_PER_QUERY):
            chunk = keys[i : i + _KEYS_PER_QUERY]
            known.update(conn.execute(sa.select(docs.key).where(docs.key.in_(chunk))).scalars())
    out = []
    for key in keys:
        if key not in known:
            src, document, day, _ = candidates[key]
            out.append((key, document, day, src))
    return out


def _scrape_of(group: tuple[Document, date, str]) -> tuple[str, date, str]:
    document, day, src = group
    return SCRAPERS[document], day, src


def _any_source(group: tuple[Document, date, str]) -> tuple[str, date, str]:
    document, day, _ = group
    return SCRAPERS[document], day, ""


def _unfinished_scrapes(ctx: JobContext, days: set[date]) -> set[tuple[str, date, str]]:
    """(scraper, date, source) whose latest job for the date has not succeeded: it is
    queued, running, retrying or dead (source "" when the job names none)."""
    if not days:
        return set()
    j = jobs.c
    latest: dict[tuple[str, date, str], str] = {}
    with ctx.store.read() as conn:
        rows = conn.execute(
            sa.select(j.processor, j.data_date, j.params, j.status)
            .where(j.data_date.in_(sorted(days)), j.processor.in_(list(SCRAPERS.values())))
            .order_by(j.id)
        ).all()
    for processor, day, params, status in rows:
        latest[(processor, day, str((params or {}).get("source") or ""))] = status
    return {k for k, status in latest.items() if status != JobStatus.SUCCEEDED.value}


def _pending_raw_jobs(ctx: JobContext, days: set[date]) -> set[tuple[str, date, str]]:
    """(processor, date, source) of raw jobs queued, retrying or running for ``days``."""
    if not days:
        return set()
    j = jobs.c
    with ctx.store.read() as conn:
        found = conn.execute(
            sa.select(j.processor, j.data_date, j.params).where(
                j.status.in_(PENDING),
                j.data_date.in_(sorted(days)),
                j.processor.in_(list(PROCESSOR_OF.values())),
            )
        ).all()
    return {(p, d, str((params or {}).get("source") or "")) for p, d, params in found}

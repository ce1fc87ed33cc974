"""One raw processor job: its date's documents, the lookups they need, and the common flow.

Every raw processor does the same thing around its own parser and validator: read the
date's documents of its kind from the bucket, parse and validate ALL of them, quarantine
the ones that fail (in a transaction of their own, so the record outlives the failed
job) and raise; or return one write of every row plus the ``processed`` marks.

Documents that stand alone (one per odds event) are *isolated*: a bad one is quarantined
by itself and the others load; the job fails only when none could be read.

Processors that need other documents of the date (rosters to name players, the schedule
to find game ids) read them from the bucket first, because the processors of one phase
run concurrently, and fall back to the raw tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.bucket import Bucket
from tipoff.engine.registry import JobContext, Result
from tipoff.errors import PayloadError, ProcessorError
from tipoff.nba import raw_tables as tables
from tipoff.nba.documents import Document, source_of
from tipoff.nba.game_status import FINAL
from tipoff.nba.names import NameIndex, PlayerLookup, static_player_indexes
from tipoff.nba.parsers import (
    Problems,
    RawRow,
    ScheduleRow,
    parse_roster,
    parse_schedule,
    payload_error,
)
from tipoff.nba.raw.writer import (
    DocumentStatus,
    StoredDocument,
    mark_documents,
    parse_document_key,
    write_rows,
)

log = structlog.get_logger("tipoff.nba.raw")

PROCESSOR_OF: Mapping[Document, str] = {d: f"raw_{d.value}" for d in Document}
TABLES_OF: Mapping[Document, tuple[sa.Table, ...]] = {
    Document.SCHEDULE: (tables.raw_schedule,),
    Document.ROSTER: (tables.raw_rosters,),
    Document.INJURY_REPORT: (tables.raw_injury_report,),
    Document.BOXSCORE: (tables.raw_player_boxscores, tables.raw_team_boxscores),
    Document.ODDS_EVENTS: (tables.raw_odds_events,),
    Document.PLAYER_PROPS: (tables.raw_player_props, tables.raw_game_lines),
}
# A date's processing without any of these documents is a failure, not "0 rows".
REQUIRED_DOCUMENTS = frozenset({Document.SCHEDULE})
ROSTER_STALE_DAYS = 7
MAX_WARNINGS_KEPT = 50

Check = Callable[[StoredDocument, Problems], list[RawRow]]


@dataclass(frozen=True)
class Game:
    """A scheduled game, as the other processors of the date need it."""

    game_id: str
    home_team_id: int
    away_team_id: int
    home_tricode: str | None
    away_tricode: str | None
    status: int

    @classmethod
    def of(cls, row: ScheduleRow) -> Game:
        return cls(
            row.game_id,
            row.home_team_id,
            row.away_team_id,
            row.home_tricode,
            row.away_tricode,
            row.status,
        )


def bucket_of(ctx: JobContext) -> Bucket:
    bucket = ctx.resources.get("bucket")
    if isinstance(bucket, Bucket):
        return bucket
    if isinstance(bucket, str) and bucket:
        return Bucket(bucket)
    raise ProcessorError(f"{ctx.processor}: no bucket in the worker's resources")


class RawRun:
    """One raw processor job: its date, source, documents and the lookups they need."""

    def __init__(self, ctx: JobContext, document: Document) -> None:
        self.day: date = ctx.require_date()
        self.ctx = ctx
        self.document = document
        self.source = source_of(ctx.params, processor=ctx.processor)
        self.bucket = bucket_of(ctx)
        self.warnings: list[str] = []
        self.counts: Counter[str] = Counter()  # what the parsers resolved or left out

    def prefix(self, document: Document | None = None) -> str:
        doc = document or self.document
        return f"raw/{self.source}/{doc.value}/{self.day.isoformat()}/"

    def documents(self, document: Document | None = None) -> list[StoredDocument]:
        """The date's documents of a kind, read from the bucket."""
        out = []
        for info in self.bucket.list_info(self.prefix(document)):
            parts = parse_document_key(info.key)
            if parts is None:
                continue  # not a document (a stray file); cleanup ignores it as well
            source, kind, day, part = parts
            content = self.bucket.get_bytes(info.key)
            out.append(StoredDocument(info.key, source, kind, day, part, content, info.mtime))
        return out

    # -- lookups from the other documents of the date -----------------------------------

    def _bucket_schedule(self) -> list[ScheduleRow] | None:
        docs = self.documents(Document.SCHEDULE)
        if not docs:
            return None
        rows: list[ScheduleRow] = []
        for doc in docs:
            found = Problems(doc.key)
            try:
                rows.extend(parse_schedule(doc.content, source_key=doc.key, problems=found))
            except PayloadError as exc:
                self.warnings.append(f"schedule unreadable: {exc}")
        return rows

    @cached_property
    def games(self) -> list[Game] | None:
        """The date's games: from the bucket's schedule, else raw_schedule; None if neither."""
        rows = self._bucket_schedule()
        if rows is not None:
            return [Game.of(r) for r in rows if r.game_date == self.day]
        s = tables.raw_schedule.c
        with self.ctx.store.read() as conn:
            found = conn.execute(
                sa.select(
                    s.game_id,
                    s.home_team_id,
                    s.away_team_id,
                    s.home_tricode,
                    s.away_tricode,
                    s.status,
                ).where(s.game_date == self.day)
            ).all()
        return [Game(*r) for r in found] if found else None

    def final_games(self) -> set[str] | None:
        """Final games of the date by the schedule (bucket and table), None if not loaded."""
        s = tables.raw_schedule.c
        with self.ctx.store.read() as conn:
            loaded = conn.execute(
                sa.select(s.game_id, s.status).where(s.game_date == self.day)
            ).all()
        known = self.games
        if not loaded and known is None:
            return None
        finals = {g for g, status in loaded if status == FINAL}
        return finals | {g.game_id for g in known or () if g.status == FINAL}

    def seen_players(self) -> NameIndex:
        """Players of the box scores loaded before the date, by the name they played under."""
        b = tables.raw_player_boxscores.c
        stmt = (
            sa.select(b.player_id, b.player_name)
            .where(b.game_date < self.day)
            .group_by(b.player_id, b.player_name)
        )
        with self.ctx.store.read() as conn:
            return NameIndex((int(pid), str(name)) for pid, name in conn.execute(stmt))

    @cached_property
    def players(self) -> PlayerLookup:
        """Who a name is on the date: the bucket's roster documents, then raw_rosters'
        latest; failing those, players seen in box scores, then nba_api's static table."""
        active, everyone = static_player_indexes()
        lookup = PlayerLookup(fallbacks=(self.seen_players(), active, everyone))
        teams: set[int] = set()
        for doc in self.documents(Document.ROSTER):
            try:
                rows = parse_roster(
                    doc.content, source_key=doc.key, roster_date=doc.day, problems=Problems(doc.key)
                )
            except PayloadError as exc:
                self.warnings.append(f"roster unreadable: {exc}")
                continue
            for row in rows:
                lookup.add(row.team_id, row.player_id, row.player_name)
                teams.add(row.team_id)
        r = tables.raw_rosters.c
        latest = (
            sa.select(r.team_id, sa.func.max(r.roster_date).label("taken"))
            .where(r.roster_date <= self.day)
            .group_by(r.team_id)
            .subquery()
        )
        stmt = sa.select(r.team_id, r.player_id, r.player_name, r.roster_date).join(
            latest, sa.and_(r.team_id == latest.c.team_id, r.roster_date == latest.c.taken)
        )
        stale: set[tuple[int, date]] = set()
        with self.ctx.store.read() as conn:
            for team_id, player_id, name, taken in conn.execute(stmt):
                if team_id in teams:
                    continue
                lookup.add(team_id, player_id, name)
                if (self.day - taken).days > ROSTER_STALE_DAYS:
                    stale.add((team_id, taken))
        for team_id, taken in sorted(stale):
            self.warnings.append(
                f"roster of team {team_id} is from {taken}, "
                f"more than {ROSTER_STALE_DAYS} days before {self.day}"
            )
        return lookup

    # -- the common flow ----------------------------------------------------------------

    def process(
        self,
        check: Check,
        *,
        after: Callable[[list[RawRow]], None] | None = None,
        isolate: bool = False,
    ) -> Result:
        """Parse and validate every document, then return the write of all their rows.

        ``isolate``: a failed document is quarantined alone and the others are written
        (the job fails only if every document failed).
        """
        ctx = self.ctx
        docs = self.documents()
        if not docs and self.document in REQUIRED_DOCUMENTS:
            raise PayloadError(
                f"{self.prefix()}: no {self.document.value} document for "
                f"{self.day} from source {self.source!r}"
            )
        failed: dict[str, list[str]] = {}
        rows: list[RawRow] = []
        for doc in docs:
            problems = Problems(doc.key)
            try:
                found = check(doc, problems)
            except PayloadError as exc:  # unreadable as a whole (malformed JSON)
                problems.items.append(str(exc))
                found = []
            if problems:
                failed[doc.key] = problems.items
            else:
                rows.extend(found)
        if failed and isolate and len(failed) < len(docs):
            self.quarantine([d for d in docs if d.key in failed], failed)
            self.warnings.append(
                f"{self.document.value} of {self.day}: {len(failed)} of {len(docs)} documents "
                f"quarantined alone ({', '.join(sorted(failed))}); the others are loaded"
            )
            self.counts["documents_quarantined"] += len(failed)
            docs = [d for d in docs if d.key not in failed]
        elif failed:
            self.quarantine([d for d in docs if d.key in failed], failed)
            summary = (
                f"{self.document.value} of {self.day} from {self.source!r}: {len(failed)} of "
                f"{len(docs)} documents failed validation and are quarantined; nothing written"
            )
            raise payload_error([summary, *(p for ps in failed.values() for p in ps)])
        if after is not None:
            after(rows)
        for warning in self.warnings:
            log.warning("raw_document_warning", processor=ctx.processor, warning=warning)
        now = ctx.clock.now()
        store = ctx.store
        keys = [d.key for d in docs]

        def write(conn: sa.Connection) -> int:
            written = write_rows(
                store, conn, rows, document_keys=keys, now=now, tables=TABLES_OF[self.document]
            )
            mark_documents(store, conn, docs, status=DocumentStatus.PROCESSED, now=now)
            return written

        detail: dict[str, Any] = {"documents": len(docs), "source": self.source}
        if self.counts:
            detail["counts"] = dict(self.counts)
        if self.warnings:
            detail["warnings"] = self.warnings[:MAX_WARNINGS_KEPT]
            detail["warning_count"] = len(self.warnings)
        return Result(records=len(rows), write=write, detail=detail)

    def quarantine(self, docs: Sequence[StoredDocument], errors: Mapping[str, list[str]]) -> None:
        """Mark ``docs`` quarantined now, in a transaction that outlives the job's failure."""
        now = self.ctx.clock.now()
        messages = {key: "\n".join(items) for key, items in errors.items()}
        with self.ctx.store.transaction() as conn:
            mark_documents(
                self.ctx.store,
                conn,
                docs,
                status=DocumentStatus.QUARANTINED,
                now=now,
                errors=messages,
            )
        for doc in docs:
            log.error("raw_document_quarantined", key=doc.key, error=messages[doc.key])

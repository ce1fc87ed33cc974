"""Does a source work today? One document of each kind, fetched and parsed.

``tipoff sources check`` asks a source (through the same client stack a run uses:
addresses, headers, retries, pacing, proxies) for one document of each kind for a date,
in the order a run needs them (the schedule names a team, a final game; the odds events
name an event), and reports per kind the address asked (secrets redacted), the HTTP
status, the bytes, whether it parsed and how many rows it gave. A person with network
access can tell in a minute whether the live source works, without starting a run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from tipoff.errors import CircuitOpen, ConfigError, FetchError, TipoffError
from tipoff.nba.documents import Document, FetchRequest, RawDocument
from tipoff.nba.game_status import FINAL
from tipoff.nba.names import PlayerLookup, static_player_indexes
from tipoff.nba.parsers import (
    parse_boxscore,
    parse_injury_report,
    parse_odds_events,
    parse_player_props,
    parse_roster,
    parse_schedule,
)
from tipoff.nba.sources.base import Source
from tipoff.nba.sources.web import redact

ORDER = (
    Document.SCHEDULE,
    Document.ROSTER,
    Document.BOXSCORE,
    Document.INJURY_REPORT,
    Document.ODDS_EVENTS,
    Document.PLAYER_PROPS,
)


@dataclass(frozen=True)
class KindCheck:
    """What fetching and parsing one document of a kind gave."""

    document: str
    part: str
    outcome: str  # ok | failed | skipped
    url: str | None = None
    status: int | None = None
    bytes: int | None = None
    rows: int | None = None
    detail: str = ""  # the error, or why the kind was skipped
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.outcome != "failed"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _parse(raw: RawDocument, day: date) -> list[Any]:
    doc, key = raw.request.document, raw.key
    if doc is Document.SCHEDULE:
        return list(parse_schedule(raw.content, source_key=key))
    if doc is Document.ROSTER:
        return list(parse_roster(raw.content, source_key=key, roster_date=day))
    if doc is Document.BOXSCORE:
        return list(parse_boxscore(raw.content, source_key=key, game_date=day))
    if doc is Document.INJURY_REPORT:
        active, everyone = static_player_indexes()
        players = PlayerLookup(fallbacks=(active, everyone))
        return list(
            parse_injury_report(raw.content, source_key=key, report_date=day, players=players)
        )
    if doc is Document.ODDS_EVENTS:
        return list(parse_odds_events(raw.content, source_key=key, game_date=day))
    return list(parse_player_props(raw.content, source_key=key, game_date=day))


def check_source(
    source: Source,
    day: date,
    *,
    as_of: Any = None,
    monotonic: Callable[[], float] = time.monotonic,
) -> list[KindCheck]:
    """One document of each kind of ``day``; a failure of one kind never stops the others
    (a kind that needs an id from a failed one is skipped, saying so)."""
    found: dict[Document, list[Any]] = {}
    out: list[KindCheck] = []
    for document in ORDER:
        part, why_not = _part_for(document, found)
        if part is None:
            out.append(KindCheck(document.value, "-", "skipped", detail=why_not))
            continue
        request = FetchRequest(document, day, part, as_of=as_of)
        started = monotonic()
        try:
            raw = source.fetch(request)
        except (FetchError, CircuitOpen, ConfigError, TipoffError) as exc:
            out.append(
                KindCheck(
                    document.value,
                    part,
                    "failed",
                    url=_address(source, request, exc),
                    status=getattr(exc, "status", None),
                    detail=redact(str(exc)),
                    seconds=monotonic() - started,
                )
            )
            continue
        try:
            rows: list[Any] | None = _parse(raw, day)
            detail = ""
        except TipoffError as exc:
            rows, detail = None, f"does not parse: {exc}"
        out.append(
            KindCheck(
                document.value,
                part,
                "ok" if rows is not None else "failed",
                url=redact(raw.url),
                status=raw.status,
                bytes=len(raw.content),
                rows=None if rows is None else len(rows),
                detail=detail,
                seconds=monotonic() - started,
            )
        )
        if rows is not None:
            found[document] = rows
    return out


def _address(source: Source, request: FetchRequest, exc: Exception) -> str | None:
    """The address a failed fetch asked, with its query, secrets redacted."""
    endpoint = getattr(source, "endpoint", None)
    if endpoint is not None:
        try:
            return redact(endpoint(request).full_url())
        except TipoffError:
            pass  # e.g. no odds API key: the error says so
    return redact(getattr(exc, "url", "") or "") or None


def _part_for(document: Document, found: dict[Document, list[Any]]) -> tuple[str | None, str]:
    """The part to ask for (a team, a final game, an event), or None and why not."""
    if document in (Document.SCHEDULE, Document.INJURY_REPORT, Document.ODDS_EVENTS):
        return "all", ""
    if document is Document.PLAYER_PROPS:
        events = found.get(Document.ODDS_EVENTS)
        if events is None:
            return None, "needs an event id from the odds events, which failed"
        if not events:
            return None, "no odds event on the date"
        return str(events[0].event_id), ""
    games = found.get(Document.SCHEDULE)
    if games is None:
        return None, "needs the schedule, which failed"
    if not games:
        return None, "no game on the date"
    if document is Document.ROSTER:
        return str(games[0].home_team_id), ""
    final = [g for g in games if g.status == FINAL]
    if not final:
        return None, "no final game on the date yet"
    return str(final[0].game_id), ""


def render(source: str, day: date, checks: list[KindCheck]) -> str:
    """The checks as lines a person reads: kind, outcome, status, bytes, rows, address."""
    lines = [f"Source {source} for {day.isoformat()}:"]
    for c in checks:
        status = "-" if c.status is None else str(c.status)
        size = "-" if c.bytes is None else f"{c.bytes:,} B"
        rows = "" if c.rows is None else f"{c.rows} rows"
        head = f"  {c.document:<14} {c.outcome.upper():<7} {status:>4} {size:>12} {rows:>10}"
        if c.url:
            head += f"  GET {c.url}"
        lines.append(head.rstrip())
        if c.detail:
            lines.append(f"    {c.detail}")
    failed = [c.document for c in checks if not c.ok]
    lines.append(
        f"{len(checks) - len(failed)}/{len(checks)} document kinds ok"
        + (f"; failed: {', '.join(failed)}" if failed else "")
    )
    return "\n".join(lines)

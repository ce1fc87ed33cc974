"""The NBA pipeline's upstream probes: is a document's source back? (see
``tipoff.engine.probe``)

Each asks the run's source once (one HTTP attempt, no retries, past the host's circuit
breaker and not counted on it: the probe's own interval paces it)
for one document of the date, as the run would (its source, its as-of), and says whether
it came back usable:

- ``schedule``: the date's schedule fetched and parsed, and, once the date is over, no
  game in it still owed a result (a stale schedule keeps games "scheduled": the held
  night's ``box_scores_complete`` waits for it);
- ``injury_report``: the date's injury report fetched;
- ``boxscore``: the box score of one final game of the date (one still missing, else the
  first) fetched; with no final game loaded there is nothing to ask, and it passes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from tipoff.engine.preflight import CheckResult
from tipoff.engine.probe import ProbeContext
from tipoff.errors import CircuitOpen, SourceError
from tipoff.nba.documents import Document, FetchRequest, RawDocument, source_of
from tipoff.nba.game_status import FINAL
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.raw_tables import raw_player_boxscores, raw_schedule
from tipoff.nba.scrape.context import DateContext, as_of_param
from tipoff.nba.sources.base import Source
from tipoff.nba.sources.web import redact


def _context(resources: Mapping[str, Any], ctx: ProbeContext) -> DateContext:
    source: Source = resources["sources"].get(source_of(ctx.run_params, processor=ctx.name))

    def once(request: FetchRequest) -> RawDocument:
        return source.fetch(dataclasses.replace(request, probe=True))

    return DateContext(
        source,
        ctx.data_date,
        ctx.mode,
        as_of_param(dict(ctx.run_params), ctx.data_date, ctx.mode),
        now=datetime.fromtimestamp(ctx.now, tz=UTC),
        fetcher=once,
    )


def _failed(what: str, exc: Exception) -> CheckResult:
    return CheckResult.failed(f"{what}: {type(exc).__name__}: {redact(str(exc))}")


@ops_blueprint.probe("schedule")
def schedule(resources: Mapping[str, Any], ctx: ProbeContext) -> CheckResult:
    dctx = _context(resources, ctx)
    try:
        overdue = dctx.overdue_games()  # fetches and parses the schedule
    except (SourceError, CircuitOpen) as exc:
        return _failed(f"schedule of {ctx.data_date}", exc)
    if overdue:
        return CheckResult.failed(
            f"{len(overdue)} of the {len(dctx.games)} games of {ctx.data_date} are still not "
            "final in the upstream schedule"
        )
    return CheckResult.passed(f"schedule of {ctx.data_date}: {len(dctx.games)} games")


@ops_blueprint.probe("injury_report")
def injury_report(resources: Mapping[str, Any], ctx: ProbeContext) -> CheckResult:
    dctx = _context(resources, ctx)
    try:
        raw = dctx.fetch(dctx.request(Document.INJURY_REPORT))
    except (SourceError, CircuitOpen) as exc:
        return _failed(f"injury report of {ctx.data_date}", exc)
    return CheckResult.passed(f"injury report of {ctx.data_date}: {len(raw.content)} B")


@ops_blueprint.probe("boxscore")
def boxscore(resources: Mapping[str, Any], ctx: ProbeContext) -> CheckResult:
    with ctx.store.read() as conn:
        final = sorted(
            str(g)
            for g in conn.execute(
                sa.select(raw_schedule.c.game_id).where(
                    raw_schedule.c.game_date == ctx.data_date, raw_schedule.c.status == FINAL
                )
            ).scalars()
        )
        found = {
            str(g)
            for g in conn.execute(
                sa.select(raw_player_boxscores.c.game_id)
                .where(raw_player_boxscores.c.game_date == ctx.data_date)
                .distinct()
            ).scalars()
        }
    if not final:
        return CheckResult.passed(f"no final game of {ctx.data_date} loaded: nothing to ask")
    game = next((g for g in final if g not in found), final[0])
    dctx = _context(resources, ctx)
    try:
        dctx.fetch(dctx.request(Document.BOXSCORE, game))
    except (SourceError, CircuitOpen) as exc:
        return _failed(f"box score of game {game}", exc)
    return CheckResult.passed(f"box score of game {game} fetched")

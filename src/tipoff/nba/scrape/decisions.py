"""When a scraper runs for a date (its decision type), checked before anything is fetched.

- ``always``: every run of the modes the scraper is declared for.
- ``game_aware``: only when games are scheduled on the date; otherwise skipped (logged).
- ``game_aware_yesterday``: the date's games must already have been played: it runs only
  for a date before the moment the run stands for (overnight and backfill runs). Asking it
  for a date whose games are still to come is an error, not an empty result (seeds fix 1:
  a post-game workflow that looked at today's games found nothing and failed confusingly).

Windows (post-game, morning recovery, ...) are cron schedules of the pipeline that run the
overnight mode for ``date: yesterday``; ``check_pipeline`` makes sure they point there.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from tipoff.engine.pipeline import PipelineDef
from tipoff.errors import ConfigError
from tipoff.nba.documents import Document
from tipoff.nba.scrape.context import ET

PAST_MODES = {"overnight", "backfill"}


class Decision(StrEnum):
    ALWAYS = "always"  # every run of its modes
    GAME_AWARE = "game_aware"  # only when the date has games
    GAME_AWARE_YESTERDAY = "game_aware_yesterday"  # finished games of a past date


def check_date(decision: Decision, day: date, as_of: datetime | None, *, who: str) -> None:
    """Refuse a ``game_aware_yesterday`` scraper aimed at a date not yet played."""
    if decision is not Decision.GAME_AWARE_YESTERDAY or as_of is None:
        return
    today = as_of.astimezone(ET).date()
    if day >= today:
        raise ConfigError(
            f"{who}: decision game_aware_yesterday needs a date whose games are over, but the "
            f"run is for {day} as of {as_of.isoformat()} (use an overnight or backfill run "
            f"for a past date)"
        )


def check_pipeline(pipeline: PipelineDef) -> list[str]:
    """Problems in the scrapers and schedules of an NBA pipeline, with file and key path."""
    problems: list[str] = []
    src = pipeline.source
    modes_with_past_scrapers: set[str] = set()
    for i, phase in enumerate(pipeline.phases):
        for j, proc in enumerate(phase.processors):
            if "document" not in proc.params:
                continue
            where = f"{src}: phases[{i}].processors[{j}].params"
            try:
                Document(proc.params["document"])
            except ValueError:
                known = ", ".join(d.value for d in Document)
                problems.append(
                    f"{where}.document: unknown document {proc.params['document']!r} "
                    f"(known: {known})"
                )
            raw_decision = proc.params.get("decision", Decision.ALWAYS.value)
            try:
                decision = Decision(raw_decision)
            except ValueError:
                known = ", ".join(d.value for d in Decision)
                problems.append(
                    f"{where}.decision: unknown decision {raw_decision!r} (known: {known})"
                )
                continue
            if decision is Decision.GAME_AWARE_YESTERDAY:
                modes = set(proc.modes or pipeline.modes)
                wrong = sorted(modes - PAST_MODES)
                if wrong:
                    problems.append(
                        f"{where}.decision: game_aware_yesterday scraper {proc.name!r} runs "
                        f"in mode(s) {', '.join(wrong)}, which are for dates still to be "
                        f"played; limit its modes to {', '.join(sorted(PAST_MODES))}"
                    )
                modes_with_past_scrapers |= modes & {"overnight"}
    for k, sched in enumerate(pipeline.schedules):
        runs_past_mode = sched.mode in modes_with_past_scrapers
        if (
            sched.action in ("run", "trigger_phase")
            and runs_past_mode
            and sched.date != "yesterday"
        ):
            problems.append(
                f"{src}: schedules[{k}].date: {sched.name!r} runs mode {sched.mode!r}, "
                f"whose scrapers need finished games, for {sched.date!r}; use date: yesterday"
            )
    return problems

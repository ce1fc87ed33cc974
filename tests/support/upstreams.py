"""An upstream that serves only some of a date's box scores: what a held phase's
pre-flight check waits for, and what its re-run or a probe follows."""

from __future__ import annotations

from tipoff.engine.preflight import CheckContext, CheckResult
from tipoff.engine.registry import JobContext, Result

GAMES = 3


class PartialUpstream:
    """Box scores of the date: only ``available`` of them are served; the fetch skips the
    others as not there yet (and succeeds), the load keeps what the last fetch got, and
    ``fetches`` holds each fetch's trigger source."""

    def __init__(self) -> None:
        self.available = 1
        self.fetched = 0
        self.loaded = 0
        self.fetches: list[str] = []

    def fetch(self, ctx: JobContext) -> Result:
        self.fetches.append(ctx.trigger_source)
        self.fetched = self.available
        return Result(records=self.fetched)

    def load(self, ctx: JobContext) -> Result:
        self.loaded = self.fetched
        return Result(records=self.loaded)

    def complete(self, ctx: CheckContext) -> CheckResult:
        """The pre-flight check: every game of the date has its box score."""
        if self.loaded < GAMES:
            return CheckResult.failed(f"{self.loaded} of {GAMES} games have box scores")
        return CheckResult.passed(f"{GAMES} of {GAMES}")

"""Which requests each document needs for a date: one resolver per document, no gaps.

A scraper with no resolver was an incident once (seeds fix 2: "Missing required option");
here the table must cover every document kind or the module refuses to load.
"""

from __future__ import annotations

from collections.abc import Callable

from tipoff.errors import ConfigError
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.scrape.context import DateContext

Resolver = Callable[[DateContext], list[FetchRequest]]


def _per_date(document: Document) -> Resolver:
    return lambda ctx: [ctx.request(document)]


RESOLVERS: dict[Document, Resolver] = {
    Document.SCHEDULE: _per_date(Document.SCHEDULE),
    Document.INJURY_REPORT: _per_date(Document.INJURY_REPORT),
    Document.ODDS_EVENTS: _per_date(Document.ODDS_EVENTS),
    Document.ROSTER: lambda ctx: [ctx.request(Document.ROSTER, str(t)) for t in ctx.teams()],
    # final games, and those the schedule has not caught up with once the date is over
    Document.BOXSCORE: lambda ctx: [
        ctx.request(Document.BOXSCORE, g) for g in ctx.final_games() + ctx.overdue_games()
    ],
    Document.PLAYER_PROPS: lambda ctx: [ctx.request(Document.PLAYER_PROPS, e) for e in ctx.events],
}

_missing = set(Document) - set(RESOLVERS)
if _missing:  # pragma: no cover - a programming error caught at import
    raise ConfigError(f"no resolver for document(s): {', '.join(sorted(_missing))}")


def resolve(document: Document, ctx: DateContext) -> list[FetchRequest]:
    return RESOLVERS[document](ctx)


def optional_parts(document: Document, ctx: DateContext) -> frozenset[str]:
    """Parts whose fetch may fail without failing the scraper: an overdue game's box score
    (the game may still be on, or called off without the schedule saying so)."""
    if document is Document.BOXSCORE:
        return frozenset(ctx.overdue_games())
    return frozenset()

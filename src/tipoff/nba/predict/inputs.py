"""What phase 5 reads: the date's upcoming-game context and feature rows (phases 3-4).

The two tables belong to the ``nba_analytics`` component; phase 5 names only the columns
of their contract, through lightweight table clauses, so it depends on the contract and
not on the module that creates them. A player's games played before the date are read
from the raw box scores when the feature store has no row for him (the bootstrap rule
needs the count either way).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from tipoff.nba.raw_tables import raw_player_boxscores

_CONTEXT_COLUMNS = (
    "game_date", "player_id", "game_id", "team_id", "opponent_team_id", "is_home",
    "injury_status", "book_line", "book_over_price", "book_under_price", "bookmaker",
    "under_bookmaker", "book_p_over",
)  # fmt: skip
upcoming_player_game_context = sa.table(
    "upcoming_player_game_context", *(sa.column(name) for name in _CONTEXT_COLUMNS)
)
ml_feature_store = sa.table(
    "ml_feature_store",
    sa.column("game_date"),
    sa.column("player_id"),
    sa.column("features", sa.JSON),
    sa.column("games_found"),
    sa.column("games_expected"),
    sa.column("total_games_available"),
    sa.column("feature_quality_score"),
)

OUT_STATUSES = frozenset({"out"})
COMPLETE_QUALITY = 100.0


class Eligibility(StrEnum):
    """Why a player of the universe is, or is not, given a prediction."""

    READY = "ready"  # book line and complete features: predicted in either mode
    FALLBACK = "fallback"  # predicted in fallback mode only (no line or partial features)
    NEEDS_BOOTSTRAP = "needs_bootstrap"  # fewer than min_games games: never predicted
    OUT = "out"  # ruled out on the injury report
    NO_BOOK_LINE = "no_book_line"  # strict mode: no line to price
    INCOMPLETE_FEATURES = "incomplete_features"  # strict mode: features partial
    NO_FEATURES = "no_features"  # no feature row at all: nothing to predict from


@dataclass(frozen=True)
class PlayerInputs:
    """One player's row of the date: context, features and history count."""

    player_id: int
    game_id: str
    team_id: int
    opponent_team_id: int
    is_home: bool
    injury_status: str | None
    book_line: float | None
    over_price: int | None
    under_price: int | None
    bookmaker: str | None  # of over_price (the best over price across the books)
    under_bookmaker: str | None  # of under_price
    book_p_over: float | None  # the books' vig-free P(over) at book_line
    features: Mapping[str, float] | None  # None: no feature row
    games_found: int | None
    games_expected: int | None
    games_played: int  # before the date
    feature_quality_score: float | None

    def features_complete(self, names: Sequence[str]) -> bool:
        """The feature store scores the row 100 (a full window of the player's and the
        opponent's games); without a score: every model input present and finite, and the
        player's window full."""
        if self.features is None:
            return False
        if self.feature_quality_score is not None:
            return self.feature_quality_score >= COMPLETE_QUALITY
        for name in names:
            value = self.features.get(name)
            if value is None or not math.isfinite(float(value)):
                return False
        return not (
            self.games_expected is not None
            and self.games_found is not None
            and self.games_found < self.games_expected
        )

    def eligibility(self, *, strict: bool, min_games: int, names: Sequence[str]) -> Eligibility:
        if self.games_played < min_games:
            return Eligibility.NEEDS_BOOTSTRAP
        if (self.injury_status or "").lower() in OUT_STATUSES:
            return Eligibility.OUT
        if self.features is None:
            return Eligibility.NO_FEATURES
        complete = self.features_complete(names)
        if self.book_line is not None and complete:
            return Eligibility.READY
        if not strict:
            return Eligibility.FALLBACK
        return (
            Eligibility.NO_BOOK_LINE
            if self.book_line is None
            else (Eligibility.INCOMPLETE_FEATURES)
        )


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _features(value: Any) -> dict[str, float] | None:
    if value is None:
        return None
    if isinstance(value, str):  # a driver that hands JSON back as text
        import json

        value = json.loads(value)
    return {str(k): (math.nan if v is None else float(v)) for k, v in dict(value).items()}


def load_inputs(
    conn: sa.Connection, day: date, player_ids: Iterable[int] | None = None
) -> list[PlayerInputs]:
    """The date's players (or the given ones) with their context and features."""
    ctx = upcoming_player_game_context
    fs = ml_feature_store
    columns = [ctx.c[name] for name in _CONTEXT_COLUMNS if name != "game_date"] + [
        fs.c.features,
        fs.c.games_found,
        fs.c.games_expected,
        fs.c.total_games_available,
        fs.c.feature_quality_score,
    ]
    stmt = (
        sa.select(*columns)
        .select_from(
            ctx.outerjoin(
                fs, sa.and_(fs.c.game_date == ctx.c.game_date, fs.c.player_id == ctx.c.player_id)
            )
        )
        .where(ctx.c.game_date == day)
        .order_by(ctx.c.player_id)
    )
    wanted = None if player_ids is None else sorted({int(p) for p in player_ids})
    if wanted is not None:
        stmt = stmt.where(ctx.c.player_id.in_(wanted))
    rows = conn.execute(stmt).all()
    counts = _games_before(conn, day, [int(r.player_id) for r in rows if r.features is None])
    out = []
    for r in rows:
        pid = int(r.player_id)
        features = _features(r.features)
        played = (
            int(r.total_games_available)
            if features is not None and r.total_games_available is not None
            else counts.get(pid, 0)
        )
        out.append(
            PlayerInputs(
                player_id=pid,
                game_id=str(r.game_id),
                team_id=int(r.team_id),
                opponent_team_id=int(r.opponent_team_id),
                is_home=bool(r.is_home),
                injury_status=r.injury_status,
                book_line=_opt_float(r.book_line),
                over_price=_opt_int(r.book_over_price),
                under_price=_opt_int(r.book_under_price),
                bookmaker=r.bookmaker,
                under_bookmaker=r.under_bookmaker,
                book_p_over=_opt_float(r.book_p_over),
                features=features,
                games_found=_opt_int(r.games_found),
                games_expected=_opt_int(r.games_expected),
                games_played=played,
                feature_quality_score=_opt_float(r.feature_quality_score),
            )
        )
    return out


def _games_before(conn: sa.Connection, day: date, player_ids: list[int]) -> dict[int, int]:
    if not player_ids:
        return {}
    box = raw_player_boxscores
    rows = conn.execute(
        sa.select(box.c.player_id, sa.func.count())
        .where(box.c.player_id.in_(player_ids), box.c.game_date < day, box.c.played.is_(True))
        .group_by(box.c.player_id)
    ).all()
    return {int(p): int(n) for p, n in rows}

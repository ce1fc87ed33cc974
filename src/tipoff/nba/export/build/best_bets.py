"""The best bets of a date: its priced picks with the largest expected value, with their
outcomes once graded."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from tipoff.nba.export import models as m
from tipoff.nba.export.build.rates import rate_summary
from tipoff.nba.export.build.rounding import rounded, rounded_or_none
from tipoff.nba.pick_outcomes import Tally
from tipoff.nba.prop_lines import vig_free_over

Row = Mapping[str, Any]


def best_bets(
    day: date,
    now: datetime,
    rows: Iterable[Row],
    grades: Iterable[Row],
    names: Mapping[int, str],
    *,
    min_confidence: float,
    limit: int,
) -> m.BestBetsFile:
    """The picks (book lines whose blended expected value at the price cleared the
    prediction's margin) with the largest expected value, above min_confidence."""
    candidates = [
        r
        for r in rows
        if r["is_book_line"]
        and r["recommendation"] in ("OVER", "UNDER")
        and r.get("ev") is not None
        and r.get("price") is not None
        and float(r["ev"]) > 0
        and float(r["confidence"]) >= min_confidence
    ]
    candidates.sort(key=lambda r: (-float(r["ev"]), int(r["player_id"])))
    graded = {(int(g["player_id"]), float(g["line"])): g for g in grades}
    picks = []
    tally_ = Tally()
    for rank, r in enumerate(candidates[:limit], start=1):
        fair_over = r["p_market"]
        if fair_over is None:
            fair_over = vig_free_over(r["over_price"], r["under_price"])
        side = r["recommendation"]
        p_blend = float(r["p_blend"])
        p_side = p_blend if side == "OVER" else 1.0 - p_blend
        g = graded.get((int(r["player_id"]), float(r["line"])))
        if g is not None:
            tally_.add(g, errors=True)
        picks.append(
            m.BestBet(
                rank=rank,
                player_id=int(r["player_id"]),
                player_name=names.get(int(r["player_id"])),
                game_id=str(r["game_id"]),
                line=float(r["line"]),
                side=side,
                model_probability=rounded(p_side),
                implied_probability=rounded(fair_over if side == "OVER" else 1.0 - fair_over),
                edge=rounded(r["edge"] if r["edge"] is not None else 0.0),
                ev=rounded(r["ev"]),
                price=int(r["price"]),
                confidence=rounded(r["confidence"]),
                bookmaker=r["bookmaker"],
                over_price=r["over_price"],
                under_price=r["under_price"],
                actual_points=None if g is None else g["actual_points"],
                outcome=None if g is None else g["outcome"],
                profit=None if g is None else rounded_or_none(g.get("profit")),
            )
        )
    return m.BestBetsFile(
        game_date=day,
        generated_at=now,
        min_confidence=min_confidence,
        picks=picks,
        record=m.RateSummary(**rate_summary(tally_)) if tally_.predictions else None,
    )

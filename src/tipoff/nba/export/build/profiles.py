"""Game logs and graded centre lines to the players' season profiles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from tipoff.nba.export import models as m
from tipoff.nba.export.build.predictions import RECENT_GAMES
from tipoff.nba.export.build.rates import rate_summary
from tipoff.nba.export.build.rounding import rounded, rounded_or_none
from tipoff.nba.pick_outcomes import Tally

Row = Mapping[str, Any]


def profiles(
    as_of: date,
    now: datetime,
    season: str,
    logs: Iterable[Row],
    centre_grades: Iterable[Row],
    names: Mapping[int, str],
    *,
    min_games: int,
) -> list[m.PlayerProfile]:
    games: dict[int, list[Row]] = defaultdict(list)
    for g in logs:
        games[int(g["player_id"])].append(g)
    graded: dict[int, dict[date, Row]] = defaultdict(dict)
    for g in centre_grades:
        graded[int(g["player_id"])][g["game_date"]] = g
    out = []
    for pid, rows in sorted(games.items()):
        if len(rows) < min_games:
            continue
        pts = [int(r["pts"]) for r in rows]
        mins = [float(r["minutes"]) for r in rows]
        record = Tally()
        for done in graded.get(pid, {}).values():
            record.add({**done, "actual_side": None, "p_over": 0.0}, errors=True)
        recent = []
        for r in rows[-RECENT_GAMES:][::-1]:
            hit = graded.get(pid, {}).get(r["game_date"])
            recent.append(
                m.ProfileGame(
                    game_date=r["game_date"],
                    game_id=str(r["game_id"]),
                    opponent_team_id=int(r["opponent_team_id"]),
                    is_home=bool(r["is_home"]),
                    minutes=rounded(r["minutes"]),
                    points=int(r["pts"]),
                    book_line=None if hit is None else rounded_or_none(hit["book_line"]),
                    predicted_mean=None if hit is None else rounded_or_none(hit["mean"]),
                    recommendation=None if hit is None else hit["recommendation"],
                    outcome=None if hit is None else hit["outcome"],
                )
            )
        last = pts[-RECENT_GAMES:]
        out.append(
            m.PlayerProfile(
                player_id=pid,
                player_name=names.get(pid),
                as_of=as_of,
                generated_at=now,
                season=season,
                games=len(rows),
                points_avg=rounded(sum(pts) / len(pts)),
                minutes_avg=rounded(sum(mins) / len(mins)),
                points_last_10_avg=rounded(sum(last) / len(last)),
                record=m.RateSummary(**rate_summary(record)),
                recent_games=recent,
            )
        )
    return out

"""Builders shared by the phase 3 and 4 tests: hand-made raw rows, season loads, job runs.

The hand-made league: on D0 (2025-11-10) team 1 hosts team 2 in game G1, every number
chosen to be checked by hand (see ``HOME`` and ``AWAY``); on D (2025-11-11) team 2 hosts
team 3 in G2, with rosters, an injury report and prop lines for the daily universe.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import pandas as pd
import pytest
import sqlalchemy as sa

from tipoff.engine.clock import Clock, ManualClock
from tipoff.engine.registry import JobContext, ProcessorFn, Result
from tipoff.engine.store import Store
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics.tables import NBA_ANALYTICS_SCHEMA
from tipoff.nba.raw_tables import NBA_RAW_SCHEMA

# Tests whose SQL has no dialect-specific part run on SQLite only (the db_url fixture of
# tests/conftest.py, narrowed), keeping the PostgreSQL runs for the writes and JSON.
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

D0 = date(2025, 11, 10)
D = date(2025, 11, 11)
G1, G2 = "0022500101", "0022500201"
STATS = ("fgm", "fga", "fg3m", "fg3a", "ftm", "fta", "oreb", "dreb", "ast", "stl", "blk", "tov",
         "pf")  # fmt: skip

# player: (minutes, fgm, fga, fg3m, fg3a, ftm, fta, oreb, dreb, ast, stl, blk, tov, pf)
HOME = {  # team 1
    11: (100, 5, 10, 2, 5, 4, 6, 1, 3, 4, 1, 0, 2, 1),  # 16 pts, a guard
    12: (80, 4, 6, 1, 2, 2, 2, 2, 4, 1, 0, 1, 2, 2),  # 11 pts, a forward
    13: (60, 2, 4, 0, 0, 1, 2, 0, 5, 0, 0, 2, 1, 3),  # 5 pts, a center
}
AWAY = {  # team 2
    21: (120, 6, 12, 3, 6, 3, 4, 1, 2, 3, 2, 0, 3, 2),  # 18 pts, "G-F"
    22: (120, 3, 6, 0, 1, 1, 1, 1, 6, 2, 1, 1, 1, 1),  # 7 pts, no roster: position unknown
}
POSITIONS = {11: "G", 12: "F", 13: "C", 21: "G-F", 31: "G", 32: "F", 33: "C", 23: "C"}


def prepare(store: Store) -> None:
    store.ensure_schema(NBA_RAW_SCHEMA, NBA_ANALYTICS_SCHEMA)


def put(store: Store, table: sa.Table, rows: Iterable[Mapping[str, Any]]) -> None:
    values = [{"source_key": "test", "loaded_at": 0.0, **r} for r in rows]
    if values:
        with store.transaction() as conn:
            conn.execute(sa.insert(table), values)


def points(line: tuple[int, ...]) -> int:
    _min, fgm, _fga, fg3m, _fg3a, ftm, *_ = line
    return 2 * (fgm - fg3m) + 3 * fg3m + ftm


def box_rows(
    game_id: str, day: date, home: tuple[int, Mapping[int, tuple[int, ...]]],
    away: tuple[int, Mapping[int, tuple[int, ...]]], *, dnp: Mapping[int, tuple[int, str]] = {},
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:  # fmt: skip
    """Player and team box rows of a game; ``dnp``: player → (team, reason)."""
    players, teams = [], []
    sides = ((home[0], away[0], True, home[1]), (away[0], home[0], False, away[1]))
    for team, opponent, is_home, lines in sides:
        total = {s: 0 for s in (*STATS, "pts", "reb")}
        for k, (player, line) in enumerate(lines.items()):
            stats = dict(zip(STATS, line[1:], strict=True))
            stats["pts"] = points(line)
            stats["reb"] = stats["oreb"] + stats["dreb"]
            for s in total:
                total[s] += stats[s]
            players.append(
                {"game_id": game_id, "player_id": player, "game_date": day, "team_id": team,
                 "opponent_team_id": opponent, "is_home": is_home,
                 "player_name": f"Player {player}", "starter": k < 5, "played": True,
                 "dnp_reason": None, "minutes": float(line[0]), "plus_minus": 0, **stats}
            )  # fmt: skip
        for player, (dnp_team, reason) in dnp.items():
            if dnp_team == team:
                players.append(
                    {"game_id": game_id, "player_id": player, "game_date": day, "team_id": team,
                     "opponent_team_id": opponent, "is_home": is_home,
                     "player_name": f"Player {player}", "starter": False, "played": False,
                     "dnp_reason": reason, "minutes": 0.0, "plus_minus": None,
                     **{s: 0 for s in (*STATS, "pts", "reb")}}
                )  # fmt: skip
        teams.append(
            {"game_id": game_id, "team_id": team, "game_date": day, "opponent_team_id": opponent,
             "is_home": is_home, "minutes": float(sum(v[0] for v in lines.values())), **total}
        )  # fmt: skip
    return players, teams


def schedule_row(game_id: str, day: date, home: int, away: int, status: int) -> dict[str, Any]:
    return {"game_id": game_id, "game_date": day, "season": "2025-26", "home_team_id": home,
            "away_team_id": away, "home_tricode": None, "away_tricode": None, "status": status,
            "status_text": "Final" if status == 3 else "7:00 pm ET", "home_pts": None,
            "away_pts": None}  # fmt: skip


def roster_rows(day: date, team: int, players: Iterable[int]) -> list[dict[str, Any]]:
    return [
        {"roster_date": day, "team_id": team, "player_id": p, "player_name": f"Player {p}",
         "position": POSITIONS.get(p), "jersey": None, "experience": None}
        for p in players
    ]  # fmt: skip


def load_finished_game(store: Store) -> None:
    """D0: G1, team 1 (home) against team 2, final; player 14 of team 1 sat out injured."""
    players, teams = box_rows(G1, D0, (1, HOME), (2, AWAY), dnp={14: (1, "DND - Injury/Illness")})
    put(store, raw.raw_schedule, [schedule_row(G1, D0, 1, 2, 3)])
    put(store, raw.raw_player_boxscores, players)
    put(store, raw.raw_team_boxscores, teams)
    # Positions are known for team 1 and for player 21 (from an old roster of team 2).
    put(store, raw.raw_rosters, roster_rows(date(2025, 11, 1), 1, [11, 12, 13, 14]))


def load_game_day(store: Store) -> None:
    """D: G2, team 2 (home) against team 3, scheduled; rosters, injuries and lines."""
    put(store, raw.raw_schedule, [schedule_row(G2, D, 2, 3, 1)])
    put(store, raw.raw_rosters, roster_rows(date(2025, 11, 9), 2, [21, 22, 23]))
    put(store, raw.raw_rosters, roster_rows(date(2025, 11, 1), 3, [31, 32, 33]))  # 10 days old
    put(store, raw.raw_injury_report, [
        {"report_date": D, "player_id": 21, "team_id": 2, "game_id": G2,
         "player_name": "Player 21", "status": "questionable", "reason": "Ankle"},
        {"report_date": D, "player_id": 31, "team_id": 3, "game_id": G2,
         "player_name": "Player 31", "status": "out", "reason": "Knee"},
    ])  # fmt: skip
    put(store, raw.raw_odds_events, [
        {"event_id": "ev2", "game_date": D, "commence_time": 1000.0, "home_team": "Two",
         "away_team": "Three", "game_id": G2},
    ])  # fmt: skip
    # Player 21: book a quotes 17.5 and an alternate 19.5; b 18.5; c 17.5 (updated last);
    # d quotes 25.5 at the commence time (too late: left out).
    # Main lines 17.5, 18.5, 17.5: the line is 17.5, its sides shopped across a and c.
    props = [
        ("a", 17.5, -110, -110, 100.0), ("a", 19.5, 150, -180, 100.0),
        ("b", 18.5, -115, -105, 100.0), ("c", 17.5, -105, -115, 200.0),
        ("d", 25.5, -110, -110, 1000.0),
    ]  # fmt: skip
    put(store, raw.raw_player_props, [
        {"event_id": "ev2", "bookmaker": book, "player_name": "Player 21", "line": line,
         "game_date": D, "player_id": 21, "over_price": over, "under_price": under,
         "last_update": at}
        for book, line, over, under, at in props
    ])  # fmt: skip
    # The game's lines: a and b before tip-off; c's spread and total at the commence time
    # (in-play: left out); d quotes a total only.
    put(store, raw.raw_game_lines, [
        {"event_id": "ev2", "bookmaker": book, "game_date": D, "home_spread": spread,
         "home_spread_price": None if spread is None else -110,
         "away_spread_price": None if spread is None else -110,
         "spread_update": None if spread is None else at, "total": total, "over_price": -110,
         "under_price": -110, "total_update": at}
        for book, spread, total, at in (
            ("a", -4.5, 220.5, 100.0), ("b", -3.5, 221.5, 200.0), ("c", -9.5, 300.0, 1000.0),
            ("d", None, 219.5, 150.0),
        )
    ])  # fmt: skip
    # Player 32's line was not matched in phase 2: phase 3 matches it on the universe.
    put(store, raw.raw_player_props, [
        {"event_id": "ev2", "bookmaker": "a", "player_name": "PLAYER 32", "line": 9.5,
         "game_date": D, "player_id": None, "over_price": -120, "under_price": 100,
         "last_update": 100.0}
    ])  # fmt: skip


def job(
    store: Store,
    processor: str,
    day: date,
    *,
    mode: str | None,
    params: Mapping[str, Any] | None = None,
    clock: Clock | None = None,
) -> JobContext:
    return JobContext(
        job_id=0, pipeline="nba", processor=processor, phase=None, mode=mode, data_date=day,
        params=dict(params or {}), attempt=1, max_attempts=1, correlation_id=None,
        trigger_source="test", worker_id="test", store=store,
        clock=clock or ManualClock(1_800_000_000.0), resources={},
    )  # fmt: skip


def run(
    store: Store,
    fn: ProcessorFn,
    day: date,
    *,
    mode: str | None,
    params: Mapping[str, Any] | None = None,
    clock: Clock | None = None,
) -> Result:
    """Run a processor as the worker would: compute, then write in one transaction."""
    name = getattr(fn, "__name__", "processor")
    result = fn(job(store, name, day, mode=mode, params=params, clock=clock))
    assert result is not None
    if result.write is not None:
        with store.transaction() as conn:
            result.write(conn)
    return result


def table_rows(store: Store, table: sa.Table, **where: Any) -> list[dict[str, Any]]:
    stmt = sa.select(table).order_by(*table.primary_key.columns)
    for k, v in where.items():
        stmt = stmt.where(table.c[k] == v)
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def load_history_frames(store: Store, players: pd.DataFrame, teams: pd.DataFrame) -> None:
    """Season frames (features' history layout) as raw box-score and schedule rows."""
    p = players.copy()
    p["game_date"] = pd.to_datetime(p["game_date"]).dt.date
    p["player_name"] = p.get("player_name", p["player_id"].map(lambda x: f"Player {x}"))
    p["dnp_reason"] = None
    p["plus_minus"] = None
    p["reb"] = p["oreb"] + p["dreb"]
    t = teams.copy()
    t["game_date"] = pd.to_datetime(t["game_date"]).dt.date
    t["reb"] = t["oreb"] + t["dreb"]
    pcols = [c.name for c in raw.raw_player_boxscores.columns if c.name not in ("source_key",
             "loaded_at")]  # fmt: skip
    tcols = [c.name for c in raw.raw_team_boxscores.columns if c.name not in ("source_key",
             "loaded_at")]  # fmt: skip
    p = p.drop_duplicates(["game_id", "player_id"])
    t = t.drop_duplicates(["game_id", "team_id"])
    home = t[t["is_home"].astype(bool)]
    games = [
        schedule_row(g, d, int(h), int(a), 3)
        for g, d, h, a in zip(
            home["game_id"], home["game_date"], home["team_id"], home["opponent_team_id"],
            strict=True,
        )
    ]  # fmt: skip
    put(store, raw.raw_schedule, games)
    put(store, raw.raw_player_boxscores, _plain_records(p[pcols]))
    put(store, raw.raw_team_boxscores, _plain_records(t[tcols]))


def _plain_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = frame.astype(object).where(frame.notna(), None)
    return [
        {str(k): v.item() if hasattr(v, "item") else v for k, v in row.items()}
        for row in out.to_dict("records")
    ]

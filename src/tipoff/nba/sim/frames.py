"""Records to pandas frames in NBA.com's column layout (``nba_api`` LeagueGameLog/BoxScore).

Column names and order follow the real endpoints so the simulator's output can be compared
with, and later served as, real payloads: ``PLAYER_LOG_COLUMNS`` is exactly the layout of
the season player logs (LeagueGameLog with ``PTS`` after ``MIN`` and a ``SEASON_LABEL``),
``TEAM_LOG_COLUMNS`` that of the team logs. Box scores add the rows of players who did not
play, with a ``COMMENT`` (``DNP - Coach's Decision``, ``DND - Injury/Illness``, ...) and
missing stats, as BoxScoreTraditional has them. Percentages are rounded to three decimals
and missing when there was no attempt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from tipoff.nba.sim.game import Box
from tipoff.nba.sim.identities import Player
from tipoff.nba.teams import Team


def _names(text: str) -> tuple[str, ...]:
    """Column names from a space-separated list (keeps the long layouts readable)."""
    return tuple(text.split())


STATS = _names("FGM FGA FG3M FG3A FTM FTA OREB DREB REB AST STL BLK TOV PF PTS PLUS_MINUS")
PLAYER_LOG_COLUMNS = _names(
    "SEASON_ID PLAYER_ID PLAYER_NAME TEAM_ID TEAM_ABBREVIATION TEAM_NAME GAME_ID "
    "GAME_DATE MATCHUP WL MIN PTS FGM FGA FG_PCT FG3M FG3A FG3_PCT FTM FTA FT_PCT OREB "
    "DREB REB AST STL BLK TOV PF PLUS_MINUS SEASON_LABEL"
)
TEAM_LOG_COLUMNS = _names(
    "SEASON_ID TEAM_ID TEAM_ABBREVIATION TEAM_NAME GAME_ID GAME_DATE MATCHUP WL MIN PTS "
    "FGM FGA FG_PCT FG3M FG3A FG3_PCT FTM FTA FT_PCT OREB DREB REB AST STL BLK TOV PF "
    "PLUS_MINUS SEASON"
)
BOX_PLAYER_COLUMNS = _names(
    "GAME_ID GAME_DATE TEAM_ID TEAM_ABBREVIATION TEAM_CITY PLAYER_ID PLAYER_NAME MATCHUP "
    "WL STARTER START_POSITION COMMENT MIN SECONDS FGM FGA FG_PCT FG3M FG3A FG3_PCT FTM "
    "FTA FT_PCT OREB DREB REB AST STL BLK TOV PF PTS PLUS_MINUS"
)
SCHEDULE_COLUMNS = _names(
    "GAME_ID GAME_DATE GAME_DATETIME_ET GAME_STATUS_ID GAME_STATUS_TEXT HOME_TEAM_ID "
    "HOME_TEAM_ABBREVIATION VISITOR_TEAM_ID VISITOR_TEAM_ABBREVIATION HOME_PTS "
    "VISITOR_PTS PERIODS SEASON"
)
TEAM_BOX_COLUMNS = tuple(c for c in TEAM_LOG_COLUMNS if c not in ("SEASON_ID", "SEASON"))
ROSTER_COLUMNS = _names(
    "TEAM_ID TEAM_ABBREVIATION SEASON PLAYER_ID PLAYER_NAME NUM POSITION IS_ROOKIE SINCE"
)
TRANSACTION_COLUMNS = _names(
    "EFFECTIVE_DATE TRANSACTION_TYPE PLAYER_ID PLAYER_NAME FROM_TEAM_ID "
    "FROM_TEAM_ABBREVIATION TO_TEAM_ID TO_TEAM_ABBREVIATION DEAL_ID"
)
INJURY_COLUMNS = _names(
    "GAME_DATE GAME_ID GAME_TIME_ET MATCHUP TEAM_ID TEAM_ABBREVIATION TEAM_NAME PLAYER_ID "
    "PLAYER_NAME CURRENT_STATUS REASON ANNOUNCED_AT"
)
# The odds feed's field names (as in the shared props data), plus the simulator's ids.
PROPS_COLUMNS = _names(
    "game_date_et commence_time_utc event_id home_team away_team bookmaker market player "
    "line over_odds under_odds last_update_utc game_id player_id"
)
PCT_COLUMNS = (("FGM", "FGA", "FG_PCT"), ("FG3M", "FG3A", "FG3_PCT"), ("FTM", "FTA", "FT_PCT"))
COACH_DECISION = "DNP - Coach's Decision"
INJURED = "DND - Injury/Illness"
RESTED = "DND - Rest"


def matchup(team: Team, opponent: Team, home: bool) -> str:
    """``"BOS vs. NYK"`` at home, ``"BOS @ NYK"`` away, as NBA.com writes it."""
    return f"{team.abbreviation} {'vs.' if home else '@'} {opponent.abbreviation}"


def pct(made: np.ndarray, attempts: np.ndarray) -> np.ndarray:
    """Made / attempts rounded to 3 decimals, NaN without attempts."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(attempts > 0, np.round(made / np.maximum(attempts, 1), 3), np.nan)


def box_stats(box: Box) -> dict[str, np.ndarray]:
    """The counting columns of a box, REB included, keyed by NBA.com column name."""
    return {
        "FGM": box.fgm,
        "FGA": box.fga,
        "FG3M": box.fg3m,
        "FG3A": box.fg3a,
        "FTM": box.ftm,
        "FTA": box.fta,
        "OREB": box.oreb,
        "DREB": box.dreb,
        "REB": box.oreb + box.dreb,
        "AST": box.ast,
        "STL": box.stl,
        "BLK": box.blk,
        "TOV": box.tov,
        "PF": box.pf,
        "PTS": box.pts,
        "PLUS_MINUS": box.plus_minus,
    }


def whole_minutes(seconds: np.ndarray) -> np.ndarray:
    """Minutes as LeagueGameLog reports them: whole minutes, rounded."""
    return np.floor(seconds / 60.0 + 0.5).astype(np.int64)


def with_percentages(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds FG_PCT, FG3_PCT and FT_PCT from the made/attempted columns."""
    for made, att, name in PCT_COLUMNS:
        frame[name] = pct(frame[made].to_numpy(float), frame[att].to_numpy(float))
    return frame


def frame(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame with exactly ``columns`` (in order), empty but typed when there are no rows."""
    out = pd.DataFrame(list(rows))
    if out.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return out.reindex(columns=list(columns))


@dataclass(frozen=True)
class TeamGame:
    """One team's side of a final game, with what the frames need to label it."""

    box: Box
    game_id: str
    game_date: date
    team: Team
    opponent: Team
    home: bool
    won: bool
    opponent_score: int


def appearance_columns(
    sides: Iterable[TeamGame], players: tuple[Player, ...]
) -> dict[str, np.ndarray]:
    """Column arrays of one row per player appearance, over many team-games at once."""
    parts: dict[str, list[np.ndarray]] = {}

    def put(name: str, values: np.ndarray) -> None:
        parts.setdefault(name, []).append(values)

    for tg in sides:
        n = len(tg.box.players)
        put("GAME_ID", np.full(n, tg.game_id, dtype=object))
        put("GAME_DATE", np.full(n, tg.game_date.isoformat(), dtype=object))
        put("TEAM_ID", np.full(n, tg.team.team_id, dtype=np.int64))
        put("TEAM_ABBREVIATION", np.full(n, tg.team.abbreviation, dtype=object))
        put("TEAM_NAME", np.full(n, tg.team.full_name, dtype=object))
        put("TEAM_CITY", np.full(n, tg.team.city, dtype=object))
        put("MATCHUP", np.full(n, matchup(tg.team, tg.opponent, tg.home), dtype=object))
        put("WL", np.full(n, "W" if tg.won else "L", dtype=object))
        put("PLAYER_ID", np.array([players[int(p)].player_id for p in tg.box.players]))
        put(
            "PLAYER_NAME",
            np.array([players[int(p)].full_name for p in tg.box.players], dtype=object),
        )
        put("STARTER", tg.box.starter)
        put("START_POSITION", np.array(tg.box.start_position, dtype=object))
        put("MIN", whole_minutes(tg.box.seconds))
        put("SECONDS", tg.box.seconds)
        for name, values in box_stats(tg.box).items():
            put(name, values)
    return {name: np.concatenate(arrays) for name, arrays in parts.items()}


def player_log_frame(
    sides: Iterable[TeamGame], players: tuple[Player, ...], season_id: str, season: str
) -> pd.DataFrame:
    """The season player-log layout (``PLAYER_LOG_COLUMNS``), one row per appearance."""
    columns = appearance_columns(sides, players)
    if not columns:
        return frame([], PLAYER_LOG_COLUMNS)
    out = pd.DataFrame(columns)
    out["SEASON_ID"] = season_id
    out["SEASON_LABEL"] = season
    return with_percentages(out).reindex(columns=list(PLAYER_LOG_COLUMNS))


def dnp_rows(
    tg: TeamGame,
    roster: Iterable[int],
    injured: frozenset[int],
    rested: frozenset[int],
    players: tuple[Player, ...],
) -> list[dict[str, Any]]:
    """Rows for rostered players who did not play, stats missing, with the reason."""
    played = {int(p) for p in tg.box.players}
    rows = []
    for p in sorted(int(x) for x in roster):
        if p in played:
            continue
        comment = RESTED if p in rested else INJURED if p in injured else COACH_DECISION
        rows.append(
            {
                "GAME_ID": tg.game_id,
                "GAME_DATE": tg.game_date.isoformat(),
                "TEAM_ID": tg.team.team_id,
                "TEAM_ABBREVIATION": tg.team.abbreviation,
                "TEAM_CITY": tg.team.city,
                "PLAYER_ID": players[p].player_id,
                "PLAYER_NAME": players[p].full_name,
                "MATCHUP": matchup(tg.team, tg.opponent, tg.home),
                "WL": "W" if tg.won else "L",
                "STARTER": False,
                "START_POSITION": "",
                "COMMENT": comment,
            }
        )
    return rows


def box_player_frame(
    sides: list[TeamGame], dnp: list[dict[str, Any]], players: tuple[Player, ...]
) -> pd.DataFrame:
    """Box-score player rows (``BOX_PLAYER_COLUMNS``): appearances, then who did not play.

    Counting columns are nullable integers, missing on the rows of players who did not play.
    """
    columns = appearance_columns(sides, players)
    played = pd.DataFrame(columns) if columns else frame([], BOX_PLAYER_COLUMNS)
    played["COMMENT"] = ""
    out = pd.concat([played, frame(dnp, BOX_PLAYER_COLUMNS)], ignore_index=True)
    for column in ("MIN", "SECONDS", *STATS):
        out[column] = pd.array(out[column].tolist(), dtype="Int64")
    out["STARTER"] = out["STARTER"].astype(bool)
    for made, att, name in PCT_COLUMNS:
        m = out[made].to_numpy(dtype=float, na_value=0.0)
        a = out[att].to_numpy(dtype=float, na_value=0.0)
        out[name] = pct(m, a)
    return out.reindex(columns=list(BOX_PLAYER_COLUMNS))


def team_row(tg: TeamGame) -> dict[str, Any]:
    """One team's totals (sums of its players) in the team-log layout."""
    row: dict[str, Any] = {
        "GAME_ID": tg.game_id,
        "GAME_DATE": tg.game_date.isoformat(),
        "TEAM_ID": tg.team.team_id,
        "TEAM_ABBREVIATION": tg.team.abbreviation,
        "TEAM_NAME": tg.team.full_name,
        "MATCHUP": matchup(tg.team, tg.opponent, tg.home),
        "WL": "W" if tg.won else "L",
        "MIN": int(np.rint(tg.box.seconds.sum() / 60.0)),
    }
    row.update({name: int(values.sum()) for name, values in box_stats(tg.box).items()})
    row["PLUS_MINUS"] = tg.box.score - tg.opponent_score
    for made, att, name in PCT_COLUMNS:
        row[name] = round(row[made] / row[att], 3) if row[att] else np.nan
    return row

"""Season game logs in NBA.com's LeagueGameLog layout, as feature history frames.

The shared season files (``player_logs/player_logs_<season>.csv`` and
``team_logs/nba_games_<YYYY_YY>.csv``) and the replay source use this layout. Its quirks:

- ``MATCHUP`` is ``"TOR vs. MIN"`` for the home team and ``"TOR @ MIN"`` away;
- ``MIN`` is whole minutes; players who did not play have no row (so ``played`` is True
  on every row), and a ``MIN == 0`` row is a real appearance of a few seconds;
- it has no starter flag: the five players with the most minutes of each team in a game
  are taken as its starters (right for most games; a starter in foul trouble or hurt
  early is missed);
- team files hold every season type, told apart by the first digit of ``SEASON_ID``
  (2 is the regular season), and repeat a few preseason and All-Star rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from tipoff.nba.features.columns import (
    BOX_STATS,
    PLAYER_HISTORY_COLUMNS,
    TEAM_HISTORY_COLUMNS,
    normalise_dates,
    require_columns,
)

REGULAR_SEASON = "2"
STARTERS_PER_TEAM = 5
_LOG_STATS = tuple(s.upper() for s in BOX_STATS)


def player_log_path(data_dir: Path, season: str) -> Path:
    return data_dir / "player_logs" / f"player_logs_{season}.csv"


def team_log_path(data_dir: Path, season: str) -> Path:
    return data_dir / "team_logs" / f"nba_games_{season.replace('-', '_')}.csv"


def available_seasons(data_dir: Path) -> list[str]:
    """Seasons with a player log file in ``data_dir``, oldest first."""
    folder = data_dir / "player_logs"
    names = sorted(p.name for p in folder.glob("player_logs_*.csv")) if folder.is_dir() else []
    return [n.removeprefix("player_logs_").removesuffix(".csv") for n in names]


def _opponents(frame: pd.DataFrame) -> pd.Series:
    """Each row's opponent: the other team id appearing in the same game."""
    teams = frame[["GAME_ID", "TEAM_ID"]].drop_duplicates()
    pairs = teams.merge(teams, on="GAME_ID", suffixes=("", "_OPP"))
    pairs = pairs[pairs["TEAM_ID"] != pairs["TEAM_ID_OPP"]]
    pairs = pairs.drop_duplicates(["GAME_ID", "TEAM_ID"])
    merged = frame[["GAME_ID", "TEAM_ID"]].merge(pairs, on=["GAME_ID", "TEAM_ID"], how="left")
    return pd.Series(merged["TEAM_ID_OPP"].to_numpy(), index=frame.index)


def _is_home(matchup: pd.Series) -> pd.Series:
    return matchup.astype(str).str.contains(" vs. ", regex=False)


def player_history_from_logs(logs: pd.DataFrame) -> pd.DataFrame:
    """A LeagueGameLog player frame as a player history frame (plus ``season``, name)."""
    require_columns(
        logs, ("PLAYER_ID", "TEAM_ID", "GAME_ID", "GAME_DATE", "MATCHUP", "MIN", *_LOG_STATS),
        "player game log",
    )  # fmt: skip
    frame = logs.reset_index(drop=True)
    out = pd.DataFrame(
        {
            "game_id": frame["GAME_ID"].astype(str).str.zfill(10).to_numpy(),
            "game_date": normalise_dates(frame["GAME_DATE"]).to_numpy(),
            "player_id": frame["PLAYER_ID"].astype("int64").to_numpy(),
            "team_id": frame["TEAM_ID"].astype("int64").to_numpy(),
        }
    )
    opponents = _opponents(frame.assign(GAME_ID=out["game_id"]))
    out["opponent_team_id"] = opponents.fillna(-1).astype("int64").to_numpy()
    out["is_home"] = _is_home(frame["MATCHUP"]).to_numpy()
    out["minutes"] = frame["MIN"].fillna(0).astype(float).to_numpy()
    # Rank by minutes within (game, team); ties broken by row order, so always 5 starters.
    rank = out.groupby(["game_id", "team_id"])["minutes"].rank(method="first", ascending=False)
    out["starter"] = (rank <= STARTERS_PER_TEAM).to_numpy()
    out["played"] = True
    for stat, column in zip(BOX_STATS, _LOG_STATS, strict=True):
        out[stat] = frame[column].fillna(0).astype("int64").to_numpy()
    if "SEASON_LABEL" in frame.columns:
        out["season"] = frame["SEASON_LABEL"].astype(str).to_numpy()
    if "PLAYER_NAME" in frame.columns:
        out["player_name"] = frame["PLAYER_NAME"].astype(str).to_numpy()
    return out[[*PLAYER_HISTORY_COLUMNS, *(c for c in ("season", "player_name") if c in out)]]


def team_history_from_logs(logs: pd.DataFrame, *, regular_season_only: bool = True) -> pd.DataFrame:
    """A LeagueGameLog team frame as a team history frame (plus ``season``)."""
    require_columns(
        logs, ("SEASON_ID", "TEAM_ID", "GAME_ID", "GAME_DATE", "MATCHUP", "MIN", *_LOG_STATS),
        "team game log",
    )  # fmt: skip
    frame = logs
    if regular_season_only:
        frame = frame[frame["SEASON_ID"].astype(str).str.startswith(REGULAR_SEASON)]
    frame = frame.assign(GAME_ID=frame["GAME_ID"].astype(str).str.zfill(10))
    frame = frame.drop_duplicates(["GAME_ID", "TEAM_ID"]).reset_index(drop=True)
    out = pd.DataFrame(
        {
            "game_id": frame["GAME_ID"].to_numpy(),
            "game_date": normalise_dates(frame["GAME_DATE"]).to_numpy(),
            "team_id": frame["TEAM_ID"].astype("int64").to_numpy(),
        }
    )
    out["opponent_team_id"] = _opponents(frame).fillna(-1).astype("int64").to_numpy()
    out["is_home"] = _is_home(frame["MATCHUP"]).to_numpy()
    out["minutes"] = frame["MIN"].fillna(0).astype(float).to_numpy()
    for stat, column in zip(BOX_STATS, _LOG_STATS, strict=True):
        out[stat] = frame[column].fillna(0).astype("int64").to_numpy()
    if "SEASON" in frame.columns:
        out["season"] = frame["SEASON"].astype(str).to_numpy()
    return out[[*TEAM_HISTORY_COLUMNS, *(["season"] if "season" in out else [])]]


def team_history_from_players(players: pd.DataFrame) -> pd.DataFrame:
    """Team rows summed from complete player box scores (when no team rows exist)."""
    keys = ["game_id", "game_date", "team_id", "opponent_team_id", "is_home"]
    extra = ["season"] if "season" in players.columns else []
    sums = players.groupby([*keys, *extra], as_index=False, sort=False)[
        ["minutes", *BOX_STATS]
    ].sum()
    return sums[[*TEAM_HISTORY_COLUMNS, *extra]]


def read_player_logs(data_dir: Path, seasons: Iterable[str]) -> pd.DataFrame:
    """Player history of ``seasons`` from ``data_dir`` (FileNotFoundError naming the file)."""
    frames = []
    for season in seasons:
        path = player_log_path(data_dir, season)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no player log for season {season}")
        frames.append(player_history_from_logs(pd.read_csv(path, dtype={"GAME_ID": str})))
    return pd.concat(frames, ignore_index=True) if frames else _empty(PLAYER_HISTORY_COLUMNS)


def read_team_logs(data_dir: Path, seasons: Iterable[str]) -> pd.DataFrame:
    """Regular-season team history of those ``seasons`` that have a file in ``data_dir``."""
    frames = []
    for season in seasons:
        path = team_log_path(data_dir, season)
        if path.is_file():
            frames.append(team_history_from_logs(pd.read_csv(path, dtype={"GAME_ID": str})))
    return pd.concat(frames, ignore_index=True) if frames else _empty(TEAM_HISTORY_COLUMNS)


def _empty(columns: Iterable[str]) -> pd.DataFrame:
    return pd.DataFrame({c: np.array([], dtype=float) for c in columns})

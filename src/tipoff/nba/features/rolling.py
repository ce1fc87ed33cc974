"""The features of a date from running state carried over from the date before.

:func:`tipoff.nba.features.build_features` computes every player's and team's sums over
the whole history it is given, so its cost grows with the history. A backfill or a live
season asks for date after date, each history the previous one plus the box scores dated
since. :class:`Rolling` keeps, per player and per team, the state after its last game and
advances it by the new rows only:

- the cumulative sums as pandas' grouped ``cumsum`` adds them (Kahan-compensated, in
  game order: the same additions, so the same floats), with each key's last eleven
  cumulative values for the 5- and 10-game windows, and the season's sums;
- the exponentially weighted averages' recursion (weight and average, as pandas' ``ewm``);
- the league's running sums over its complete team games, with the last 600 kept;
- each team's last ``MAX_TEAM_GAMES_MISSED + 1`` games (games missed since a player's
  last), and the box scores dated from the oldest of the teams' last six games (the
  teammates missing from a team's last game).

The features of targets dated after every row advanced come from these states through
the functions :func:`build_features` uses, so they are the same, value for value
(``tests/nba/test_features_rolling.py`` compares them date after date). What the state
cannot reproduce (a history without team rows, a missing statistic, a target dated before
the rows held) raises :class:`NotRolling`; the caller builds from the history instead.
"""

from __future__ import annotations

import copy
from datetime import date

import numpy as np
import pandas as pd

from tipoff.nba.features.absences import RECENT_TEAM_GAMES, missing_players
from tipoff.nba.features.build import (
    MAX_TEAM_GAMES_MISSED,
    feature_targets,
    features_from_states,
    with_usage,
)
from tipoff.nba.features.columns import (
    PLAYER_HISTORY_COLUMNS,
    TEAM_HISTORY_COLUMNS,
    require_columns,
    with_season,
)
from tipoff.nba.features.player import (
    EWMA_FAST_HALF_LIFE,
    EWMA_HALF_LIFE,
    ROLLING,
    SEASONAL,
    WINDOWS,
)
from tipoff.nba.features.team import (
    _LEAGUE,
    _SUMMED,
    LEAGUE_WINDOW,
    TEAM_WINDOW,
    league_games,
    league_ratios,
    team_games,
)

# The exponentially weighted averages: (column of the state, statistic, half-life).
_EWMA = (
    ("pts_ewma", "pts", EWMA_HALF_LIFE),
    ("pts_ewma_fast", "pts", EWMA_FAST_HALF_LIFE),
    ("minutes_ewma", "minutes", EWMA_HALF_LIFE),
    ("fga_ewma", "fga", EWMA_HALF_LIFE),
)
_MISSING_COLUMNS = (
    "team_id", "season", "game_id", "game_date", "player_id", "pts_season_avg",
    "minutes_season_avg",
)  # fmt: skip


class NotRolling(ValueError):
    """The history or the targets are outside what the running state reproduces."""


def _decay(half_life: float) -> float:
    """pandas' ``ewm(halflife=...)`` weight factor of the older games (1 - alpha)."""
    com = 1 / (1 - np.exp(np.log(0.5) / half_life)) - 1
    return 1.0 - 1.0 / (1.0 + com)


class _Keys:
    """Ids to rows of the state arrays, in order of first appearance."""

    def __init__(self) -> None:
        self.rows: dict[int, int] = {}
        self.ids: list[int] = []

    def positions(self, ids: np.ndarray) -> tuple[np.ndarray, int]:
        """The rows of ``ids`` and how many of them are new (appended)."""
        before = len(self.ids)
        for key in dict.fromkeys(ids.tolist()):
            if key not in self.rows:
                self.rows[key] = len(self.ids)
                self.ids.append(key)
        return np.fromiter((self.rows[k] for k in ids.tolist()), np.int64, len(ids)), len(
            self.ids
        ) - before


class _Sums:
    """Per-key running sums of several columns, added as pandas' grouped ``cumsum`` adds
    them (Kahan-compensated, one row after another), with the last ``depth`` sums."""

    def __init__(self, width: int, depth: int) -> None:
        self.acc = np.zeros((0, width))
        self.comp = np.zeros((0, width))
        self.recent = np.zeros((0, depth, width))  # [:, 0] the latest, [:, j] j rows before

    def grow(self, n: int) -> None:
        width, depth = self.acc.shape[1], self.recent.shape[1]
        self.acc = np.concatenate([self.acc, np.zeros((n, width))])
        self.comp = np.concatenate([self.comp, np.zeros((n, width))])
        self.recent = np.concatenate([self.recent, np.zeros((n, depth, width))])

    def reset(self, rows: np.ndarray) -> None:
        self.acc[rows] = 0.0
        self.comp[rows] = 0.0

    def add(self, rows: np.ndarray, values: np.ndarray) -> None:
        """Add one row of ``values`` to each key of ``rows`` (distinct)."""
        acc = self.acc[rows]
        y = values - self.comp[rows]
        total = acc + y
        self.comp[rows] = (total - acc) - y
        self.acc[rows] = total
        if self.recent.shape[1]:
            self.recent[rows, 1:] = self.recent[rows, :-1]
            self.recent[rows, 0] = total

    def window(self, size: int) -> np.ndarray:
        """Sum of each key's last ``size`` rows, as ``cumsum - cumsum.shift(size)``."""
        return self.recent[:, 0] - self.recent[:, size]


def _steps(keys: pd.Series) -> np.ndarray:
    """Each row's rank among the rows of its key (rows sorted by key, then game)."""
    return keys.groupby(keys, sort=False).cumcount().to_numpy()


class _Players:
    def __init__(self) -> None:
        self.keys = _Keys()
        depth = max(WINDOWS) + 1
        self.rolling = _Sums(len(ROLLING), depth)
        self.seasonal = _Sums(len(SEASONAL), 0)
        self.games = np.zeros(0, np.int64)
        self.season_games = np.zeros(0, np.int64)
        self.season = np.zeros(0, object)
        self.last_date = np.zeros(0, "datetime64[ns]")
        self.last = np.zeros((0, 4))  # team, points, minutes, starter
        self.ewm = np.zeros((0, len(_EWMA)))
        self.ewm_weight = np.zeros((0, len(_EWMA)))
        self.decay = np.array([_decay(h) for _, _, h in _EWMA])

    def _grow(self, n: int) -> None:
        self.rolling.grow(n)
        self.seasonal.grow(n)
        self.games = np.concatenate([self.games, np.zeros(n, np.int64)])
        self.season_games = np.concatenate([self.season_games, np.zeros(n, np.int64)])
        self.season = np.concatenate([self.season, np.full(n, None, object)])
        self.last_date = np.concatenate([self.last_date, np.zeros(n, "datetime64[ns]")])
        self.last = np.concatenate([self.last, np.zeros((n, 4))])
        self.ewm = np.concatenate([self.ewm, np.zeros((n, len(_EWMA)))])
        self.ewm_weight = np.concatenate([self.ewm_weight, np.zeros((n, len(_EWMA)))])

    def advance(self, p: pd.DataFrame) -> pd.DataFrame:
        """Add the played rows ``p`` (:func:`with_usage`, with ``season``); returns their
        season averages after each game (``pts_season_avg``, ``minutes_season_avg``)."""
        rows, added = self.keys.positions(p["player_id"].to_numpy(np.int64))
        self._grow(added)
        values = {c: p[c].to_numpy(dtype=float) for c in ("pts", "minutes", "fga", "fta",
                  "fg3a", "use", "team_use", "starter")}  # fmt: skip
        values["pts_sq"] = values["pts"] ** 2
        if any(np.isnan(v).any() for v in values.values()):
            raise NotRolling("a played row has a missing statistic")
        rolling = np.column_stack([values[c] for c in ROLLING])
        seasonal = np.column_stack([values[c] for c in SEASONAL])
        ewm_values = np.column_stack([values[stat] for _, stat, _ in _EWMA])
        last = np.column_stack(
            [p["team_id"].to_numpy(dtype=float), values["pts"], values["minutes"],
             values["starter"]]
        )  # fmt: skip
        seasons = p["season"].to_numpy(dtype=object)
        dates = p["game_date"].to_numpy(dtype="datetime64[ns]")
        pts_avg = np.empty(len(p))
        minutes_avg = np.empty(len(p))
        i_pts, i_min = SEASONAL.index("pts"), SEASONAL.index("minutes")
        steps = _steps(p["player_id"])
        for step in range(int(steps.max()) + 1 if len(steps) else 0):
            at = np.flatnonzero(steps == step)
            r = rows[at]
            new_season = self.season[r] != seasons[at]
            self.seasonal.reset(r[new_season])
            self.season_games[r[new_season]] = 0
            self.season[r] = seasons[at]
            first = self.games[r] == 0
            self.games[r] += 1
            self.season_games[r] += 1
            self.rolling.add(r, rolling[at])
            self.seasonal.add(r, seasonal[at])
            self._ewm(r, ewm_values[at], first)
            self.last_date[r] = dates[at]
            self.last[r] = last[at]
            pts_avg[at] = self.seasonal.acc[r, i_pts] / self.season_games[r]
            minutes_avg[at] = self.seasonal.acc[r, i_min] / self.season_games[r]
        return pd.DataFrame(
            {"pts_season_avg": pts_avg, "minutes_season_avg": minutes_avg}, index=p.index
        )

    def _ewm(self, rows: np.ndarray, x: np.ndarray, first: np.ndarray) -> None:
        # pandas' ewm(adjust=True) on a series without missing values, one step.
        weighted = self.ewm[rows]
        weight = self.ewm_weight[rows] * self.decay
        moved = weighted != x
        with np.errstate(invalid="ignore"):
            blended = (weight * weighted + 1.0 * x) / (weight + 1.0)
        weighted = np.where(moved, blended, weighted)
        weight = weight + 1.0
        self.ewm[rows] = np.where(first[:, None], x, weighted)
        self.ewm_weight[rows] = np.where(first[:, None], 1.0, weight)

    def states(self) -> pd.DataFrame:
        """One row per player: his :func:`player_states` row after his last game."""
        out = pd.DataFrame(
            {
                "player_id": np.asarray(self.keys.ids, dtype=np.int64),
                "game_date": self.last_date,
                "season": self.season,
                "games": self.games,
                "last_date": self.last_date,
                "last_team": self.last[:, 0].astype(np.int64),
                "last_pts": self.last[:, 1],
                "last_minutes": self.last[:, 2],
                "last_starter": self.last[:, 3],
            }
        )
        for window in WINDOWS:
            sums = self.rolling.window(window)
            for k, stat in enumerate(ROLLING):
                out[f"{stat}_sum{window}"] = sums[:, k]
        out["season_games"] = self.season_games
        for k, stat in enumerate(SEASONAL):
            out[f"{stat}_season_sum"] = self.seasonal.acc[:, k]
        out["pts_career_sum"] = self.rolling.acc[:, ROLLING.index("pts")]
        for k, (name, _, _) in enumerate(_EWMA):
            out[name] = self.ewm[:, k]
        return out


class _Teams:
    def __init__(self) -> None:
        self.keys = _Keys()
        self.window = _Sums(len(_SUMMED), TEAM_WINDOW + 1)
        self.seasonal = _Sums(len(_SUMMED), 0)
        self.games = np.zeros(0, np.int64)
        self.season = np.zeros(0, object)
        self.last_date = np.zeros(0, "datetime64[ns]")
        # team games played after each of a team's last games (games missed since)
        self.log = pd.DataFrame(
            {
                "team_id": np.zeros(0, np.int64),
                "game_date": np.zeros(0, "datetime64[ns]"),
                "team_games": np.zeros(0, np.int64),
            }
        )
        self.league_games = 0  # complete team games summed so far
        self.league = np.zeros((1, len(_LEAGUE)))  # running sums, the last LEAGUE_WINDOW + 1

    def advance(self, teams: pd.DataFrame) -> None:
        g = team_games(teams)
        g = g.sort_values(["team_id", "game_date", "game_id"], kind="stable").reset_index(drop=True)
        rows, added = self.keys.positions(g["team_id"].to_numpy(np.int64))
        self.window.grow(added)
        self.seasonal.grow(added)
        self.games = np.concatenate([self.games, np.zeros(added, np.int64)])
        self.season = np.concatenate([self.season, np.full(added, None, object)])
        self.last_date = np.concatenate([self.last_date, np.zeros(added, "datetime64[ns]")])
        values = np.column_stack([g[c].to_numpy(dtype=float) for c in _SUMMED])
        seasons = g["season"].to_numpy(dtype=object)
        dates = g["game_date"].to_numpy(dtype="datetime64[ns]")
        played = np.empty(len(g), np.int64)
        steps = _steps(g["team_id"])
        for step in range(int(steps.max()) + 1 if len(steps) else 0):
            at = np.flatnonzero(steps == step)
            r = rows[at]
            new_season = self.season[r] != seasons[at]
            self.seasonal.reset(r[new_season])
            self.season[r] = seasons[at]
            self.games[r] += 1
            self.window.add(r, values[at])
            self.seasonal.add(r, values[at])
            self.last_date[r] = dates[at]
            played[at] = self.games[r]
        log = pd.DataFrame(
            {"team_id": g["team_id"].to_numpy(np.int64), "game_date": dates, "team_games": played}
        )
        log = pd.concat([self.log, log], ignore_index=True) if len(self.log) else log
        # Rows of a team stay in game order: the tail is each team's latest games.
        self.log = log.groupby("team_id", sort=False).tail(MAX_TEAM_GAMES_MISSED + 1)
        self.log = self.log.sort_values(["team_id", "game_date"], kind="stable")
        self.log = self.log.reset_index(drop=True)
        complete = league_games(g)
        if len(complete):
            sums = np.column_stack(
                [
                    np.cumsum(np.concatenate([self.league[-1:, k], complete[c].to_numpy()]))[1:]
                    for k, c in enumerate(_LEAGUE)
                ]
            )
            self.league = np.concatenate([self.league, sums])[-(LEAGUE_WINDOW + 1) :]
            self.league_games += len(complete)

    def states(self) -> pd.DataFrame:
        """One row per team: its :func:`team_states` row after its last game."""
        out = pd.DataFrame(
            {
                "team_id": np.asarray(self.keys.ids, dtype=np.int64),
                "game_date": self.last_date,
                "season": self.season,
                "team_games": self.games,
                "last_date": self.last_date,
            }
        )
        l10 = self.window.window(TEAM_WINDOW)
        for k, column in enumerate(_SUMMED):
            out[f"{column}_l10"] = l10[:, k]
            out[f"{column}_season"] = self.seasonal.acc[:, k]
        return out

    def levels(self, index: pd.Index) -> pd.DataFrame:
        """:func:`league_levels` of dates after every game summed."""
        start = max(self.league_games - LEAGUE_WINDOW, 0)
        first = self.league_games + 1 - len(self.league)  # the game count of league[0]
        span = self.league[-1] - self.league[start - first]
        n = len(index)
        return league_ratios({c: np.full(n, span[k]) for k, c in enumerate(_LEAGUE)}, index)


class Rolling:
    """Running feature state of a history: every box score dated before :attr:`through`.

    :meth:`advance` returns a new state (the one advanced is left as it was, so states of
    consecutive dates can be kept and read at once); :meth:`features` gives
    ``build_features(history, targets, teams)`` for targets dated on or after
    :attr:`through`, value for value.
    """

    def __init__(self) -> None:
        self.through: date | None = None
        self.latest: pd.Timestamp | None = None  # the date of the last row held
        self._players = _Players()
        self._teams = _Teams()
        self._recent = pd.DataFrame(columns=list(_MISSING_COLUMNS))

    def advance(self, players: pd.DataFrame, teams: pd.DataFrame, through: date) -> Rolling:
        """The state after also ``players`` and ``teams``: every row dated from the
        current :attr:`through` up to (not including) ``through``, and no other."""
        require_columns(players, PLAYER_HISTORY_COLUMNS, "player history")
        require_columns(teams, TEAM_HISTORY_COLUMNS, "team history")
        if self.through is not None and through < self.through:
            raise NotRolling(f"state through {self.through} cannot go back to {through}")
        if self.through is None and teams.empty:
            raise NotRolling("a history without team rows: the features sum the players'")
        history = with_season(players)
        team_rows = with_season(teams)
        for frame in (history, team_rows):
            dates = frame["game_date"]
            if len(dates) and (
                dates.max() >= pd.Timestamp(through)
                or (self.through is not None and dates.min() < pd.Timestamp(self.through))
            ):
                raise NotRolling(f"rows dated outside {self.through} .. {through}")
        out = copy.deepcopy(self)
        out.through = through
        if not team_rows.empty:
            out._teams.advance(team_rows)
        prepared = with_usage(history, team_rows) if len(history) else history
        if len(prepared):
            averages = out._players.advance(prepared)
            prepared = pd.concat([prepared, averages], axis=1)
            out._remember(prepared[list(_MISSING_COLUMNS)])
        latest = [f["game_date"].max() for f in (history, team_rows) if len(f)]
        if latest:
            out.latest = max([*latest, *([out.latest] if out.latest is not None else [])])
        return out

    def _remember(self, rows: pd.DataFrame) -> None:
        """Keep the box scores from the oldest of every team's last six games on."""
        recent = pd.concat([self._recent, rows], ignore_index=True) if len(self._recent) else rows
        games = recent[["team_id", "game_id", "game_date"]].drop_duplicates(["team_id", "game_id"])
        games = games.sort_values(["team_id", "game_date", "game_id"], kind="stable")
        oldest = games.groupby("team_id", sort=False).tail(RECENT_TEAM_GAMES + 1)
        since = oldest.groupby("team_id", sort=False)["game_date"].min().min()
        self._recent = recent[recent["game_date"] >= since].reset_index(drop=True)

    def features(self, targets: pd.DataFrame) -> pd.DataFrame:
        """``build_features`` of ``targets`` (each dated on or after :attr:`through`)."""
        tg = feature_targets(targets)
        if self.through is None or (len(tg) and tg["game_date"].min() < pd.Timestamp(self.through)):
            raise NotRolling(f"targets dated before the state's end ({self.through})")
        if self.latest is None or not self._players.keys.ids:
            raise NotRolling("no played box score held")
        teams = self._teams.states()
        return features_from_states(
            tg,
            self._players.states(),
            teams,
            self._teams.levels(tg.index),
            missing_players(self._recent),
            self._teams.log,
        )

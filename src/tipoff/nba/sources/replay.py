"""``ReplaySource``: past seasons served from game-log files, in the live payload shapes.

The folder holds files in the ``nba_api`` layouts (see ``data/nba/README.md``)::

    player_logs/player_logs_<2023-24>.csv     LeagueGameLog, one row per player per game
    team_logs/nba_games_<2023_24>.csv         LeagueGameLog teams, all season types
    props/player_points_props_<from>_to_<to>.csv   pre-game player points quotes

and every document is rendered through ``tipoff.nba.sources.payloads``, so a replayed date reads
exactly like a live one. What the files cannot say is filled as follows:

- schedule: the date's regular-season games (SEASON_ID 2...). A game is final once it has
  ended: its tip-off comes from the props file where the date is covered (final
  ``REPLAY_GAME_LENGTH`` later, in progress in between), otherwise it is scheduled
  until the end of its ET date and final after it. No ``as_of`` means final.
- boxscore: players from the player logs (only those who played: the logs omit DNPs),
  team lines from the team logs. Starters are not recorded in game logs, so every
  ``position`` is ``""`` and no starters/bench split is given; minutes are whole
  (``"34:00"``); jersey numbers are ``""``.
- roster: the players who played for the team in the ``ROSTER_WINDOW_DAYS`` days before
  the date, less those whose latest game in that window was for another team (traded).
  Positions and numbers are unknown (``""``).
- injury_report: no rows (the files hold no injury history).
- odds_events / player_props: from the props file, empty outside its dates; each book's
  main line per player, its latest quote at or before ``as_of``.

Files are read on first use and kept per season; after that a date is served in a few
milliseconds.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from tipoff.engine.clock import Clock
from tipoff.errors import ConfigError, FetchError, SourceError
from tipoff.nba.documents import Document, FetchRequest, RawDocument
from tipoff.nba.parsers.schedule import season_of_game
from tipoff.nba.season import roster_season, season_of
from tipoff.nba.sources import payloads
from tipoff.nba.sources.web import ET, UTC, endpoint, redact
from tipoff.nba.teams import teams as static_teams

REPLAY_DATA_DIR_VARIABLE = "TIPOFF_REPLAY_DATA_DIR"
ROSTER_WINDOW_DAYS = 30
REPLAY_GAME_LENGTH = timedelta(hours=2, minutes=30)
REGULAR_SEASON = "2"  # first digit of SEASON_ID
_PROPS_FILE = re.compile(r"^player_points_props_(\d{4}-\d{2}-\d{2})_to_(\d{4}-\d{2}-\d{2})\.csv$")
_UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass
class _Season:
    """One season's logs, indexed for serving a date quickly."""

    season: str
    players: pd.DataFrame  # player logs
    teams: pd.DataFrame  # regular-season team rows with HOME, WINS, LOSSES after the game
    games: pd.DataFrame  # one row per game: GAME_ID, GAME_DATE, HOME/VISITOR ids and points
    players_by_game: dict[str, pd.DataFrame]
    teams_by_game: dict[str, pd.DataFrame]


@dataclass
class _Props:
    quotes: pd.DataFrame
    by_event: dict[str, pd.DataFrame]
    first_day: date
    last_day: date


class ReplaySource:
    """Serves schedule, box scores, rosters, injury report and odds from files on disk."""

    name = "replay"

    def __init__(self, data_dir: str | Path, *, clock: Clock | None = None) -> None:
        self.data_dir = Path(data_dir)
        if not self.data_dir.is_dir():
            raise ConfigError(
                f"replay data folder {self.data_dir} does not exist "
                f"(set {REPLAY_DATA_DIR_VARIABLE} to the folder holding player_logs/, "
                "team_logs/ and props/)"
            )
        self.clock = clock
        self._lock = threading.Lock()
        self._seasons: dict[str, _Season] = {}
        self._props: _Props | None = None
        self._props_loaded = False

    def close(self) -> None:
        """Nothing to release: the files are read whole."""

    # -- loading --------------------------------------------------------------------------

    def season(self, season: str) -> _Season:
        with self._lock:
            if season not in self._seasons:
                self._seasons[season] = self._load_season(season)
            return self._seasons[season]

    def _load_season(self, season: str) -> _Season:
        start = int(season[:4])
        player_file = self.data_dir / "player_logs" / f"player_logs_{season}.csv"
        team_file = self.data_dir / "team_logs" / f"nba_games_{start}_{(start + 1) % 100:02d}.csv"
        for path in (player_file, team_file):
            if not path.is_file():
                raise SourceError(f"replay has no data for season {season}: {path} is missing")
        ids = {"GAME_ID": str, "SEASON_ID": str}
        players = pd.read_csv(player_file, dtype=ids)
        teams = pd.read_csv(team_file, dtype=ids)
        teams = teams[teams["SEASON_ID"].str.startswith(REGULAR_SEASON)]
        teams = teams.drop_duplicates(["GAME_ID", "TEAM_ID"]).sort_values(["GAME_DATE", "GAME_ID"])
        teams = teams.assign(
            HOME=teams["MATCHUP"].str.contains(" vs. ", regex=False),
            WINS=(teams["WL"] == "W").astype(int).groupby(teams["TEAM_ID"]).cumsum(),
            LOSSES=(teams["WL"] == "L").astype(int).groupby(teams["TEAM_ID"]).cumsum(),
        )
        home = teams[teams["HOME"]].set_index("GAME_ID")
        away = teams[~teams["HOME"]].set_index("GAME_ID")
        both = home.index.intersection(away.index)
        games = pd.DataFrame(
            {
                "GAME_ID": both,
                "GAME_DATE": home.loc[both, "GAME_DATE"].to_numpy(),
                "HOME_TEAM_ID": home.loc[both, "TEAM_ID"].to_numpy(),
                "VISITOR_TEAM_ID": away.loc[both, "TEAM_ID"].to_numpy(),
                "HOME_PTS": home.loc[both, "PTS"].to_numpy(),
                "VISITOR_PTS": away.loc[both, "PTS"].to_numpy(),
                "MIN": home.loc[both, "MIN"].to_numpy(),
            }
        ).sort_values("GAME_ID")
        return _Season(
            season=season,
            players=players,
            teams=teams,
            games=games,
            players_by_game={str(k): v for k, v in players.groupby("GAME_ID", sort=False)},
            teams_by_game={str(k): v for k, v in teams.groupby("GAME_ID", sort=False)},
        )

    def props(self) -> _Props | None:
        """Every props file of the folder, read once (None when there is none)."""
        with self._lock:
            if not self._props_loaded:
                self._props = self._load_props()
                self._props_loaded = True
            return self._props

    def _props_files(self) -> list[tuple[Path, date, date]]:
        folder = self.data_dir / "props"
        found = []
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                m = _PROPS_FILE.match(path.name)
                if m:
                    found.append((path, date.fromisoformat(m[1]), date.fromisoformat(m[2])))
        return found

    def _covered_by_props(self, day: date) -> bool:
        return any(first <= day <= last for _, first, last in self._props_files())

    def _load_props(self) -> _Props | None:
        files = self._props_files()
        if not files:
            return None
        frames = [pd.read_csv(path, dtype={"event_id": str}) for path, _, _ in files]
        quotes = pd.concat(frames, ignore_index=True)
        if "is_main_line" in quotes.columns:  # ladders of alternate lines are another market
            quotes = quotes[quotes["is_main_line"] == 1]
        return _Props(
            quotes=quotes,
            by_event={str(k): v for k, v in quotes.groupby("event_id", sort=False)},
            first_day=min(f for _, f, _ in files),
            last_day=max(t for _, _, t in files),
        )

    # -- the Source protocol --------------------------------------------------------------

    def fetch(self, request: FetchRequest) -> RawDocument:
        planned = endpoint(request, odds_api_key="replay")
        url = redact(planned.full_url())
        as_of = _aware(request.as_of)
        doc = request.document
        payload: Any
        if doc is Document.SCHEDULE:
            payload = self._schedule(request.day, as_of)
        elif doc is Document.BOXSCORE:
            payload = self._boxscore(request.part, as_of, url)
        elif doc is Document.ROSTER:
            payload = self._roster(int(request.part), request.day)
        elif doc is Document.INJURY_REPORT:
            moment = as_of or datetime.combine(request.day, datetime.min.time(), ET).replace(
                hour=17
            )
            payload = payloads.injury_report(moment, pd.DataFrame())
        elif doc is Document.ODDS_EVENTS:
            payload = self._odds_events(request.day)
        elif doc is Document.PLAYER_PROPS:
            payload = self._player_props(request.part, as_of, url)
        else:  # pragma: no cover - Document is closed
            raise ConfigError(f"replay cannot serve {doc!r}")
        return RawDocument(
            source=self.name,
            request=request,
            url=url,
            content=payloads.encode(payload),
            fetched_at=self.clock.now() if self.clock is not None else time.time(),
        )

    # -- documents ------------------------------------------------------------------------

    def _tips(self, day: date) -> dict[int, datetime]:
        """Home team id -> tip-off, from the props file's commence times for ``day``."""
        if not self._covered_by_props(day):
            return {}
        props = self.props()
        if props is None:
            return {}
        rows = props.quotes[props.quotes["game_date_et"] == day.isoformat()]
        by_name = {t.full_name: t.team_id for t in static_teams()}
        tips = {}
        for name, commence in rows.groupby("home_team")["commence_time_utc"].first().items():
            if str(name) in by_name:
                moment = datetime.strptime(str(commence), _UTC_FORMAT).replace(tzinfo=UTC)
                tips[by_name[str(name)]] = moment.astimezone(ET)
        return tips

    @staticmethod
    def _status(day: date, tip: datetime | None, as_of: datetime | None) -> tuple[int, str]:
        if as_of is None:
            return 3, "Final"
        if tip is None:
            day_over = datetime.combine(day + timedelta(days=1), datetime.min.time(), ET)
            return (3, "Final") if as_of >= day_over else (1, "TBD")
        if as_of < tip:
            return 1, f"{tip.hour % 12 or 12}:{tip:%M} {'pm' if tip.hour >= 12 else 'am'} ET"
        if as_of < tip + REPLAY_GAME_LENGTH:
            return 2, "In Progress"
        return 3, "Final"

    def _schedule(self, day: date, as_of: datetime | None) -> dict[str, Any]:
        data = self.season(season_of(day))
        games = data.games[data.games["GAME_DATE"] == day.isoformat()]
        tips = self._tips(day)
        rows = []
        records: dict[int, str] = {}
        for g in games.to_dict("records"):
            tip = tips.get(int(g["HOME_TEAM_ID"]))
            status, text = self._status(day, tip, as_of)
            final = status == 3
            rows.append(
                {
                    "GAME_ID": str(g["GAME_ID"]),
                    "GAME_DATETIME_ET": tip if tip is not None else pd.NaT,
                    "GAME_STATUS_ID": status,
                    "GAME_STATUS_TEXT": text,
                    "HOME_TEAM_ID": int(g["HOME_TEAM_ID"]),
                    "VISITOR_TEAM_ID": int(g["VISITOR_TEAM_ID"]),
                    "HOME_PTS": g["HOME_PTS"] if final else None,
                    "VISITOR_PTS": g["VISITOR_PTS"] if final else None,
                    "PERIODS": 4 + max(0, int(g["MIN"]) - 240) // 25,
                    "SEASON": data.season,
                }
            )
            for side in data.teams_by_game[str(g["GAME_ID"])].to_dict("records"):
                wins, losses = int(side["WINS"]), int(side["LOSSES"])
                if not final:  # the record before this game
                    wins -= side["WL"] == "W"
                    losses -= side["WL"] == "L"
                records[int(side["TEAM_ID"])] = f"{wins}-{losses}"
        frame = pd.DataFrame(rows)
        if len(frame) and frame["GAME_DATETIME_ET"].isna().any():
            frame = frame.drop(columns="GAME_DATETIME_ET")
        return payloads.scoreboard_v3(day, frame, records=records)

    def _boxscore(self, game_id: str, as_of: datetime | None, url: str) -> dict[str, Any]:
        season = season_of_game(game_id)
        data = self.season(season) if season else None
        sides = data.teams_by_game.get(game_id) if data else None
        if data is None or sides is None or len(sides) != 2:
            raise FetchError(
                f"GET {url} failed: HTTP 404 (replay has no regular-season game {game_id})",
                url=url,
                status=404,
                attempts=1,
            )
        home = int(sides[sides["HOME"]]["TEAM_ID"].iloc[0])
        away = int(sides[~sides["HOME"]]["TEAM_ID"].iloc[0])
        day = date.fromisoformat(str(sides["GAME_DATE"].iloc[0]))
        status, _ = self._status(day, self._tips(day).get(home), as_of)
        if status != 3:  # not over yet: the teams without players, as before tip-off
            empty = pd.DataFrame(columns=["TEAM_ID", "PLAYER_ID", "PLAYER_NAME"])
            return payloads.boxscore_traditional_v3(game_id, home, away, empty, None)
        players = data.players_by_game.get(game_id, pd.DataFrame(columns=["TEAM_ID"]))
        players = players.sort_values(
            ["TEAM_ID", "MIN", "PLAYER_ID"], ascending=[True, False, True]
        )
        players = players.assign(START_POSITION="", COMMENT="")
        ended = datetime.combine(day + timedelta(days=1), datetime.min.time(), ET)
        return payloads.boxscore_traditional_v3(
            game_id, home, away, players, sides, generated_at=ended
        )

    def _roster(self, team_id: int, day: date) -> dict[str, Any]:
        logs = self.season(season_of(day)).players
        since = (day - timedelta(days=ROSTER_WINDOW_DAYS)).isoformat()
        window = logs[(logs["GAME_DATE"] >= since) & (logs["GAME_DATE"] < day.isoformat())]
        latest = window.sort_values(["GAME_DATE", "GAME_ID"]).drop_duplicates(
            "PLAYER_ID", keep="last"
        )
        current = latest[latest["TEAM_ID"] == team_id].sort_values("PLAYER_NAME")
        roster = current[["PLAYER_ID", "PLAYER_NAME"]].assign(NUM="", POSITION="")
        return payloads.common_team_roster(team_id, roster_season(day), roster)

    def _odds_events(self, day: date) -> list[dict[str, Any]]:
        props = self.props() if self._covered_by_props(day) else None
        if props is None:
            return []
        return payloads.odds_events(props.quotes[props.quotes["game_date_et"] == day.isoformat()])

    def _player_props(self, event_id: str, as_of: datetime | None, url: str) -> dict[str, Any]:
        props = self.props()
        quotes = props.by_event.get(event_id) if props is not None else None
        if quotes is None:
            raise FetchError(
                f"GET {url} failed: HTTP 404 (replay has no odds event {event_id})",
                url=url,
                status=404,
                attempts=1,
            )
        first = quotes.iloc[0]
        event = payloads.odds_event(
            event_id, str(first["commence_time_utc"]), str(first["home_team"]), first["away_team"]
        )
        if as_of is not None:
            cutoff = as_of.astimezone(UTC).strftime(_UTC_FORMAT)
            quotes = quotes[quotes["last_update_utc"] <= cutoff]
        latest = quotes.sort_values("last_update_utc").drop_duplicates(
            ["bookmaker", "player", "line"], keep="last"
        )
        return payloads.event_odds(event, latest)


def _aware(moment: datetime | None) -> datetime | None:
    """An aware instant (a naive one is ET, as everywhere in tipoff's NBA code)."""
    if moment is None:
        return None
    return moment.replace(tzinfo=ET) if moment.tzinfo is None else moment

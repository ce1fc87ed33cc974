"""The real seasons on disk: which exist, a span of them, and their history frames."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from tipoff.nba.features import available_seasons, read_player_logs, read_team_logs
from tipoff.nba.model.errors import DataError
from tipoff.nba.season import season_label

_SEASON = re.compile(r"^(\d{4})-(\d{2})$")


def previous_season(season: str) -> str:
    return season_label(int(season[:4]) - 1)


def parse_season(text: str) -> str:
    """A season label ("2023-24"), checked for shape and consecutive years."""
    match = _SEASON.match(text.strip())
    if not match or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        raise DataError(f"season {text!r}: expected a label such as 2023-24")
    return text.strip()


def parse_span(text: str, known: list[str]) -> list[str]:
    """ "2015-16..2022-23" (inclusive), "2021-22,2022-23" or one season → known labels."""
    text = text.strip()
    if ".." in text:
        first, last = (parse_season(part) for part in text.split("..", 1))
        if first > last:
            raise DataError(f"season span {text!r}: {first} comes after {last}")
        wanted = [s for s in known if first <= s <= last]
        for edge in (first, last):
            if edge not in known:
                raise DataError(_unknown(edge, known))
    else:
        wanted = [parse_season(part) for part in text.split(",") if part.strip()]
        for season in wanted:
            if season not in known:
                raise DataError(_unknown(season, known))
    if not wanted:
        raise DataError(f"season span {text!r}: no season")
    return sorted(set(wanted))


def _unknown(season: str, known: list[str]) -> str:
    have = f"{known[0]}..{known[-1]}" if known else "none"
    return f"season {season}: no player log in the data folder (seasons available: {have})"


@dataclass(frozen=True)
class RealData:
    """A data folder laid out as ``shared/data/nba`` (see its README)."""

    root: Path

    @classmethod
    def open(cls, root: str | Path) -> RealData:
        path = Path(root).expanduser()
        if not path.is_dir():
            raise DataError(f"data folder {path}: not found")
        if not (path / "player_logs").is_dir():
            raise DataError(f"data folder {path}: no player_logs/ folder in it")
        return cls(path)

    @property
    def seasons(self) -> list[str]:
        return available_seasons(self.root)

    def span(self, text: str) -> list[str]:
        return parse_span(text, self.seasons)

    def history(self, last_season: str) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Player and team history of every season up to ``last_season`` (inclusive)."""
        seasons = [s for s in self.seasons if s <= last_season]
        players = read_player_logs(self.root, seasons)
        # The team logs start a season earlier, for the opponents' form in October.
        teams = read_team_logs(self.root, [previous_season(seasons[0]), *seasons])
        return players, teams

    def props_files(self) -> list[Path]:
        folder = self.root / "props"
        return sorted(folder.glob("player_points_props_*.csv")) if folder.is_dir() else []

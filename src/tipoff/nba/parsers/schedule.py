"""``schedule``: NBA.com ``scoreboardv2`` (GameHeader + LineScore) → :class:`ScheduleRow`.

GameHeader has one row per game with the status and the team ids; LineScore one row per
team per game with the tricode and the points (null until the game starts). GAMECODE
(``20251112/BOSNYK``: away then home tricode) stands in for a LineScore row that is absent,
as it is for games not yet started on some days.
"""

from __future__ import annotations

import re
from typing import Any

from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, result_set, show
from tipoff.nba.parsers.rows import ScheduleRow

GAME_HEADER_COLUMNS = (
    "GAME_DATE_EST", "GAME_ID", "GAME_STATUS_ID", "GAME_STATUS_TEXT", "GAMECODE",
    "HOME_TEAM_ID", "VISITOR_TEAM_ID", "SEASON",
)  # fmt: skip
LINE_SCORE_COLUMNS = ("GAME_ID", "TEAM_ID", "TEAM_ABBREVIATION", "PTS")
_GAMECODE = re.compile(r"^\d{8}/([A-Z]{3})([A-Z]{3})$")
_SEASON_YEAR = re.compile(r"^(\d{4})$")
_SEASON_LABEL = re.compile(r"^\d{4}-\d{2}$")


def season_label(value: Any) -> str | None:
    """GameHeader's SEASON ("2025") as the season label tipoff uses ("2025-26")."""
    text = str(value).strip() if isinstance(value, str | int) else ""
    if _SEASON_LABEL.match(text):
        return text
    m = _SEASON_YEAR.match(text)
    if m:
        year = int(m.group(1))
        return f"{year}-{(year + 1) % 100:02d}"
    return None


def parse_schedule(
    content: bytes, *, source_key: str, problems: Problems | None = None
) -> list[ScheduleRow]:
    """Rows of ``raw_schedule`` from a scoreboardv2 payload.

    Raises PayloadError listing every problem, unless ``problems`` is given: then the
    problems are added to it and the rows that could be read are returned.
    """
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    payload = load_json(content, source_key)
    header = result_set(payload, "GameHeader", GAME_HEADER_COLUMNS, found)
    lines = result_set(payload, "LineScore", LINE_SCORE_COLUMNS, found)
    teams: dict[tuple[str, int], tuple[str | None, int | None]] = {}
    for path, row in lines.rows if lines else ():
        r = Reader(row, path, found)
        try:
            game_id = r.req_str("GAME_ID", empty=False)
            team = r.req_int("TEAM_ID")
            tricode = r.text("TEAM_ABBREVIATION", nullable=True)
            teams[(game_id, team)] = (tricode, r.integer("PTS", nullable=True))
        except Skip:
            continue

    rows: dict[str, ScheduleRow] = {}
    for path, row in header.rows if header else ():
        r = Reader(row, path, found)
        try:
            game_id = r.req_str("GAME_ID", empty=False)
            season = season_label(r.raw("SEASON"))
            if season is None:
                raise r.fail("SEASON", f"expected a season year, got {show(row['SEASON'])}")
            home, away = r.req_int("HOME_TEAM_ID"), r.req_int("VISITOR_TEAM_ID")
            code = _GAMECODE.match(str(row["GAMECODE"] or ""))
            home_tri, home_pts = teams.get((game_id, home), (None, None))
            away_tri, away_pts = teams.get((game_id, away), (None, None))
            parsed = ScheduleRow(
                source_key=source_key,
                origin=path,
                game_id=game_id,
                game_date=r.iso_date("GAME_DATE_EST"),
                season=season,
                home_team_id=home,
                away_team_id=away,
                home_tricode=home_tri or (code.group(2) if code else None),
                away_tricode=away_tri or (code.group(1) if code else None),
                status=r.req_int("GAME_STATUS_ID"),
                status_text=r.req_str("GAME_STATUS_TEXT").strip(),
                home_pts=home_pts,
                away_pts=away_pts,
            )
        except Skip:
            continue
        # scoreboardv2 has been seen to repeat a game's row; identical repeats are harmless.
        earlier = rows.get(game_id)
        if earlier is not None and earlier != parsed:
            found.add(path, f"game {game_id} listed twice, differently (see {earlier.origin})")
            continue
        rows.setdefault(game_id, parsed)
    if own:
        found.raise_if_any()
    return list(rows.values())

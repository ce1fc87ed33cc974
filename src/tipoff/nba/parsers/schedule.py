"""``schedule``: NBA.com ``scoreboardv3`` (or ``scoreboardv2``) → :class:`ScheduleRow`.

``scoreboardv3`` is what the pipeline asks for: since October 2025 ``scoreboardv2`` answers
the 2025-26 season with an empty LineScore and a stale status, so it can no longer say
which games are final or what they scored. v3 is one object per game with its status,
its two teams, their tricodes and scores (0 until the game starts, so scores are read only
once it has). The v2 shape is still read, for documents stored before the switch and for
old dates: the parser tells the two apart by their top-level keys.

In v2, GameHeader has one row per game with the status and the team ids; LineScore one row per
team per game with the tricode and the points (null until the game starts). GAMECODE
(``20251112/BOSNYK``: away then home tricode) stands in for a LineScore row that is absent,
as it is for games not yet started on some days.
"""

from __future__ import annotations

import re
from typing import Any

from tipoff.nba.game_status import SCHEDULED
from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, result_set, show
from tipoff.nba.parsers.rows import ScheduleRow
from tipoff.nba.season import season_label

GAME_HEADER_COLUMNS = (
    "GAME_DATE_EST", "GAME_ID", "GAME_STATUS_ID", "GAME_STATUS_TEXT", "GAMECODE",
    "HOME_TEAM_ID", "VISITOR_TEAM_ID", "SEASON",
)  # fmt: skip
LINE_SCORE_COLUMNS = ("GAME_ID", "TEAM_ID", "TEAM_ABBREVIATION", "PTS")
_GAMECODE = re.compile(r"^\d{8}/([A-Z]{3})([A-Z]{3})$")
_SEASON_YEAR = re.compile(r"^(\d{4})$")
_SEASON_LABEL = re.compile(r"^\d{4}-\d{2}$")


def header_season(value: Any) -> str | None:
    """GameHeader's SEASON ("2025") as the season label tipoff uses ("2025-26")."""
    text = str(value).strip() if isinstance(value, str | int) else ""
    if _SEASON_LABEL.match(text):
        return text
    m = _SEASON_YEAR.match(text)
    if m:
        return season_label(int(m.group(1)))
    return None


def parse_schedule(
    content: bytes, *, source_key: str, problems: Problems | None = None
) -> list[ScheduleRow]:
    """Rows of ``raw_schedule`` from a scoreboardv3 or scoreboardv2 payload.

    Raises PayloadError listing every problem, unless ``problems`` is given: then the
    problems are added to it and the rows that could be read are returned.
    """
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    payload = load_json(content, source_key)
    if isinstance(payload, dict) and "scoreboard" in payload:
        rows = _v3_rows(payload, source_key, found)
    else:
        rows = _v2_rows(payload, source_key, found)
    if own:
        found.raise_if_any()
    return rows


def season_of_game(game_id: str) -> str | None:
    """``"0022500171"`` → ``"2025-26"``: NBA.com game ids carry the season's start year."""
    if len(game_id) != 10 or not game_id.isdigit():
        return None
    return season_label(2000 + int(game_id[3:5]))


def _v3_rows(payload: dict[str, Any], source_key: str, found: Problems) -> list[ScheduleRow]:
    """One row per ``scoreboard.games[i]``; paths in messages start at ``scoreboard``."""
    try:
        board = Reader(payload, "", found).obj_at("scoreboard")
        day = board.iso_date("gameDate")
        games = list(board.children("games"))
    except Skip:
        return []
    rows: dict[str, ScheduleRow] = {}
    for _, g in games:
        try:
            game_id = g.req_str("gameId", empty=False).strip()
            season = season_of_game(game_id)
            if season is None:
                raise g.fail("gameId", f"expected a 10-digit game id, got {show(game_id)}")
            status = g.req_int("gameStatus")
            home, away = g.obj_at("homeTeam"), g.obj_at("awayTeam")
            started = status != SCHEDULED
            home_pts = home.integer("score", nullable=True) if started else None
            away_pts = away.integer("score", nullable=True) if started else None
            parsed = ScheduleRow(
                source_key=source_key,
                origin=g.path,
                game_id=game_id,
                game_date=day,
                season=season,
                home_team_id=home.req_int("teamId"),
                away_team_id=away.req_int("teamId"),
                home_tricode=home.optional_text("teamTricode"),
                away_tricode=away.optional_text("teamTricode"),
                status=status,
                status_text=g.req_str("gameStatusText").strip(),
                home_pts=home_pts,
                away_pts=away_pts,
            )
        except Skip:
            continue
        _keep_once(rows, parsed, found)
    return list(rows.values())


def _keep_once(rows: dict[str, ScheduleRow], parsed: ScheduleRow, found: Problems) -> None:
    """Scoreboards have been seen to repeat a game; identical repeats are harmless."""
    earlier = rows.get(parsed.game_id)
    if earlier is not None and earlier != parsed:
        found.add(
            parsed.origin,
            f"game {parsed.game_id} listed twice, differently (see {earlier.origin})",
        )
        return
    rows.setdefault(parsed.game_id, parsed)


def _v2_rows(payload: Any, source_key: str, found: Problems) -> list[ScheduleRow]:
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
            season = header_season(r.raw("SEASON"))
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
        _keep_once(rows, parsed, found)
    return list(rows.values())

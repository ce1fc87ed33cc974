"""``boxscore``: NBA.com ``boxscoretraditionalv3`` → :class:`PlayerBoxRow` and :class:`TeamBoxRow`.

One document per game. Field paths in messages are relative to ``boxScoreTraditional``
(``homeTeam.players[4].statistics.points``). Every player of both teams is listed,
including those who did not play: their ``comment`` says why ("DNP - Coach's Decision")
and their ``minutes`` is empty; they become rows with ``played`` False and zero stats, so
a player's absence is a fact in the data rather than a missing row. Starters are the
players with a ``position`` ("F", "C", "G"); the bench has "".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, show
from tipoff.nba.parsers.rows import BOX_STAT_FIELDS, PlayerBoxRow, TeamBoxRow

_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d)(?:\.\d+)?$")
_ISO = re.compile(r"^PT(\d+)M(\d+(?:\.\d+)?)S$")

BoxRow = PlayerBoxRow | TeamBoxRow


def parse_minutes(value: Any) -> float | None:
    """ "34:12" (or "PT34M12.00S", or a number) → 34.2 minutes; "" or null → None.

    Raises ValueError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    if not text:
        return None
    m = _CLOCK.match(text) or _ISO.match(text)
    if not m:
        raise ValueError(value)
    return round(int(m.group(1)) + float(m.group(2)) / 60.0, 4)


def _minutes(r: Reader) -> float | None:
    value = r.raw("minutes")
    try:
        return parse_minutes(value)
    except ValueError:
        raise r.fail("minutes", f"expected minutes as MM:SS, got {show(value)}") from None


def _stats(r: Reader) -> dict[str, int]:
    """Every counting stat of a statistics object; all bad fields are recorded."""
    out: dict[str, int] = {}
    bad = False
    for column, name in BOX_STAT_FIELDS.items():
        try:
            out[column] = r.req_int(name)
        except Skip:
            bad = True
    if bad:
        raise Skip()
    return out


def _optional_text(r: Reader, name: str) -> str:
    value = r.raw(name) if name in r.obj else ""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise r.fail(name, f"expected a string, got {show(value)}")
    return value.strip()


def parse_boxscore(
    content: bytes, *, source_key: str, game_date: date, problems: Problems | None = None
) -> list[BoxRow]:
    """Player and team rows of one game (see ``parse_schedule`` for ``problems``)."""
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    payload = load_json(content, source_key)
    rows: list[BoxRow] = []
    game = _game(payload, found)
    if game is not None:
        box, game_id, ids = game
        for side in ids:
            try:
                rows.extend(_team(box, side, game_id, game_date, ids))
            except Skip:
                continue
    if own:
        found.raise_if_any()
    return rows


def _team(
    box: Reader, side: str, game_id: str, game_date: date, ids: dict[str, int]
) -> list[BoxRow]:
    """One side's player rows and team row."""
    team_id = ids[side]
    is_home = side == "homeTeam"
    opponent = ids["awayTeam" if is_home else "homeTeam"]
    team = box.obj_at(side)
    if team.req_int("teamId") != team_id:
        expected = f"{team_id} (the {side[:4]}TeamId)"
        raise team.fail("teamId", f"expected {expected}, got {show(team.obj['teamId'])}")
    rows: list[BoxRow] = []
    rows.extend(_players(team, game_id, game_date, team_id, opponent, is_home))
    totals = team.obj_at("statistics")
    minutes = _minutes(totals)
    rows.append(
        TeamBoxRow(
            source_key=box.problems.source_key,
            origin=team.path,
            game_id=game_id,
            team_id=team_id,
            game_date=game_date,
            opponent_team_id=opponent,
            is_home=is_home,
            minutes=0.0 if minutes is None else minutes,
            **_stats(totals),
        )
    )
    return rows


def _game(payload: Any, found: Problems) -> tuple[Reader, str, dict[str, int]] | None:
    """The ``boxScoreTraditional`` object, its game id and its two team ids."""
    if not isinstance(payload, dict):
        found.add("", f"expected an object at the top level, got {show(payload)}")
        return None
    try:
        root = Reader(payload, "", found).obj_at("boxScoreTraditional")
        box = Reader(root.obj, "", found)  # paths are given relative to boxScoreTraditional
        game_id = box.req_str("gameId", empty=False)
        ids = {"homeTeam": box.req_int("homeTeamId"), "awayTeam": box.req_int("awayTeamId")}
    except Skip:
        return None
    return box, game_id, ids


def _players(
    team: Reader, game_id: str, game_date: date, team_id: int, opponent: int, is_home: bool
) -> list[PlayerBoxRow]:
    rows = []
    for _, p in team.children("players"):
        try:
            stats = p.obj_at("statistics")
            comment = _optional_text(p, "comment")
            minutes = _minutes(stats)
            played = minutes is not None and (minutes > 0 or not comment)
            if played:
                counts = _stats(stats)
                pm = stats.number("plusMinusPoints", nullable=True)
                plus_minus = None if pm is None else round(pm)
            else:
                counts = dict.fromkeys(BOX_STAT_FIELDS, 0)
                plus_minus = None
            first = _optional_text(p, "firstName")
            family = _optional_text(p, "familyName")
            rows.append(
                PlayerBoxRow(
                    source_key=p.problems.source_key,
                    origin=p.path,
                    game_id=game_id,
                    player_id=p.req_int("personId"),
                    game_date=game_date,
                    team_id=team_id,
                    opponent_team_id=opponent,
                    is_home=is_home,
                    player_name=f"{first} {family}".strip() or _optional_text(p, "nameI"),
                    starter=_optional_text(p, "position") != "",
                    played=played,
                    dnp_reason=None if played else (comment or None),
                    minutes=minutes or 0.0,
                    plus_minus=plus_minus,
                    **counts,
                )
            )
        except Skip:
            continue
    return rows

"""``roster``: NBA.com ``commonteamroster`` (CommonTeamRoster) → :class:`RosterRow`.

The endpoint answers for the season; the row is dated by the day the roster was taken
(the document's date), so each date keeps the roster as it stood then.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, result_set, show
from tipoff.nba.parsers.rows import RosterRow

ROSTER_COLUMNS = ("TeamID", "PLAYER", "NUM", "POSITION", "EXP", "PLAYER_ID")


def _short_text(r: Reader, name: str) -> str | None:
    """A free-text column that may be null, empty, a string or (EXP, NUM) a number."""
    value: Any = r.raw(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise r.fail(name, f"expected a string, got {show(value)}")
    return str(value).strip()


def parse_roster(
    content: bytes, *, source_key: str, roster_date: date, problems: Problems | None = None
) -> list[RosterRow]:
    """Rows of ``raw_rosters`` from a commonteamroster payload (see ``parse_schedule``)."""
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    payload = load_json(content, source_key)
    roster = result_set(payload, "CommonTeamRoster", ROSTER_COLUMNS, found)
    rows: list[RosterRow] = []
    for path, row in roster.rows if roster else ():
        r = Reader(row, path, found)
        try:
            rows.append(
                RosterRow(
                    source_key=source_key,
                    origin=path,
                    roster_date=roster_date,
                    team_id=r.req_int("TeamID"),
                    player_id=r.req_int("PLAYER_ID"),
                    player_name=r.req_str("PLAYER", empty=False).strip(),
                    position=_short_text(r, "POSITION"),
                    jersey=_short_text(r, "NUM"),
                    experience=_short_text(r, "EXP"),
                )
            )
        except Skip:
            continue
    if own:
        found.raise_if_any()
    return rows

"""``injury_report``: the NBA's official injury report → :class:`InjuryRow`.

The document is the PDF NBA.com publishes (read by ``injury_pdf``) or the same rows as
JSON (what the simulator and replay serve).

The report names players as "Last, First" and teams by their full name, never by id.
Each row is matched against the date's rosters (a :class:`~tipoff.nba.names.PlayerLookup`
passed in); a name that matches nobody is not dropped in silence but reported in
``warnings``, which the raw processor logs and returns with its result. Two quirks of the
real report: a team that has not filed yet appears as one row with no player and the
reason "NOT YET SUBMITTED"; and a report can already list the next day's games, which
belong to the next day's report.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from tipoff.nba.names import PlayerLookup, first_last, team_id
from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, show
from tipoff.nba.parsers.injury_pdf import is_pdf, report_from_pdf
from tipoff.nba.parsers.rows import InjuryRow

STATUSES = ("out", "doubtful", "questionable", "probable", "available")
GAME_DATE_FORMAT = "%m/%d/%Y"


def parse_injury_report(
    content: bytes,
    *,
    source_key: str,
    report_date: date,
    players: PlayerLookup,
    games: Mapping[str, str] | None = None,
    warnings: list[str] | None = None,
    problems: Problems | None = None,
) -> list[InjuryRow]:
    """Rows of ``raw_injury_report``; ``games`` maps a matchup ("BOS@NYK") to its game id.

    Unmatched players go to ``warnings`` (see ``parse_schedule`` for ``problems``).
    """
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    notes = [] if warnings is None else warnings
    payload = (
        report_from_pdf(content, source_key) if is_pdf(content) else load_json(content, source_key)
    )
    rows: dict[int, InjuryRow] = {}
    if not isinstance(payload, dict):
        found.add("", f"expected an object at the top level, got {show(payload)}")
        payload = {}
    doc = Reader(payload, "", found)
    try:
        doc.req_instant("reportTime")
        items = list(doc.children("rows"))
    except Skip:
        items = []
    elsewhere = 0
    for _, r in items:
        try:
            name = r.optional_text("playerName")
            team_name = r.req_str("team", empty=False)
            team = team_id(team_name)
            if team is None:
                raise r.fail("team", f"unknown team {show(team_name)}")
            listed = r.optional_text("gameDate")
            if listed is not None and r.iso_date("gameDate", fmt=GAME_DATE_FORMAT) != report_date:
                elsewhere += 1
                continue
            if name is None:
                reason = r.optional_text("reason") or "no reason given"
                notes.append(f"{source_key}: {r.path}: no player for {team_name} ({reason})")
                continue
            status = r.req_str("currentStatus").strip().lower()
            if status not in STATUSES:
                got = show(r.obj["currentStatus"])
                raise r.fail("currentStatus", f"expected one of {', '.join(STATUSES)}, got {got}")
            player = players.match(first_last(name), team)
            if player is None:
                notes.append(
                    f"{source_key}: {r.path}.playerName: no player {name!r} of {team_name} "
                    f"in the rosters of {report_date}"
                )
                continue
            matchup = (r.optional_text("matchup") or "").upper()
            row = InjuryRow(
                source_key=source_key,
                origin=r.path,
                report_date=report_date,
                player_id=player,
                team_id=team,
                game_id=(games or {}).get(matchup),
                player_name=first_last(name),
                status=status,
                reason=r.optional_text("reason"),
            )
        except Skip:
            continue
        if player in rows:
            notes.append(
                f"{source_key}: {r.path}: {name!r} listed twice, kept {rows[player].origin}"
            )
            continue
        rows[player] = row
    if elsewhere:
        notes.append(
            f"{source_key}: rows of games on other dates than {report_date} left out: {elsewhere}"
        )
    if own:
        found.raise_if_any()
    return list(rows.values())

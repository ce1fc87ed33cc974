"""The NBA's official injury report PDF → the report's rows, as the JSON form has them.

NBA.com publishes the report as a landscape PDF (``Injury-Report_<date>_<time>.pdf``):
a title line ``Injury Report: 10/19/21 12:30 AM`` and one table over the pages with the
columns Game Date, Game Time, Matchup, Team, Player Name, Current Status, Reason (the
layout ``nbainjuries`` documents). Cells repeat only when they change: a game's date,
time and matchup are written on its first row, a team on its first player, so the blanks
are carried down. A team that has not filed shows one row with no player and the reason
"NOT YET SUBMITTED"; a long reason may wrap onto a row of its own, which is joined back.
pdfplumber reads the table; the result is the ``{"reportTime", "rows"}`` document that
``parse_injury_report`` reads, so both forms share one parser.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Any

from tipoff.errors import PayloadError
from tipoff.nba.game_status import ET

COLUMNS = ("Game Date", "Game Time", "Matchup", "Team", "Player Name", "Current Status", "Reason")
KEYS = ("gameDate", "gameTime", "matchup", "team", "playerName", "currentStatus", "reason")
CARRIED = ("gameDate", "gameTime", "matchup", "team")
_TITLE = re.compile(r"Injury Report:\s*(\d{1,2}/\d{1,2}/(\d{4}|\d{2}))\s+(\d{1,2}:\d{2}\s*[AP]M)")
PDF_MAGIC = b"%PDF-"


def is_pdf(content: bytes) -> bool:
    return content.startswith(PDF_MAGIC)


def _cell(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def report_from_pdf(content: bytes, source_key: str) -> dict[str, Any]:
    """The report's time and rows; PayloadError (naming the file) if it is not the report."""
    import pdfplumber  # loaded only where a PDF is read: it is slow to import

    try:
        with pdfplumber.open(io.BytesIO(content)) as pdf:
            pages = [(page.extract_text() or "", page.extract_table() or []) for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        raise PayloadError(f"{source_key}: not a readable PDF: {exc}") from None
    title = _TITLE.search(pages[0][0] if pages else "")
    if title is None:
        raise PayloadError(f"{source_key}: page 1: no 'Injury Report: <date> <time>' title")
    stamp = _title_time(title, source_key)
    rows: list[dict[str, str]] = []
    carried = dict.fromkeys(CARRIED, "")
    for number, (_, table) in enumerate(pages, start=1):
        for i, raw in enumerate(table):
            cells = [_cell(v) for v in raw]
            if tuple(cells) == COLUMNS:
                continue  # the header, repeated on every page
            if len(cells) != len(COLUMNS):
                raise PayloadError(
                    f"{source_key}: page {number} row {i}: expected {len(COLUMNS)} columns, "
                    f"got {len(cells)}"
                )
            row = dict(zip(KEYS, cells, strict=True))
            wrapped = not any(row[k] for k in (*CARRIED, "playerName", "currentStatus"))
            if wrapped and rows and row["reason"]:
                rows[-1]["reason"] = f"{rows[-1]['reason']} {row['reason']}".strip()
                continue
            for key in CARRIED:
                if row[key]:
                    carried[key] = row[key]
                    if key == "matchup":  # a new game: its teams are written afresh
                        carried["team"] = row["team"]
                row[key] = carried[key]
            rows.append(row)
    return {"reportTime": stamp.replace(tzinfo=ET).isoformat(), "rows": rows}


def _title_time(title: re.Match[str], source_key: str) -> datetime:
    """The title's date and time (a two- or four-digit year); PayloadError if no such day."""
    day, year, clock = title[1], title[2], title[3].replace(" ", "")
    fmt = "%m/%d/%Y %I:%M%p" if len(year) == 4 else "%m/%d/%y %I:%M%p"
    try:
        return datetime.strptime(f"{day} {clock}", fmt)
    except ValueError:
        raise PayloadError(
            f"{source_key}: page 1: title {title[0]!r} does not give a real date and time"
        ) from None

"""What every parser shares: JSON loading, typed field reads that say where, problem lists.

Parsers read upstream payloads field by field. Each read names the field's path in the
document, so a bad value becomes a message like::

    raw/sim/boxscore/2025-11-12/0022500123.json: homeTeam.players[4].statistics.points:
        expected an integer, got 'abc'

A parser does not stop at the first bad row: it collects every problem of the document in
a :class:`Problems` list, skips the rows it could not read, and raises one
:class:`~tipoff.errors.PayloadError` listing them all at the end (or hands the list back
to a caller that validates further, see ``tipoff.nba.raw.validate``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from tipoff.errors import PayloadError

MAX_SHOWN = 50  # problems listed in one error message; the rest are counted


@dataclass
class Problems:
    """The problems found in one document, each naming file, field and row."""

    source_key: str
    items: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        prefix = f"{self.source_key}: {where}" if where else self.source_key
        self.items.append(f"{prefix}: {message}")

    def extend(self, messages: Sequence[str]) -> None:
        self.items.extend(messages)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def error(self) -> PayloadError:
        return payload_error(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise self.error()


def payload_error(messages: Sequence[str]) -> PayloadError:
    """One error for many problems: the first ``MAX_SHOWN`` lines, then a count."""
    shown = list(messages[:MAX_SHOWN])
    if len(messages) > MAX_SHOWN:
        shown.append(f"... and {len(messages) - MAX_SHOWN} more problems")
    return PayloadError("\n".join(shown))


class Skip(Exception):
    """A row could not be read; its problem is already recorded. Internal to parsers."""


def load_json(content: bytes, source_key: str) -> Any:
    """Decode a document; malformed JSON raises at once (nothing else can be read)."""
    try:
        return json.loads(content)
    except UnicodeDecodeError as exc:
        raise PayloadError(
            f"{source_key}: not UTF-8 text: {exc.reason} at byte {exc.start}"
        ) from None
    except json.JSONDecodeError as exc:
        raise PayloadError(
            f"{source_key}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None


def show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def join(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    return f"{path}.{name}" if path else name


class Reader:
    """Typed reads from one JSON object at ``path``; failures go to ``problems``."""

    def __init__(self, obj: Mapping[str, Any], path: str, problems: Problems) -> None:
        self.obj = obj
        self.path = path
        self.problems = problems

    def fail(self, name: str, message: str) -> Skip:
        self.problems.add(join(self.path, name), message)
        return Skip()

    def raw(self, name: str) -> Any:
        if name not in self.obj:
            raise self.fail(name, "missing field")
        return self.obj[name]

    def integer(self, name: str, *, nullable: bool = False) -> int | None:
        value = self.raw(name)
        if value is None and nullable:
            return None
        out = as_int(value)
        if out is None:
            raise self.fail(name, f"expected an integer, got {show(value)}")
        return out

    def req_int(self, name: str) -> int:
        value = self.integer(name)
        assert value is not None
        return value

    def number(self, name: str, *, nullable: bool = False) -> float | None:
        value = self.raw(name)
        if value is None and nullable:
            return None
        finite = isinstance(value, int | float) and math.isfinite(value)
        if isinstance(value, bool) or not finite:
            raise self.fail(name, f"expected a number, got {show(value)}")
        return float(value)

    def text(self, name: str, *, nullable: bool = False, empty: bool = True) -> str | None:
        value = self.raw(name)
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise self.fail(name, f"expected a string, got {show(value)}")
        if not empty and not value.strip():
            raise self.fail(name, "expected a non-empty string, got ''")
        return value

    def optional_text(self, name: str) -> str | None:
        """A string field that may be absent, null or blank (all None); stripped."""
        value = self.obj.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, f"expected a string, got {show(value)}")
        return value.strip() or None

    def req_str(self, name: str, *, empty: bool = True) -> str:
        value = self.text(name, empty=empty)
        assert value is not None
        return value

    def obj_at(self, name: str) -> Reader:
        value = self.raw(name)
        if not isinstance(value, Mapping):
            raise self.fail(name, f"expected an object, got {show(value)}")
        return Reader(value, join(self.path, name), self.problems)

    def list_at(self, name: str) -> list[Any]:
        value = self.raw(name)
        if not isinstance(value, list):
            raise self.fail(name, f"expected a list, got {show(value)}")
        return value

    def iso_date(self, name: str, *, fmt: str | None = None) -> date:
        """A date as ``YYYY-MM-DD`` (any time part ignored) or in ``fmt``."""
        text = self.req_str(name)
        parsed = parse_date(text, fmt)
        if parsed is None:
            expected = fmt or "YYYY-MM-DD"
            raise self.fail(name, f"expected a date {expected}, got {show(text)}")
        return parsed

    def instant(self, name: str, *, optional: bool = False) -> float | None:
        """An ISO-8601 timestamp (``Z`` or an offset) as epoch seconds.

        ``optional``: an absent or null field is None rather than a problem.
        """
        value = self.obj.get(name) if optional else self.raw(name)
        if value is None and optional:
            return None
        ts = parse_instant(value) if isinstance(value, str) else None
        if ts is None:
            raise self.fail(name, f"expected an ISO-8601 time with a zone, got {show(value)}")
        return ts

    def req_instant(self, name: str) -> float:
        value = self.instant(name)
        assert value is not None
        return value

    def children(self, name: str) -> Iterator[tuple[int, Reader]]:
        """The objects of a list field, each with its own path; bad items are recorded."""
        items = self.list_at(name)
        base = join(self.path, name)
        for i, item in enumerate(items):
            if not isinstance(item, Mapping):
                self.problems.add(f"{base}[{i}]", f"expected an object, got {show(item)}")
                continue
            yield i, Reader(item, f"{base}[{i}]", self.problems)


def as_int(value: Any) -> int | None:
    """An int from an int or an integral float (JSON writers disagree); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def parse_date(text: str, fmt: str | None = None) -> date | None:
    try:
        if fmt is not None:
            return datetime.strptime(text.strip(), fmt).date()
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def parse_instant(text: str) -> float | None:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC).timestamp()


@dataclass(frozen=True)
class ResultSet:
    """One NBA.com stats result set as rows of dicts, each with its path."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, dict[str, Any]], ...]


def result_set(
    payload: Any, name: str, required: Sequence[str], problems: Problems
) -> ResultSet | None:
    """The result set ``name`` of an NBA.com stats payload, checked for ``required`` columns.

    Schema drift shows up here: a result set renamed or gone, a header renamed
    ("missing column PTS in resultSets[LineScore]"), rows of the wrong width.
    """
    where = f"resultSets[{name}]"
    if not isinstance(payload, Mapping):
        problems.add("", f"expected an object at the top level, got {show(payload)}")
        return None
    sets = payload.get("resultSets", payload.get("resultSet"))
    if isinstance(sets, Mapping):
        sets = [sets]
    if not isinstance(sets, list):
        problems.add("resultSets", "missing field")
        return None
    found = [s for s in sets if isinstance(s, Mapping) and s.get("name") == name]
    if not found:
        names = ", ".join(str(s.get("name")) for s in sets if isinstance(s, Mapping))
        problems.add(where, f"missing result set {name} (found: {names or 'none'})")
        return None
    rs = found[0]
    headers = rs.get("headers")
    row_set = rs.get("rowSet")
    if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
        problems.add(f"{where}.headers", f"expected a list of column names, got {show(headers)}")
        return None
    if not isinstance(row_set, list):
        problems.add(f"{where}.rowSet", f"expected a list of rows, got {show(row_set)}")
        return None
    missing = [c for c in required if c not in headers]
    for column in missing:
        problems.add(where, f"missing column {column} in {where}")
    if missing:
        return None
    rows = []
    for i, row in enumerate(row_set):
        path = f"{where}.rowSet[{i}]"
        if not isinstance(row, list) or len(row) != len(headers):
            width = len(row) if isinstance(row, list) else show(row)
            problems.add(path, f"expected a row of {len(headers)} values, got {width}")
            continue
        rows.append((path, dict(zip(headers, row, strict=True))))
    return ResultSet(name, tuple(headers), tuple(rows))

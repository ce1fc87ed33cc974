"""Fault injection for the simulated source: what goes wrong, for which document and date.

The configuration maps a date (ISO, or ``"*"`` for every date) to documents and, for each,
a list of faults tried in order on every fetch::

    "2025-11-12":
      boxscore:
        - {kind: http_500, times: 2}          # two 500s, then the fetch goes through
        - {kind: partial, available: 3}       # then only 3 of the date's games are served
      schedule:
        - {kind: stale_status}                # finished games still show as scheduled
    "*":
      player_props:
        - {kind: http_429, times: 1, retry_after: 7}

=============  ===========================================================================
kind           effect on a fetch (``times``: on the first n fetches only; omitted: always)
=============  ===========================================================================
http_5xx       ``http_500``/``http_502``/``http_503``/``http_504``: that status, no body
http_429       429 with ``Retry-After: <retry_after>``
timeout        the transport raises ``httpx.ReadTimeout``
malformed      the body is cut in half (invalid JSON)
empty          a valid payload with zero rows (the "API returns 0 teams" day)
partial        only the first ``available`` games/events of the date; the others are
               absent (``missing: "404"``, default) or empty (``missing: "empty"``)
schema_drift   keys/columns renamed per ``rename`` (e.g. ``{PTS: POINTS}``)
stale_status   schedule only: games keep their pre-game status (1) after they are final
late           absent (404) or empty (``missing``) on the first ``times`` fetches
=============  ===========================================================================

A rule that no fetch could meet is refused when the simulator is built (see
``SimTransport.unmatched_rules``). HTTP-level faults (status, timeout) end the fetch; the
others combine. Every fault keeps
its own count per (date, document, part), so ``[http_500 x2, late x1]`` answers 500, 500,
empty, then the real payload. Nothing is random: the same fetches meet the same faults.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, Protocol

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator

from tipoff.errors import ConfigError
from tipoff.nba.documents import Document

ANY_DATE = "*"
HTTP_ERRORS = {"http_500": 500, "http_502": 502, "http_503": 503, "http_504": 504}
FaultKind = Literal[
    "http_500",
    "http_502",
    "http_503",
    "http_504",
    "http_429",
    "timeout",
    "malformed",
    "empty",
    "partial",
    "schema_drift",
    "stale_status",
    "late",
]
# Documents that are one per game or event, and those that list a date's games or events.
PER_GAME = frozenset({Document.BOXSCORE, Document.PLAYER_PROPS})
LISTING = frozenset({Document.SCHEDULE, Document.ODDS_EVENTS})


class Fault(BaseModel):
    """One fault of a document on a date."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: FaultKind
    times: int | None = Field(default=None, ge=1)  # first n fetches; None: every fetch
    retry_after: float = Field(default=1.0, ge=0)  # http_429
    available: int | None = Field(default=None, ge=0)  # partial
    missing: Literal["404", "empty"] = "404"  # partial, late
    rename: dict[str, str] = Field(default_factory=dict)  # schema_drift
    parts: tuple[str, ...] | None = None  # only these games/teams/events (default: all)

    @model_validator(mode="after")
    def _complete(self) -> Fault:
        if self.kind == "partial" and self.available is None:
            raise ValueError("partial needs 'available' (how many games are served)")
        if self.kind == "schema_drift" and not self.rename:
            raise ValueError("schema_drift needs 'rename' (e.g. {PTS: POINTS})")
        if self.kind == "late" and self.times is None:
            raise ValueError("late needs 'times' (how many fetches come too early)")
        return self


class FaultConfig(RootModel[dict[str, dict[Document, list[Fault]]]]):
    """Faults by date (ISO or ``"*"``) and document."""

    @model_validator(mode="after")
    def _check(self) -> FaultConfig:
        for day, documents in self.root.items():
            if day != ANY_DATE:
                try:
                    date.fromisoformat(day)
                except ValueError:
                    raise ValueError(f"{day!r} is neither an ISO date nor '*'") from None
            for document, faults in documents.items():
                for fault in faults:
                    if fault.kind == "stale_status" and document is not Document.SCHEDULE:
                        raise ValueError(f"{day} {document}: stale_status applies to schedule")
                    if fault.kind == "partial" and document not in PER_GAME | LISTING:
                        raise ValueError(
                            f"{day} {document}: partial applies to "
                            + ", ".join(sorted(d.value for d in PER_GAME | LISTING))
                        )
        return self

    @classmethod
    def load(cls, source: FaultConfig | Mapping[str, Any] | str | Path | None) -> FaultConfig:
        """From a mapping, a ``.yaml``/``.json`` file path or YAML text; errors name the fault."""
        if source is None:
            return cls({})
        if isinstance(source, FaultConfig):
            return source
        where = "fault config"
        data: Any = source
        if isinstance(source, Path) or (
            isinstance(source, str) and source.strip().endswith((".yaml", ".yml", ".json"))
        ):
            path = Path(source)
            if not path.is_file():
                raise ConfigError(f"fault config {path}: no such file")
            where = f"fault config {path}"
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as exc:
                raise ConfigError(f"{where}: not YAML: {exc}") from exc
        elif isinstance(source, str):
            data = yaml.safe_load(source) or {}
        if not isinstance(data, Mapping):
            raise ConfigError(f"{where}: expected a mapping of dates to documents")
        # YAML reads an unquoted 2025-11-12 as a date.
        normalised = {str(k): v for k, v in data.items()}
        try:
            return cls.model_validate(normalised)
        except ValidationError as exc:
            problems = [
                f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()
            ]
            raise ConfigError(f"{where} is invalid: " + "; ".join(problems)) from None

    def faults_for(self, document: Document, day: date) -> list[Fault]:
        """The faults of ``document`` on ``day``: the date's own, then the every-date ones."""
        own = self.root.get(day.isoformat(), {}).get(document, [])
        every = self.root.get(ANY_DATE, {}).get(document, [])
        return [*own, *every]


@dataclass
class FaultPlan:
    """What to do to one fetch. ``status``/``timeout`` replace the response altogether."""

    status: int | None = None
    retry_after: float | None = None
    timeout: bool = False
    missing: bool = False  # answer 404
    empty: bool = False  # a valid payload with zero rows
    keep_first: int | None = None  # listings: only the first n games or events
    renames: dict[str, str] = field(default_factory=dict)
    truncate: bool = False
    stale: bool = False
    applied: list[str] = field(default_factory=list)

    @property
    def ends_fetch(self) -> bool:
        return self.timeout or self.status is not None or self.missing


# (date, index of the fault in the date's list for the document, document, part)
FaultKey = tuple[str, int, str, str]


class FaultCounter(Protocol):
    """How often each fault fired. The default lives in memory; several processes sharing
    one simulated upstream (the chaos benchmark) share one counter, so ``times`` means the
    first n fetches anywhere, not per process."""

    def take(self, key: FaultKey, limit: int | None) -> bool:
        """Count one firing of ``key`` unless it already fired ``limit`` times."""
        ...

    def counts(self) -> Mapping[FaultKey, int]: ...


class MemoryCounter:
    """Fault counts of one process (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fired: dict[FaultKey, int] = {}

    def take(self, key: FaultKey, limit: int | None) -> bool:
        with self._lock:
            fired = self._fired.get(key, 0)
            if limit is not None and fired >= limit:
                return False
            self._fired[key] = fired + 1
            return True

    def counts(self) -> Mapping[FaultKey, int]:
        with self._lock:
            return dict(self._fired)


class FaultInjector:
    """Decides, fetch by fetch, which configured faults apply (thread-safe, deterministic)."""

    def __init__(
        self,
        config: FaultConfig | Mapping[str, Any] | str | Path | None,
        *,
        counter: FaultCounter | None = None,
    ) -> None:
        self.config = FaultConfig.load(config)
        self.counter = counter or MemoryCounter()

    def plan(
        self, document: Document, day: date, part: str = "all", position: int | None = None
    ) -> FaultPlan:
        """The faults of this fetch; ``position`` is the game's or event's index in its date."""
        plan = FaultPlan()
        faults = self.config.faults_for(document, day)
        if not faults:
            return plan
        for index, fault in enumerate(faults):
            if fault.parts is not None and part not in fault.parts:
                continue
            if not _concerns(fault, document, position):
                continue
            if not self.counter.take((day.isoformat(), index, document.value, part), fault.times):
                continue
            _apply(fault, document, plan)
            plan.applied.append(fault.kind)
            if plan.ends_fetch:
                break
        return plan

    def fired(self, document: Document, day: date, part: str = "all") -> int:
        """How many times faults were applied to this document (for tests and reports)."""
        return sum(
            n
            for (d, _, doc, p), n in self.counter.counts().items()
            if d == day.isoformat() and doc == document.value and p == part
        )


def _concerns(fault: Fault, document: Document, position: int | None) -> bool:
    """False for the games a ``partial`` fault serves whole: it does not fire on them."""
    if fault.kind != "partial" or document in LISTING:
        return True
    return position is not None and position >= (fault.available or 0)


def _apply(fault: Fault, document: Document, plan: FaultPlan) -> None:
    """Fold ``fault`` into ``plan``."""
    kind = fault.kind
    if kind in HTTP_ERRORS:
        plan.status = HTTP_ERRORS[kind]
    elif kind == "http_429":
        plan.status, plan.retry_after = 429, fault.retry_after
    elif kind == "timeout":
        plan.timeout = True
    elif kind == "malformed":
        plan.truncate = True
    elif kind == "empty":
        plan.empty = True
    elif kind == "schema_drift":
        plan.renames.update(fault.rename)
    elif kind == "stale_status":
        plan.stale = True
    elif kind == "late":
        _absent(fault, plan)
    elif kind == "partial":
        if document in LISTING:
            plan.keep_first = fault.available or 0
        else:
            _absent(fault, plan)


def _absent(fault: Fault, plan: FaultPlan) -> None:
    if fault.missing == "404":
        plan.missing = True
    else:
        plan.empty = True


# -- body transformations (applied by the transport to the rendered payload) -------------


def rename_keys(payload: Any, renames: Mapping[str, str]) -> Any:
    """Schema drift: rename dict keys and stats ``headers`` entries, recursively."""
    if not renames:
        return payload
    if isinstance(payload, dict):
        out = {}
        for key, value in payload.items():
            if key == "headers" and isinstance(value, list):
                out[key] = [renames.get(h, h) if isinstance(h, str) else h for h in value]
            else:
                out[renames.get(key, key)] = rename_keys(value, renames)
        return out
    if isinstance(payload, list):
        return [rename_keys(v, renames) for v in payload]
    return payload


def emptied(document: Document, payload: Any) -> Any:
    """The same payload with zero rows: what an upstream returns on a bad day."""
    if document is Document.SCHEDULE and "scoreboard" in payload:
        return {**payload, "scoreboard": {**payload["scoreboard"], "games": []}}
    if document in (Document.SCHEDULE, Document.ROSTER):
        return {
            **payload,
            "resultSets": [{**rs, "rowSet": []} for rs in payload.get("resultSets", [])],
        }
    if document is Document.BOXSCORE:
        box = dict(payload.get("boxScoreTraditional", {}))
        for side in ("homeTeam", "awayTeam"):
            if side in box:
                box[side] = {**box[side], "players": []}
        return {**payload, "boxScoreTraditional": box}
    if document is Document.INJURY_REPORT:
        return {**payload, "rows": []}
    if document is Document.ODDS_EVENTS:
        return []
    if document is Document.PLAYER_PROPS:
        return {**payload, "bookmakers": []}
    return payload


def first_games(document: Document, payload: Any, keep: int) -> Any:
    """A listing cut to its first ``keep`` games (schedule) or events (odds events)."""
    if document is Document.ODDS_EVENTS:
        return list(payload)[:keep]
    if document is not Document.SCHEDULE:
        return payload
    if "scoreboard" in payload:
        board = payload["scoreboard"]
        return {**payload, "scoreboard": {**board, "games": board["games"][:keep]}}
    sets = payload.get("resultSets", [])
    header = next((rs for rs in sets if rs.get("name") == "GameHeader"), None)
    if header is None:
        return payload
    game_col = header["headers"].index("GAME_ID")
    kept = {row[game_col] for row in header["rowSet"][:keep]}
    out = []
    for rs in sets:
        if "GAME_ID" in rs["headers"]:
            col = rs["headers"].index("GAME_ID")
            rs = {**rs, "rowSet": [row for row in rs["rowSet"] if row[col] in kept]}
        out.append(rs)
    return {**payload, "resultSets": out}


def truncated(body: bytes) -> bytes:
    """A body cut off half way, as a dropped connection leaves it."""
    return body[: max(1, len(body) // 2)]

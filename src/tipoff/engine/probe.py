"""Upstream probes: one cheap request per source and date, so recovery follows the source.

A dead letter a data source caused is retried on a back-off schedule, and a phase held by
a check that waits on the upstream is asked again on another; both grow to many minutes,
so once the source is back the work waits for the next try. A probe is the pipeline's own
question "is this source back?" (one request, registered with ``@blueprint.probe(name)``
and named by a processor's or a pre-flight check's ``probe:``). While something waits on
it, the monitor asks it every ``self_heal.probe_every_s`` seconds (default 30), once per
source and date whatever the number of jobs, runs or processes waiting (the answer is a
row every process shares, claimed before the request):

- a dead letter of a processor naming the probe (or reading one that does, ``input_from``)
  is due at once when a check after its death passed and either one failed after its
  death too (the source was seen down, then back) or it died once; otherwise it keeps its
  back-off (a probe that passes while the job still dies must not retry it every turn);
- a held phase whose failed check names the probe has that check's ``rerun:`` processors
  run again at once when the probe passes after failing; their completion asks the check
  again.

A waiter stops asking once a check after it began waiting passed. A probe that raises
counts as failed; it is never a reason to retry less than the back-off does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import preflight
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.preflight import CheckResult
from tipoff.engine.schema import probes, runs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.store import Store

log = structlog.get_logger("tipoff.heal")

Key = tuple[str, str, date]  # pipeline, probe, data date


@dataclass(frozen=True)
class ProbeContext:
    """What a probe may know: the source and date to ask about, as a run of the date sees
    them (its mode and resolved params, e.g. which data source), and the store."""

    pipeline: str
    name: str
    data_date: date
    mode: str
    run_params: Mapping[str, Any]
    store: Store
    now: float


@dataclass(frozen=True)
class ProbeState:
    ok: bool
    checked_at: float
    failed_at: float | None
    detail: str | None


@dataclass(frozen=True)
class Waiter:
    """Work waiting on a probe: a dead letter (``job_id``) or a held phase
    (``transition_id``) of a run, waiting since ``since``."""

    key: Key
    mode: str
    run_params: Mapping[str, Any]
    since: float
    job_id: int | None = None
    transition_id: int | None = None


@dataclass
class ProbeReport:
    asked: list[str] = field(default_factory=list)
    back: list[str] = field(default_factory=list)  # probes that passed after failing
    rerun: list[str] = field(default_factory=list)  # held phases whose re-runs went at once


def processor_probe(pipeline: PipelineDef, processor: str) -> str | None:
    """The probe of a processor's source: its own, else that of the processor it reads."""
    try:
        proc = pipeline.processor(processor)
    except KeyError:
        return None
    if proc.probe is None and proc.input_from is not None:
        return processor_probe(pipeline, proc.input_from)
    return proc.probe


def back_since(state: ProbeState | None, since: float, deaths: int) -> bool:
    """Has the probe found the source back for a dead letter that died at ``since``?"""
    if state is None or not state.ok or state.checked_at <= since:
        return False
    return deaths <= 1 or (state.failed_at is not None and state.failed_at > since)


def load_states(conn: sa.Connection) -> dict[Key, ProbeState]:
    out: dict[Key, ProbeState] = {}
    for r in conn.execute(sa.select(probes)):
        day = r.data_date if isinstance(r.data_date, date) else date.fromisoformat(r.data_date)
        out[(r.pipeline, r.name, day)] = ProbeState(
            bool(r.ok), float(r.checked_at), r.failed_at, r.detail
        )
    return out


def _params(value: Any) -> dict[str, Any]:
    if isinstance(value, str):  # SQLite hands JSON back as text
        value = json.loads(value)
    return dict(value or {})


def _held_waiters(conn: sa.Connection, pipelines: Mapping[str, PipelineDef]) -> list[Waiter]:
    t = transitions_table.c
    rows = conn.execute(
        sa.select(
            t.id, t.pipeline, t.data_date, t.mode, t.phase, t.held_until, t.holds,
            t.hold_reason, runs.c.params,
        )
        .select_from(transitions_table.join(runs, runs.c.id == t.run_id))
        .where(t.triggered.is_(False), t.held_until.is_not(None), t.hold_reason.is_not(None))
    ).all()  # fmt: skip
    out: list[Waiter] = []
    for r in rows:
        pipeline = pipelines.get(r.pipeline)
        nxt = None if pipeline is None else pipeline.next_phase(r.phase)
        if pipeline is None or nxt is None:
            continue
        # the check that failed last: the hold's reason is "check: detail; check: detail"
        names = {
            spec.probe
            for spec in pipeline.preflight(nxt, r.mode)
            if spec.probe is not None and f"{spec.check}: " in (r.hold_reason or "")
        }
        asked = float(r.held_until) - preflight.backoff_s(
            pipeline, r.phase, max(0, int(r.holds or 1) - 1)
        )
        day = r.data_date if isinstance(r.data_date, date) else date.fromisoformat(r.data_date)
        out += [
            Waiter(
                (r.pipeline, name, day),
                r.mode,
                _params(r.params),
                asked,
                transition_id=int(r.id),
            )
            for name in sorted(n for n in names if n is not None)
        ]
    return out


def waiters(store: Store, pipelines: Mapping[str, PipelineDef], *, now: float) -> list[Waiter]:
    """Everything waiting on a probe now: dead letters self-heal will retry whose source
    has a probe, and phases held by a check that names one."""
    from tipoff.engine import redrive  # it reads the probes' answers

    out: list[Waiter] = []
    dead = [
        p
        for p in redrive.plans(store, pipelines, now=now)
        if p.automatic and p.probe is not None and p.run_id is not None
    ]
    with store.read() as conn:
        if dead:
            run_rows = {
                r.id: r
                for r in conn.execute(
                    sa.select(runs.c.id, runs.c.mode, runs.c.params).where(
                        runs.c.id.in_({p.run_id for p in dead})
                    )
                )
            }
            for p in dead:
                run = run_rows.get(p.run_id)
                if run is None or p.data_date is None or p.probe is None:
                    continue
                out.append(
                    Waiter(
                        (p.pipeline, p.probe, p.data_date),
                        run.mode,
                        _params(run.params),
                        p.died_at,
                        job_id=p.job_id,
                    )
                )
        out += _held_waiters(conn, pipelines)
    return out


def _asking(state: ProbeState | None, since: float) -> bool:
    """Does a waiter since ``since`` still need an answer (no check after it passed)?"""
    return state is None or not state.ok or state.checked_at <= since


def _due(state: ProbeState | None, group: Sequence[Waiter], every_s: float) -> float | None:
    """When the probe is next asked for these waiters (None: none needs it): every
    ``every_s`` after its last check while it fails, else ``every_s`` after the first
    waiter began waiting."""
    asking = [w for w in group if _asking(state, w.since)]
    if not asking:
        return None
    if state is not None and not state.ok:
        return state.checked_at + every_s
    return min(w.since for w in asking) + every_s


def _grouped(found: Sequence[Waiter]) -> dict[Key, list[Waiter]]:
    groups: dict[Key, list[Waiter]] = {}
    for w in found:
        groups.setdefault(w.key, []).append(w)
    return groups


def next_probe_at(
    store: Store, pipelines: Mapping[str, PipelineDef], *, now: float
) -> float | None:
    """The next instant a probe is due (a clock that jumps between instants stops there)."""
    groups = _grouped(waiters(store, pipelines, now=now))
    if not groups:
        return None
    with store.read() as conn:
        states = load_states(conn)
    dues = [
        due
        for key, group in groups.items()
        if key[0] in pipelines
        and (due := _due(states.get(key), group, pipelines[key[0]].self_heal.probe_every_s))
        is not None
    ]
    return min(dues) if dues else None


def _claim(store: Store, key: Key, state: ProbeState | None, now: float) -> bool:
    """Take this turn's question (another process may be asking the same probe)."""
    pipeline, name, day = key
    where = sa.and_(probes.c.pipeline == pipeline, probes.c.name == name, probes.c.data_date == day)
    with store.transaction() as conn:
        if state is None:
            stmt = store.upsert_insert(probes).on_conflict_do_nothing(
                index_elements=["pipeline", "name", "data_date"]
            )
            values = {"pipeline": pipeline, "name": name, "data_date": day}
            values |= {"ok": False, "checked_at": now, "detail": "asking"}
            return conn.execute(stmt, values).rowcount == 1
        moved = conn.execute(
            sa.update(probes)
            .where(where, probes.c.checked_at == state.checked_at)
            .values(checked_at=now)
        ).rowcount
        return moved == 1


def _record(store: Store, key: Key, result: CheckResult, now: float) -> None:
    pipeline, name, day = key
    values: dict[str, Any] = {"ok": result.ok, "checked_at": now, "detail": result.detail[:1000]}
    if not result.ok:
        values["failed_at"] = now
    with store.transaction() as conn:
        conn.execute(
            sa.update(probes)
            .where(probes.c.pipeline == pipeline, probes.c.name == name, probes.c.data_date == day)
            .values(**values)
        )


def ask(pipeline: PipelineDef, waiter: Waiter, store: Store, now: float) -> CheckResult:
    """Ask the probe once; a probe without code or that raises has failed."""
    name = waiter.key[1]
    fn = pipeline.probe_code.get(name)
    if fn is None:
        return CheckResult.failed(f"no code registered for probe {name!r} in this process")
    ctx = ProbeContext(
        pipeline=pipeline.pipeline,
        name=name,
        data_date=waiter.key[2],
        mode=waiter.mode,
        run_params=waiter.run_params,
        store=store,
        now=now,
    )
    try:
        result = fn(ctx)
    except Exception as exc:  # a broken probe says "not back", never "back"
        return CheckResult.failed(f"the probe itself failed: {type(exc).__name__}: {exc}")
    return result if isinstance(result, CheckResult) else CheckResult(bool(result))


def run_due(store: Store, pipelines: Mapping[str, PipelineDef], *, now: float) -> ProbeReport:
    """One turn: ask the probes that are due; when one passes after failing, the held
    phases waiting on it re-run what their check waits for at once (the dead letters are
    self-heal's: ``redrive`` finds them due)."""
    from tipoff.engine import remedy  # it enqueues through transitions

    report = ProbeReport()
    groups = _grouped(waiters(store, pipelines, now=now))
    if not groups:
        return report
    with store.read() as conn:
        states = load_states(conn)
    for key, group in groups.items():
        pipeline = pipelines.get(key[0])
        if pipeline is None:
            continue
        state = states.get(key)
        due = _due(state, group, pipeline.self_heal.probe_every_s)
        if due is None or due > now or not _claim(store, key, state, now):
            continue
        result = ask(pipeline, group[0], store, now)
        _record(store, key, result, now)
        label = f"{key[1]} {key[2]}"
        report.asked.append(f"{label}: {'ok' if result.ok else 'failed'}")
        was_down = state is not None and not state.ok
        if result.ok != (state.ok if state is not None else True):  # it changed
            log.warning(
                "upstream_probe",
                pipeline=key[0],
                probe=key[1],
                data_date=key[2].isoformat(),
                ok=result.ok,
                detail=result.detail,
            )
        if not (result.ok and was_down):
            continue
        report.back.append(label)
        for w in group:
            if w.transition_id is not None:
                report.rerun += remedy.rerun_now(
                    store, pipeline, w.transition_id, probe=key[1], now=now
                )
    return report

"""Chaos benchmark: a simulated month of the NBA pipeline under faults, against a clean month.

    .venv/bin/python bench/chaos.py [--days N] [--workers K] [--plan FILE] [--seed S]
                                    [--backend postgres|sqlite]

Two runs of the same month on the same simulated league (same seed): one fault-free, one
under the fault plan (``bench/chaos_plan.yaml`` by default). Each run is a deployment:
K worker processes (the engine's ``Worker``, as ``tipoff worker`` runs it) and, in this
process, the scheduler, the monitor and the workers' sweep, all on one simulated clock
(a file the processes share). Time stands still while the work of an instant is done;
when every live worker is idle the clock jumps to the next instant anything is due (a
retry, a lease running out, a held phase's next try, a schedule tick, a fault's end),
at most 15 minutes, so waits cost no real time and timings are exact to the simulation.
Each morning at 08:30 a person looks at ``tipoff health`` and, when it asks for one,
retries the dead letters: a manual step.

Then every warehouse table and every file in the bucket is compared with the clean run,
row by row (load and build times left out), and one JSON object is printed: faults
injected by kind, days complete (the system reports nothing the clean run's day does not)
and days flagged (with the reasons the system gives), duplicate triggers, rows different
from the clean run (by day), manual steps, and the time to recover from each fault
(simulated seconds from the fault's end, leases aside, to the affected work done). The
targets of issue 10 are checked in ``targets``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common
from tipoff.engine.clock import FileClock
from tipoff.engine.health import health
from tipoff.engine.manual import retry_with_inputs
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.queue import Job
from tipoff.engine.schema import (
    completions,
    execution_log,
    heartbeats,
    jobs,
    runs,
    transitions,
)
from tipoff.engine.states import FINISHED_RUN
from tipoff.engine.store import Store
from tipoff.nba.sim import League
from tipoff.nba.sim_deployment import Deployment, next_due, sim_orchestrator
from tipoff.nba.sources.faults import FaultConfig, FaultInjector, FaultKey
from tipoff.pipelines import load

ET = ZoneInfo("America/New_York")
SEASON = "2025-26"
DEFAULT_PLAN = Path(__file__).resolve().with_name("chaos_plan.yaml")
WARM_DAYS = 3  # backfilled before the month, so players have games behind them
MAX_STEP_S = 60 * 60
# Housekeeping ticks every 15 and 30 minutes would make most of the month's stops; they
# fire at the next stop instead (at most an hour later). The workers' sweep recovers
# expired leases every second regardless.
COARSE_SCHEDULES = ("cleanup-unprocessed", "stalled-batch-recovery")
LEASE_S = 30.0
OPERATOR_AT = dtime(8, 30)  # a person reads the morning health check
SETTLE_TIMEOUT_S = 600.0  # real seconds: for a stuck instant, not a slow one on a busy machine
PROCESS_FAULTS = ("worker_kill", "worker_pause", "connection_drop")
APP_NAME = "tipoff-chaos-worker"
# columns that say when or how often, not what: left out of the comparison
VOLATILE = {"id", "job_id", "attempts", "http_attempts", "error", "last_update_at"}
LOGS = {"scraper_execution_log"}  # how the fetches went, not data
# Documents as the upstream sent them: under a fault that outlasts every fetch (a stale
# schedule) they differ by nature; reported apart from the data built on them.
AS_RECEIVED = {"raw_documents"}
# trigger sources of deliberate re-runs under fresh keys (not a phase going twice)
RERUN_SOURCES = ("repair", "self_heal", "manual", "rebuild", "late")
# a rebuilt run's later phases run under its next generation's keys (phase_jobs.job_key),
# their trigger source the ordinary one: a build of its own, not the phase going twice
GENERATION = re.compile(r"/rebuild/(\d+)")
# what a day's flags say when they name no cause: a run missing or not finished
BARE_STATUS = re.compile(r"^\w+: (no run|run \w+)$")
DATE_COLUMNS = ("data_date", "game_date", "report_date", "roster_date", "cache_date",
                "analysis_date")  # fmt: skip

_job = threading.local()  # the job a worker thread runs (for the fault ledger)


# -- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One fault of the plan."""

    index: int
    kind: str
    day: int
    spec: Mapping[str, Any]

    @property
    def process(self) -> bool:
        return self.kind in PROCESS_FAULTS

    def label(self) -> str:
        what = self.spec.get("processor") or self.spec.get("document")
        return f"#{self.index} {self.kind} day {self.day} {self.spec.get('mode') or ''} {what}"


@dataclass
class Plan:
    rules: list[Rule]
    days: int
    workers: int
    seed: int
    skipped: list[str] = field(default_factory=list)
    every_tick: bool = False  # stop at every housekeeping tick too (slower)

    @classmethod
    def load(cls, path: Path, days: int | None, workers: int | None, seed: int | None) -> Plan:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise SystemExit(f"{path}: expected a mapping with 'faults'")
        n_days = int(days or data.get("days", 30))
        rules, skipped = [], []
        for i, spec in enumerate(data.get("faults") or []):
            if not isinstance(spec, dict) or "kind" not in spec or "day" not in spec:
                raise SystemExit(f"{path}: fault {i} needs 'kind' and 'day': {spec!r}")
            rule = Rule(i, str(spec["kind"]), int(spec["day"]), dict(spec))
            if rule.process and not {"mode", "processor"} <= spec.keys():
                raise SystemExit(f"{path}: fault {i} ({rule.kind}) needs mode and processor")
            if not rule.process and "document" not in spec:
                raise SystemExit(f"{path}: fault {i} ({rule.kind}) needs a document")
            (rules if rule.day < n_days else skipped).append(rule)
        return cls(
            [r for r in rules],
            n_days,
            int(workers or data.get("workers", 3)),
            int(seed if seed is not None else data.get("seed", 7)),
            [r.label() for r in skipped],
        )

    def clean(self) -> Plan:
        return dataclasses.replace(self, rules=[], skipped=[])


def upstream_config(plan: Plan, first: date) -> tuple[dict[str, Any], dict[FaultKey, Any]]:
    """The simulator's fault config, and per fault key its rule and end (``until_h``)."""
    config: dict[str, dict[str, list[dict[str, Any]]]] = {}
    index: dict[FaultKey, Any] = {}
    for rule in plan.rules:
        if rule.process:
            continue
        day = first + timedelta(days=rule.day)
        fault = {
            k: v for k, v in rule.spec.items() if k not in {"day", "document", "until_h", "mode"}
        }
        listed = config.setdefault(day.isoformat(), {}).setdefault(rule.spec["document"], [])
        until = None
        if "until_h" in rule.spec:
            midnight = datetime.combine(day, dtime(0), tzinfo=ET)
            until = (midnight + timedelta(hours=float(rule.spec["until_h"]))).timestamp()
        index[(day.isoformat(), len(listed), rule.spec["document"], "*")] = (rule.index, until)
        listed.append(fault)
    FaultConfig.load(config)  # fail early, naming the fault
    return config, index


class Ledger:
    """Fault counts shared by every process, and a log of each firing (a SQLite file)."""

    def __init__(self, path: Path, clock: FileClock, rules: Mapping[FaultKey, Any]) -> None:
        self.path = path
        self.clock = clock
        self.rules = dict(rules)
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS counts (key TEXT PRIMARY KEY, n INTEGER)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS fired (rule INTEGER, day TEXT, document TEXT, "
                "part TEXT, at REAL, job_id INTEGER, pid INTEGER)"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=60, isolation_level=None)

    def take(self, key: FaultKey, limit: int | None) -> bool:
        rule, until = self.rules.get((key[0], key[1], key[2], "*"), (None, None))
        now = self.clock.now()
        if until is not None and now >= until:
            return False  # the upstream is back
        with contextlib.closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT n FROM counts WHERE key = ?", (json.dumps(key),)).fetchone()
            fired = row[0] if row else 0
            if limit is not None and fired >= limit:
                db.execute("ROLLBACK")
                return False
            db.execute(
                "INSERT INTO counts VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1",
                (json.dumps(key),),
            )
            db.execute(
                "INSERT INTO fired VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rule, key[0], key[2], key[3], now, getattr(_job, "id", None), os.getpid()),
            )
            db.execute("COMMIT")
        return True

    def counts(self) -> Mapping[FaultKey, int]:
        with contextlib.closing(self._connect()) as db:
            return {tuple(json.loads(k)): n for k, n in db.execute("SELECT key, n FROM counts")}  # type: ignore[misc]

    def firings(self) -> list[tuple[int, float, int | None]]:
        with contextlib.closing(self._connect()) as db:
            return list(db.execute("SELECT rule, at, job_id FROM fired ORDER BY at"))


def chaos_definition() -> PipelineDef:
    """The NBA pipeline with its runs in fallback prediction mode: early in a season strict
    mode predicts nobody, and the predictions are part of what is compared."""
    definition = load("nba").definition
    schedules = tuple(
        dataclasses.replace(s, params={**s.params, "prediction_mode": "fallback"})
        if s.action == "run"
        else s
        for s in definition.schedules
    )
    return dataclasses.replace(definition, schedules=schedules)


# -- worker processes -----------------------------------------------------------------------


def worker_main(config_path: str) -> int:
    """A worker process: the engine's Worker on the shared clock, with the plan's hooks."""
    _common.quiet_logs()
    cfg = json.loads(Path(config_path).read_text())
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    clock = FileClock(cfg["clock"])
    rules = {tuple(json.loads(k)): tuple(v) for k, v in cfg["windows"].items()}
    ledger = Ledger(Path(cfg["ledger"]), clock, rules)  # type: ignore[arg-type]
    store = Store(cfg["url"])
    orch = sim_orchestrator(
        store,
        clock,
        cfg["bucket"],
        faults=FaultInjector(cfg["faults"], counter=ledger),
        season=SEASON,
        seed=cfg["seed"],
        definition=chaos_definition(),
        prepare=False,
    )
    worker = orch.worker(concurrency=2, lease_s=LEASE_S, poll_s=0.05, sweep_s=0.25, heartbeat_s=2.0)
    points = {(p["processor"], p["mode"], p["date"]): p for p in cfg["points"]}
    markers = Path(cfg["markers"])
    run = worker.executor.execute

    def execute(job: Job) -> Any:
        _job.id = job.id
        point = points.get((job.processor, job.mode, str(job.data_date)))
        if point is not None:
            hold(job, point)
        return run(job)

    def hold(job: Job, point: Mapping[str, Any]) -> None:
        """The fault's moment: tell the benchmark, wait for it to act (or to kill us)."""
        marker = markers / f"rule{point['rule']}.hold"
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return  # a later attempt: the fault has happened
        info = {"job_id": job.id, "pid": os.getpid(), "worker_id": worker.worker_id}
        os.write(fd, json.dumps(info).encode())
        os.close(fd)
        go = marker.with_suffix(".go")
        while not go.exists():
            time.sleep(0.01)

    worker.executor.execute = execute  # type: ignore[method-assign]
    worker.start()
    Path(cfg["ready"]).write_text(worker.worker_id)
    try:
        stop.wait()
    finally:
        worker.stop(grace_s=5.0)
        store.dispose()
    return 0


class Proc:
    """One worker process of the deployment."""

    def __init__(self, number: int, cfg: dict[str, Any], tmp: Path) -> None:
        self.number = number
        self.ready = tmp / f"worker{number}.ready"
        path = tmp / f"worker{number}.json"
        path.write_text(json.dumps({**cfg, "ready": str(self.ready)}))
        self.log = open(tmp / f"worker{number}.log", "wb")  # noqa: SIM115 (closed in reap)
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.popen = subprocess.Popen(
            [sys.executable, __file__, "worker", str(path)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        self.worker_id = ""
        self.paused = False
        self.dead = False

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.ready.exists() or not self.ready.read_text():
            if self.popen.poll() is not None:
                raise RuntimeError(f"worker {self.number} exited: {self.tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker {self.number} not ready after {timeout:g}s")
            time.sleep(0.02)
        self.worker_id = self.ready.read_text()

    @property
    def live(self) -> bool:
        return not (self.paused or self.dead)

    def tail(self) -> str:
        self.log.flush()
        text = Path(self.log.name).read_text(errors="replace")
        return "\n".join(text.splitlines()[-30:])

    def reap(self) -> None:
        if self.popen.poll() is None:
            if self.paused:
                self.popen.send_signal(signal.SIGCONT)
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(15)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self.log.close()


# -- one simulated month --------------------------------------------------------------------


@dataclass
class FaultEvent:
    rule: Rule
    at: float  # when it struck (simulated)
    end: float | None = None  # when it ended; None while it lasts
    job_id: int | None = None
    lease_until: float | None = None
    detail: str = ""


class Month:
    """One deployment living through the month under a plan."""

    def __init__(self, url: str, plan: Plan, tmp: Path, first: date, warm_days: int) -> None:
        self.url, self.plan, self.tmp, self.first = url, plan, tmp, first
        self.warm_days = warm_days
        self.coarse = () if plan.every_tick else COARSE_SCHEDULES
        self.last = first + timedelta(days=plan.days - 1)
        self.start = datetime.combine(first, dtime(0, 1), tzinfo=ET)
        self.clock = FileClock(tmp / "clock", start=self.start)
        config, windows = upstream_config(plan, first)
        self.ledger = Ledger(tmp / "ledger.db", self.clock, windows)
        (tmp / "markers").mkdir()
        self.bucket = tmp / "bucket"
        self.store = Store(url)
        self.orch = sim_orchestrator(
            self.store,
            self.clock,
            self.bucket,
            faults=FaultInjector(config, counter=self.ledger),
            season=SEASON,
            seed=plan.seed,
            definition=chaos_definition(),
        )
        self.dep = Deployment(self.orch, holder="chaos-scheduler", worker_id="chaos-sweep")
        # One scheduler per deployment, each in its own schema: on PostgreSQL leadership is
        # one advisory lock per server, which another deployment (the other month, a test)
        # may hold. Leadership is not what is measured here: this one leads.
        self.dep.scheduler.acquire = lambda: True  # type: ignore[method-assign]
        points = [
            {
                "rule": r.index,
                "processor": r.spec["processor"],
                "mode": r.spec["mode"],
                "date": (first + timedelta(days=r.day)).isoformat(),
            }
            for r in plan.rules
            if r.process and (r.kind != "connection_drop" or self.store.is_postgres)
        ]
        worker_url = url
        if self.store.is_postgres:
            worker_url = sa.make_url(url).update_query_dict({"application_name": APP_NAME})
            worker_url = worker_url.render_as_string(hide_password=False)
        self.worker_cfg = {
            "url": worker_url,
            "clock": str(tmp / "clock"),
            "ledger": str(tmp / "ledger.db"),
            "windows": {json.dumps(k): v for k, v in windows.items()},
            "faults": config,
            "markers": str(tmp / "markers"),
            "bucket": str(self.bucket),
            "seed": plan.seed,
            "points": points,
        }
        self.procs: list[Proc] = []
        self.events: dict[int, FaultEvent] = {}
        self.resumes: dict[int, float] = {}  # rule → when its paused worker goes on
        self.manual: list[dict[str, Any]] = []
        # no connection to drop on SQLite
        self.not_applicable = [] if self.store.is_postgres else [
            r.label() for r in plan.rules if r.kind == "connection_drop"
        ]  # fmt: skip

    # -- processes --

    def spawn(self) -> Proc:
        proc = Proc(len(self.procs), self.worker_cfg, self.tmp)
        self.procs.append(proc)
        return proc

    def live_ids(self) -> list[str]:
        return [p.worker_id for p in self.procs if p.live and p.worker_id]

    def beat(self) -> None:
        """Bring the live workers' heartbeats to the instant the clock jumped to.

        A worker's heartbeat thread beats every 2 real seconds, but the clock jumps up to
        an hour at once and the scheduler's turn follows at once: without this, the
        ``workers_alive`` pre-flight check and the health check of every new instant
        would find no worker alive. Only workers the benchmark knows to be running are
        renewed (a paused or killed one goes stale as it would), only rows they wrote
        themselves, and a live worker without its row fails the month."""
        ids = self.live_ids()
        with self.store.transaction() as conn:
            renewed = conn.execute(
                sa.update(heartbeats)
                .where(heartbeats.c.id.in_(ids))
                .values(beat_at=self.clock.now())
            ).rowcount
        if renewed != len(ids):
            raise RuntimeError(f"a live worker has no heartbeat row: {self.backlog()}")

    # -- waiting for the instant's work --

    def quiet(self) -> bool:
        now = self.clock.now()
        with self.store.read() as conn:
            runnable = conn.execute(
                sa.select(sa.func.count()).where(
                    jobs.c.status.in_(["queued", "retry"]), jobs.c.run_after <= now
                )
            ).scalar_one()
            running = conn.execute(
                sa.select(sa.func.count()).where(
                    jobs.c.status == "running", jobs.c.worker_id.in_(self.live_ids())
                )
            ).scalar_one()
        return runnable == 0 and running == 0

    def settle(self) -> None:
        """Wait until every live worker is idle, acting on the faults as they strike."""
        deadline = time.monotonic() + SETTLE_TIMEOUT_S
        while True:
            self.strike()
            for p in self.procs:
                if p.live and p.popen.poll() is not None:
                    raise RuntimeError(f"worker {p.number} exited: {p.tail()}")
            if self.quiet():
                return
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"no quiet instant after {SETTLE_TIMEOUT_S:g}s at "
                    f"{datetime.fromtimestamp(self.clock.now(), ET)}: {self.backlog()}"
                )
            time.sleep(0.01)

    def backlog(self) -> str:
        with self.store.read() as conn:
            rows = conn.execute(
                sa.select(jobs.c.id, jobs.c.processor, jobs.c.data_date, jobs.c.status,
                          jobs.c.worker_id, jobs.c.run_after)
                .where(jobs.c.status.in_(["queued", "retry", "running"]))
            ).all()  # fmt: skip
        return f"{[tuple(r) for r in rows][:10]} live={self.live_ids()}"

    def strike(self) -> None:
        """A worker reached a fault's moment: do it."""
        for marker in sorted((self.tmp / "markers").glob("rule*.hold")):
            rule_index = int(marker.stem[4:])
            if rule_index in self.events or not marker.read_text():
                continue
            info = json.loads(marker.read_text())
            rule = next(r for r in self.plan.rules if r.index == rule_index)
            proc = next(p for p in self.procs if p.popen.pid == info["pid"])
            now = self.clock.now()
            with self.store.read() as conn:
                lease = conn.execute(
                    sa.select(jobs.c.lease_until).where(jobs.c.id == info["job_id"])
                ).scalar_one()
            event = FaultEvent(rule, now, job_id=info["job_id"], lease_until=lease)
            self.events[rule_index] = event
            go = marker.with_suffix(".go")
            if rule.kind == "worker_kill":
                proc.popen.send_signal(signal.SIGKILL)
                proc.popen.wait()
                proc.dead = True
                event.end = now
                self.spawn().wait_ready()  # the supervisor starts a new one
            elif rule.kind == "worker_pause":
                proc.popen.send_signal(signal.SIGSTOP)
                proc.paused = True
                self.resumes[rule_index] = now + float(rule.spec.get("seconds", 2 * LEASE_S))
                go.write_text("")  # it goes on as soon as it is continued
            elif rule.kind == "connection_drop":
                event.detail = f"{self.drop_connections()} connection(s) terminated"
                event.end = now
                go.write_text("")

    def drop_connections(self) -> int:
        with self.store.transaction() as conn:
            return len(
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = :app AND pid <> pg_backend_pid()"
                    ),
                    {"app": APP_NAME},
                ).all()
            )

    def resume_due(self) -> None:
        now = self.clock.now()
        for rule_index, at in list(self.resumes.items()):
            if at <= now:
                proc = next(p for p in self.procs if p.paused)
                proc.popen.send_signal(signal.SIGCONT)
                proc.paused = False
                self.events[rule_index].end = at
                del self.resumes[rule_index]

    # -- the month --

    def operator(self) -> None:
        """The morning look at health: when it asks for a person, retry the dead letters."""
        report = health(self.store, self.orch.pipelines, clock=self.clock)
        failing = {c.name: c.detail for c in report.checks if not c.ok}
        if "dead letters" in failing:
            # what `tipoff dlq retry --all` does: a dead job that reads another processor's
            # output (a loader) has that one re-run first, so its document is fetched again
            done = retry_with_inputs(self.store, self.orch.pipelines, None, now=self.clock.now())
            self.manual.append(
                {
                    "at": datetime.fromtimestamp(self.clock.now(), ET).isoformat(),
                    "step": f"tipoff dlq retry --all ({len(done)} job(s))",
                    "health": failing["dead letters"],
                }
            )

    def next_operator(self, now: float) -> float:
        local = datetime.fromtimestamp(now, ET)
        at = datetime.combine(local.date(), OPERATOR_AT, tzinfo=ET)
        if at.timestamp() <= now:
            at = datetime.combine(local.date() + timedelta(days=1), OPERATOR_AT, tzinfo=ET)
        return at.timestamp()

    def advance(self, until: float) -> None:
        """Step the deployment from instant to instant until ``until``."""
        while self.clock.now() < until:
            now = self.clock.now()
            operator_at = self.next_operator(now)
            due = [
                next_due(self.store, self.orch.pipelines, now, skip_schedules=self.coarse),
                now + MAX_STEP_S,
                operator_at,
                until,
                *self.resumes.values(),
            ]
            self.clock.set(min(d for d in due if d is not None and d > now))
            self.resume_due()
            self.beat()
            self.dep.step(self.settle)
            if self.clock.now() == operator_at:
                self.operator()
                self.settle()

    def live_through(self) -> None:
        for _ in range(self.plan.workers):
            self.spawn()
        for p in self.procs:
            p.wait_ready()
        started = time.monotonic()
        warm = League(SEASON, self.plan.seed).game_dates()[: self.warm_days]
        params = {"source": "sim", "prediction_mode": "fallback"}
        for day in warm:
            self.orch.start_run(day, "backfill", params=params)
            self.settle()
        self.beat()
        self.dep.step(self.settle)  # the scheduler's first sight: baselines only
        end = datetime.combine(self.last + timedelta(days=1), dtime(12, 0), tzinfo=ET)
        self.advance(end.timestamp())
        self.steps_real_s = round(time.monotonic() - started, 1)
        for p in self.procs:  # the month is over
            p.reap()

    def close(self) -> None:
        for p in self.procs:
            p.reap()
        self.dep.close()
        self.clock.close()


# -- what the month left behind -------------------------------------------------------------


def _value(v: Any) -> Any:
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, (dict, list)):
        return json.dumps(v, sort_keys=True, default=str)
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


def warehouse(store: Store) -> dict[str, dict[str, Counter[tuple[Any, ...]]]]:
    """Every warehouse table's rows, by table and date, without times and counters."""
    out: dict[str, dict[str, Counter[tuple[Any, ...]]]] = {}
    for component in load("nba").schemas:
        metadata = getattr(component, "metadata", None)
        if metadata is None:
            continue
        for table in metadata.sorted_tables:
            if table.name in LOGS:
                continue
            cols = [c for c in table.columns if c.name not in VOLATILE
                    and not c.name.endswith("_at")]  # fmt: skip
            when = next((c.name for c in cols if c.name in DATE_COLUMNS), None)
            by_day: dict[str, Counter[tuple[Any, ...]]] = defaultdict(Counter)
            with store.read() as conn:
                for row in conn.execute(sa.select(*cols)):
                    m = row._mapping
                    day = _value(m[when]) if when else "undated"
                    by_day[str(day)][tuple(_value(m[c.name]) for c in cols)] += 1
            out[table.name] = by_day
    return out


def _strip_times(doc: Any) -> Any:
    if isinstance(doc, dict):
        return {k: _strip_times(v) for k, v in doc.items() if k != "generated_at"}
    if isinstance(doc, list):
        return [_strip_times(v) for v in doc]
    return doc


def bucket_files(root: Path) -> tuple[dict[str, Any], list[str]]:
    """Every export and raw document (JSON without generation times); leftover temp files.

    Raw documents are kept under their run's correlation id (random): that part of the
    path is left out, and documents of one date and kind compared as a set."""
    files: dict[str, Any] = {}
    temp = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "models" in path.parts:
            continue
        rel = str(path.relative_to(root))
        if ".tmp-" in path.name:
            temp.append(rel)
            continue
        try:
            body: Any = _strip_times(json.loads(path.read_bytes()))
        except ValueError:
            body = path.read_bytes().hex()
        key = re.sub(r"^runs/[^/]+/", "runs/*/", rel)
        files.setdefault(key, []).append(json.dumps(body, sort_keys=True))
    return {k: sorted(v) for k, v in files.items()}, temp


def _day_of(text: str) -> str:
    found = re.search(r"\d{4}-\d{2}-\d{2}", text)
    return found.group(0) if found else "undated"


def differences(clean: Month, chaos: Month) -> dict[str, Any]:
    a, b = warehouse(clean.store), warehouse(chaos.store)
    rows: dict[str, dict[str, int]] = defaultdict(dict)
    raw: dict[str, dict[str, int]] = defaultdict(dict)
    for table in a:
        for day in set(a[table]) | set(b[table]):
            x, y = a[table].get(day, Counter()), b[table].get(day, Counter())
            n = sum(((x - y) + (y - x)).values())
            if n:
                (raw if table in AS_RECEIVED else rows)[day][table] = n
    fa, _ = bucket_files(clean.bucket)
    fb, temp = bucket_files(chaos.bucket)
    files: dict[str, list[str]] = defaultdict(list)
    raw_files: dict[str, list[str]] = defaultdict(list)
    for rel in sorted(set(fa) | set(fb)):
        if fa.get(rel) != fb.get(rel):
            # quarantine/raw/: a malformed document kept as the upstream sent it
            as_received = rel.startswith(("raw/", "runs/", "quarantine/raw/"))
            (raw_files if as_received else files)[_day_of(rel)].append(rel)
    return {
        "rows": dict(rows),
        "files": dict(files),
        "raw": {d: {**t, "files": len(raw_files.get(d, []))} for d, t in raw.items()}
        | {d: {"files": len(f)} for d, f in raw_files.items() if d not in raw},
        "temp_files": temp,
    }


def day_flags(month: Month, day: date) -> list[str]:
    """What the system itself says is wrong with a day (nothing: the day is complete)."""
    flags: list[str] = []
    league_days = set(League(SEASON, month.plan.seed).game_dates())
    with month.store.read() as conn:
        found = {
            m: (s, outcome)
            for m, s, outcome in conn.execute(
                sa.select(runs.c.mode, runs.c.status, runs.c.outcome).where(runs.c.data_date == day)
            )
        }
        wanted = ["same_day", "overnight"] if day in league_days else ["same_day"]
        for mode in wanted:
            if mode not in found:
                flags.append(f"{mode}: no run")
            elif found[mode][0] != "complete":
                status, outcome = found[mode]
                flags.append(f"{mode}: run {status}" + (f": {outcome}" if outcome else ""))
        for mode, phase, reason, blocked, held, bypassed in conn.execute(
            sa.select(transitions.c.mode, transitions.c.phase, transitions.c.trigger_reason,
                      transitions.c.blocked_reason, transitions.c.hold_reason,
                      transitions.c.bypassed).where(transitions.c.data_date == day)
        ):  # fmt: skip
            if blocked:
                flags.append(f"{mode} phase {phase}: blocked: {blocked}")
            if held:
                flags.append(f"{mode} phase {phase}: held: {held}")
            if bypassed:
                flags.append(f"{mode} phase {phase}: forced past its checks ({reason})")
        for mode, phase, processor in conn.execute(
            sa.select(transitions.c.mode, transitions.c.phase, completions.c.processor)
            .join(completions, completions.c.transition_id == transitions.c.id)
            .where(transitions.c.data_date == day, completions.c.status != "succeeded")
        ):
            flags.append(f"{mode} phase {phase}: {processor} did not succeed")
        for processor, mode, error in conn.execute(
            sa.select(jobs.c.processor, jobs.c.mode, jobs.c.last_error).where(
                jobs.c.data_date == day, jobs.c.status == "dead"
            )
        ):
            first = (error or "").splitlines()[0][:160] if error else ""
            flags.append(f"{mode} {processor}: dead letter: {first}")
    return flags


def duplicate_triggers(store: Store) -> dict[str, int]:
    """Work done twice: a job committed twice, or one processor of a run's phase succeeding
    under two jobs (the phase, or its trigger, went twice). Deliberate re-runs under fresh
    keys (a producer re-fetched for a retried loader or a held phase, a self-heal or manual
    re-run, a rebuild and each phase of it, a re-run after a late success upstream) are not
    the phase going twice: they are left out."""
    with store.read() as conn:
        twice = conn.execute(
            sa.select(sa.func.count()).select_from(
                sa.select(execution_log.c.job_id)
                .where(execution_log.c.status == "succeeded")
                .group_by(execution_log.c.job_id)
                .having(sa.func.count() > 1)
                .subquery()
            )
        ).scalar_one()
        done = conn.execute(
            sa.select(jobs.c.run_id, jobs.c.phase, jobs.c.processor, jobs.c.key).where(
                jobs.c.status == "succeeded",
                jobs.c.run_id.is_not(None),
                jobs.c.batch_id.is_(None),
                jobs.c.trigger_source.not_in(RERUN_SOURCES),
            )
        ).all()
    builds = Counter(
        (run_id, phase, processor, m.group(1) if (m := GENERATION.search(key)) else "0")
        for run_id, phase, processor, key in done
    )
    doubled = sum(1 for n in builds.values() if n > 1)
    return {"jobs_committed_twice": int(twice), "phase_processors_run_twice": doubled}


Window = tuple[float, float]


def unexplained_s(end: float, done: float, others: Sequence[Window]) -> float:
    """Seconds from a fault's ``end`` to ``done`` not covered by another fault's window
    (``others``: when other faults held the same work): what this fault's recovery took."""
    if done <= end:
        return 0.0
    covered, cursor = 0.0, end
    for lo, hi in sorted(others):
        lo, hi = max(lo, cursor), min(hi, done)
        if hi > lo:
            covered += hi - lo
            cursor = hi
    return max(0.0, done - end - covered)


def recoveries(month: Month) -> list[dict[str, Any]]:
    """Per fault: simulated seconds from its end (leases aside) to its own work done: the
    processor of each job that met it succeeded for that job's run (under any job: a
    re-run, a retried dead letter) and those runs finished; time another fault held the
    same job or run meanwhile is that fault's, not counted here (``shared_with`` names
    them), so co-located faults are each measured honestly."""
    affected: dict[int, set[int]] = defaultdict(set)
    ends: dict[int, float] = {}
    starts: dict[int, float] = {}
    for fired, at, job_id in month.ledger.firings():
        if job_id is not None:
            affected[fired].add(job_id)
        ends[fired] = max(ends.get(fired, at), at)
        starts[fired] = min(starts.get(fired, at), at)
    _, windows = upstream_config(month.plan, month.first)
    for rule_index, until in windows.values():
        if until is not None and rule_index in ends:
            ends[rule_index] = max(ends[rule_index], until)
    for index, event in month.events.items():
        starts[index] = event.at
        ends[index] = event.end or event.at
        if event.rule.kind == "worker_kill":  # leases aside: nobody may take it over before
            ends[index] = max(ends[index], event.lease_until or 0.0)
        if event.job_id is not None:
            affected[index].add(event.job_id)
    out = []
    with month.store.read() as conn:
        # what each affected job was: from the jobs table, or from its execution log when
        # it was deleted since (a dead letter a later success superseded)
        every = sorted({i for ids in affected.values() for i in ids})
        work: dict[int, tuple[str, int | None, Any, str | None]] = {}
        for r in conn.execute(
            sa.select(
                jobs.c.id, jobs.c.processor, jobs.c.run_id, jobs.c.data_date, jobs.c.mode
            ).where(jobs.c.id.in_(every))
        ):
            work[r.id] = (r.processor, r.run_id, r.data_date, r.mode)
        for e in conn.execute(
            sa.select(
                execution_log.c.job_id,
                execution_log.c.processor,
                execution_log.c.data_date,
                execution_log.c.mode,
            ).where(execution_log.c.job_id.in_([i for i in every if i not in work]))
        ):
            work.setdefault(e.job_id, (e.processor, None, e.data_date, e.mode))
        runs_of: dict[int, set[int]] = {
            o: {run for i in ids if i in work and (run := work[i][1]) is not None}
            for o, ids in affected.items()
        }
        labels = {r.index: r.label() for r in month.plan.rules}
        for rule in month.plan.rules:
            if rule.index not in starts:
                continue
            start, end = starts[rule.index], ends[rule.index]
            ids = sorted(affected[rule.index])
            mine_runs = runs_of.get(rule.index, set())
            # other faults on the same jobs or runs, and when they held them
            others = {
                o: (starts[o], ends[o])
                for o in starts
                if o != rule.index and (affected[o] & set(ids) or runs_of.get(o, set()) & mine_runs)
            }
            recovered: float | None = 0.0
            for job_id in ids:
                assert recovered is not None
                if job_id not in work:
                    recovered = None
                    break
                processor, run_id, day, mode = work[job_id]
                same = (
                    jobs.c.run_id == run_id
                    if run_id is not None
                    else sa.and_(jobs.c.data_date == day, jobs.c.mode == mode)
                )
                done = conn.execute(
                    sa.select(sa.func.min(jobs.c.finished_at)).where(
                        jobs.c.processor == processor,
                        jobs.c.status == "succeeded",
                        jobs.c.finished_at >= start,
                        same,
                    )
                ).scalar()
                if done is None:
                    recovered = None
                    break
                shared = [w for o, w in others.items() if job_id in affected[o]]
                recovered = max(recovered, unexplained_s(end, float(done), shared))
            if recovered is not None:
                for run_id, status, finished in conn.execute(
                    sa.select(runs.c.id, runs.c.status, runs.c.finished_at).where(
                        runs.c.id.in_(mine_runs)
                    )
                ):
                    # a run another fault held past this one's end is that fault's to finish
                    held = [w for o, w in others.items() if run_id in runs_of.get(o, set())]
                    if any(hi > end for _, hi in held):
                        continue
                    if status not in FINISHED_RUN or recovered is None:
                        recovered = None
                        break
                    recovered = max(recovered, unexplained_s(end, float(finished), held))
            outlived = (
                bool(ids)
                and conn.execute(
                    sa.select(sa.func.count()).where(
                        execution_log.c.job_id.in_(ids), execution_log.c.status == "dead"
                    )
                ).scalar_one()
                > 0
            )
            out.append(
                {
                    "fault": rule.label(),
                    "kind": rule.kind,
                    "jobs": len(ids),
                    "outlived_retries": outlived,
                    "ended": datetime.fromtimestamp(end, ET).isoformat(timespec="seconds"),
                    "recovery_s": None if recovered is None else round(recovered, 1),
                    "shared_with": sorted(labels[o] for o in others if o in labels),
                }
            )
    return out


def faults_injected(month: Month) -> dict[str, int]:
    kinds = {r.index: r.kind for r in month.plan.rules}
    count: Counter[str] = Counter(kinds[rule] for rule, _, _ in month.ledger.firings())
    for event in month.events.values():
        count[event.rule.kind] += 1
    return dict(sorted(count.items()))


# -- the benchmark --------------------------------------------------------------------------


@contextlib.contextmanager
def months(
    backend: str, plans: Sequence[Plan], first: date, warm_days: int
) -> Iterator[list[Month]]:
    """The months of ``plans`` lived at the same time (each in its own database and folder)."""
    with contextlib.ExitStack() as stack:
        lived = []
        for plan in plans:
            url = stack.enter_context(_common.database(backend))
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="chaos-"))
            m = Month(url, plan, Path(tmp), first, warm_days)
            stack.callback(m.close)
            lived.append(m)
        errors: list[BaseException] = []

        def live(m: Month) -> None:
            try:
                m.live_through()
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=live, args=(m,)) for m in lived]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]
        yield lived


def summarise(clean: Month, chaos: Month, plan: Plan, elapsed: float) -> dict[str, Any]:
    diff = differences(clean, chaos)
    days = [chaos.first + timedelta(days=i) for i in range(plan.days)]
    complete, flagged, differing_complete = [], {}, {}
    league_days = set(League(SEASON, plan.seed).game_dates())
    # The clean month is the yardstick: early in a season its runs end complete_degraded
    # (nobody has the games to be predicted yet). A day the system reports as it reports
    # the clean month's is complete, and compared with it; a day with more to report is
    # flagged.
    clean_flags = {d.isoformat(): f for d in days if (f := day_flags(clean, d))}
    for day in days:
        flags = day_flags(chaos, day)
        iso = day.isoformat()
        if set(flags) - set(clean_flags.get(iso, ())):
            flagged[iso] = flags
        else:
            complete.append(iso)
            n = sum(diff["rows"].get(iso, {}).values()) + len(diff["files"].get(iso, []))
            if n:
                differing_complete[iso] = {**diff["rows"].get(iso, {}),
                                           "files": diff["files"].get(iso, [])}  # fmt: skip
    rec = recoveries(chaos)
    times = [r["recovery_s"] for r in rec if r["recovery_s"] is not None]
    dups = duplicate_triggers(chaos.store)
    outages = sum(1 for r in rec if r["outlived_retries"])
    result = {
        "days": plan.days,
        "game_days": sum(1 for d in days if d in league_days),
        "workers": plan.workers,
        "seed": plan.seed,
        "faults_injected": faults_injected(chaos),
        "faults_not_injected": [r.label() for r in plan.rules if r.index not in _struck(chaos)]
        + chaos.not_applicable,
        "faults_skipped_past_days": plan.skipped,
        "days_complete": len(complete),
        "days_flagged": flagged,
        "clean_run_days_flagged": clean_flags,
        "duplicate_triggers": sum(dups.values()),
        "duplicates": dups,
        "rows_different_on_complete_days": sum(
            sum(v for k, v in d.items() if k != "files") + len(d["files"])
            for d in differing_complete.values()
        ),
        "different_on_complete_days": differing_complete,
        "rows_different_by_day": diff["rows"],
        "files_different_by_day": {k: len(v) for k, v in diff["files"].items()},
        "raw_documents_different_by_day": diff["raw"],
        "leftover_temp_files": len(diff["temp_files"]),
        "manual_steps": len(chaos.manual),
        "outages_outliving_retries": outages,
        "manual": chaos.manual,
        "recovery_s": {
            "p50": _common.percentile(times, 50) if times else None,
            "p95": _common.percentile(times, 95) if times else None,
            "not_recovered": [r["fault"] for r in rec if r["recovery_s"] is None],
        },
        "recoveries": rec,
        "elapsed_s": round(elapsed, 1),
    }
    result["targets"] = {
        # a flagged day must say why: more than that a run is missing or unfinished
        "every_day_complete_or_flagged": all(
            any(not BARE_STATUS.match(f) for f in flags) for flags in flagged.values()
        ),
        "no_duplicate_triggers": result["duplicate_triggers"] == 0,
        "no_differences_on_complete_days": result["rows_different_on_complete_days"] == 0,
        "recovery_p95_within_30s": bool(times)
        and result["recovery_s"]["p95"] <= 30
        and not result["recovery_s"]["not_recovered"],
        "manual_steps_within_outages": len(chaos.manual) <= outages,
    }
    return result


def _struck(month: Month) -> set[int]:
    return {rule for rule, _, _ in month.ledger.firings()} | set(month.events)


def run(plan: Plan, backend: str = "postgres", *, warm_days: int = WARM_DAYS) -> dict[str, Any]:
    """Live the month twice (clean, then under the plan) and compare: the JSON result."""
    league = League(SEASON, plan.seed)
    first = league.game_dates()[warm_days]
    started = time.monotonic()
    with months(backend, [plan.clean(), plan], first, warm_days) as (clean, chaos):
        result = summarise(clean, chaos, plan, time.monotonic() - started)
    return {"backend": backend, **result}


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    plan = Plan.load(Path(args.plan), args.days, args.workers, args.seed)
    plan.every_tick = args.every_tick
    return run(plan, args.backend)


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["worker"]:
        sys.exit(worker_main(argv[1]))
    p = _common.parser(__doc__.splitlines()[0], backends=("postgres", "sqlite"))
    p.add_argument("--plan", default=str(DEFAULT_PLAN), help="fault plan (YAML or JSON)")
    p.add_argument("--days", type=int, default=None, help="days of the month (plan: 30)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (plan: 3)")
    p.add_argument("--seed", type=int, default=None, help="the simulated league's seed")
    p.add_argument(
        "--every-tick",
        action="store_true",
        help="stop the clock at every 15/30-minute housekeeping tick too (about 3x slower)",
    )
    args = p.parse_args(argv)
    _common.run_main(lambda: benchmark(args))


if __name__ == "__main__":
    main()

"""Season benchmark: a simulated regular season end to end, and the same work without the engine.

    .venv/bin/python bench/season.py [--backend sqlite|postgres] [--dates N] [--concurrency K]
                                     [--workers W]

Each date of the simulated season (``--dates N``: its first N dates; the whole regular
season by default) is backfilled through all six phases of the NBA pipeline (scrapes of the
simulator over the HTTP stack, raw loads, analytics, precompute, one prediction job per game,
exports and grading) as ``tipoff backfill`` runs it: one date after another, each with
``Orchestrator.run_dates`` over one embedded worker, with the sim source and the fallback
prediction mode. ``--workers W`` runs the engine's jobs in W worker processes instead (the
engine's ``Worker``, as ``tipoff worker`` runs it, ``--concurrency`` threads each): this
process opens each date's run and waits for it to finish, as a backfill does beside a
deployment's workers; the engine's CPU is then this process's and the workers'.

The same dates are also run with the orchestration removed, in a second database of the same
backend: each phase's processors of the backfill mode called in order in this process, each
result written in its own transaction, then its fan-out's children (the per-game
predictions, the results exports) called the same way, under one correlation id per date
as a run's jobs are (so the date's scrapers fetch the schedule once, as the engine's do).
No queue, no transitions, no pre-flight checks, no threads. The two sides alternate date by
date, so both meet the same load on a shared machine, and ``orchestration_share`` is
``1 - direct / engine``.

One JSON object: total seconds of each side, dates, jobs, the per-date medians of the
first, middle and last third of the dates (dates with games; their ratio shows how a date's
cost grows with history), peak RSS (this process and its children), the engine database's
size, and the machine's load.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common
from tipoff.engine.clock import SystemClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import jobs, runs
from tipoff.engine.states import FINISHED_RUN, RunStatus
from tipoff.engine.store import Store
from tipoff.nba.demo import DEMO_PARAMS
from tipoff.nba.sim import League
from tipoff.nba.sim.calendar import SeasonCalendar
from tipoff.nba.sim_deployment import sim_orchestrator
from tipoff.nba.sources.faults import FaultInjector

SEASON = "2025-26"
SEED = 7
MODE = "backfill"
DEFAULT_CONCURRENCY = 4  # the settings' worker_concurrency
POLL_S = 0.05  # how often the driver looks at a run that worker processes are running
RUN_TIMEOUT_S = 900.0  # a date that takes longer is a failure of the benchmark


def season_dates(season: str, n: int | None) -> list[date]:
    """The regular season's dates from opening night to its last day, off days included
    (a backfill walks the calendar), the first ``n`` of them when given."""
    days = SeasonCalendar(season).days
    return list(days[:n] if n else days)


def build(url: str, bucket_dir: str) -> Orchestrator:
    return sim_orchestrator(
        Store(url), SystemClock(), bucket_dir, faults=FaultInjector(None), season=SEASON, seed=SEED
    )


class Direct:
    """The pipeline's processors for one date, called in order with no engine around them."""

    def __init__(self, orch: Orchestrator) -> None:
        self.orch = orch
        self.pipeline = orch.pipeline()
        self.calls = 0
        self.spent: dict[str, float] = {}  # processor -> seconds of the current date
        self.spent_cpu: dict[str, float] = {}  # processor -> CPU seconds of the current date
        # a run's scrapers share the documents fetched under its correlation id (the
        # schedule once, not once per scraper): the direct side's date gets one as well
        self.correlation_id = ""

    def took(self, cpu: bool = False) -> dict[str, float]:
        """Seconds (or CPU seconds) per processor of the last date run, fan-out children
        summed."""
        spent = self.spent_cpu if cpu else self.spent
        return {name: round(s, 3) for name, s in sorted(spent.items(), key=lambda i: -i[1])}

    def _call(self, processor: str, phase: int, day: date, params: dict[str, Any]) -> Result:
        ctx = JobContext(
            job_id=0,
            pipeline=self.pipeline.pipeline,
            processor=processor,
            phase=phase,
            mode=MODE,
            data_date=day,
            params=params,
            attempt=1,
            max_attempts=1,
            correlation_id=self.correlation_id,
            trigger_source="bench",
            worker_id="direct",
            store=self.orch.store,
            clock=self.orch.clock,
            resources=self.orch.resources,
        )
        started, cpu = time.perf_counter(), time.process_time()
        result = self.orch.registry.get(processor)(ctx) or Result()
        self.calls += 1
        if result.write is not None:
            with self.orch.store.transaction() as conn:
                result.write(conn)
        self.spent[processor] = self.spent.get(processor, 0.0) + time.perf_counter() - started
        self.spent_cpu[processor] = self.spent_cpu.get(processor, 0.0) + time.process_time() - cpu
        return result

    def run(self, day: date) -> None:
        self.spent, self.spent_cpu = {}, {}
        self.correlation_id = uuid.uuid4().hex
        for phase in self.pipeline.phases:
            for proc in self.pipeline.expected(phase.phase, MODE):
                params = {**proc.params, **DEMO_PARAMS}
                result = self._call(proc.name, phase.phase, day, params)
                for child in result.fan_out.children if result.fan_out else ():
                    self._call(child.processor, phase.phase, day, {**params, **child.params})


# -- worker processes -----------------------------------------------------------------------


def worker_main(config_path: str) -> int:
    """A worker process: the engine's Worker over the benchmark's orchestrator, as ``tipoff
    worker`` runs one, until SIGTERM."""
    _common.quiet_logs()
    cfg = json.loads(Path(config_path).read_text())
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    orch = sim_orchestrator(
        Store(cfg["url"]),
        SystemClock(),
        cfg["bucket"],
        faults=FaultInjector(None),
        season=SEASON,
        seed=SEED,
        prepare=False,
    )
    worker = orch.worker(concurrency=cfg["concurrency"]).start()
    Path(cfg["ready"]).write_text(worker.worker_id)
    try:
        stop.wait()
    finally:
        worker.stop()
        orch.resources["sources"].close()
        orch.store.dispose()
    return 0


class Proc:
    """One worker process."""

    def __init__(self, number: int, cfg: dict[str, Any], tmp: Path) -> None:
        self.number = number
        self.ready = tmp / f"worker{number}.ready"
        config = tmp / f"worker{number}.json"
        config.write_text(json.dumps({**cfg, "ready": str(self.ready)}))
        self.log = open(tmp / f"worker{number}.log", "wb")  # noqa: SIM115 (closed in reap)
        self.popen = subprocess.Popen(
            [sys.executable, __file__, "worker", str(config)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )

    def wait_ready(self, timeout_s: float = 120.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not (self.ready.exists() and self.ready.read_text()):
            self.check()
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker {self.number} not ready after {timeout_s:g}s")
            time.sleep(0.05)

    def check(self) -> None:
        if self.popen.poll() is not None:
            self.log.flush()
            tail = Path(self.log.name).read_text(errors="replace").splitlines()[-20:]
            raise RuntimeError(f"worker {self.number} exited: " + "\n".join(tail))

    def cpu_s(self) -> float:
        """The process's CPU seconds so far (user and system, its threads included)."""
        fields = Path(f"/proc/{self.popen.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.popen.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
        return 0.0

    def reap(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(60)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self.log.close()


def run_on_workers(orch: Orchestrator, day: date, procs: Sequence[Proc]) -> Any:
    """Open the date's run and wait until it is finished (complete, or stopped with nothing
    queued or running), the work done by the worker processes."""
    run_id = orch.start_run(day, MODE, params=dict(DEMO_PARAMS)).id
    status = sa.select(runs.c.status).where(runs.c.id == run_id)
    deadline = time.monotonic() + RUN_TIMEOUT_S
    next_full = time.monotonic() + 1.0
    while True:
        with orch.store.read() as conn:
            now_status = conn.execute(status).scalar_one()
        # the run's status moves when its last phase triggers or it is blocked; a held run
        # keeps running: look at the whole state once a second for that
        if now_status != RunStatus.RUNNING.value or time.monotonic() >= next_full:
            state = orch.run_state(run_id)
            if state.finished:
                return state
            next_full = time.monotonic() + 1.0
        for p in procs:
            p.check()
        if time.monotonic() > deadline:
            raise RuntimeError(f"{day}: not finished after {RUN_TIMEOUT_S:g}s")
        time.sleep(POLL_S)


def database_mb(store: Store) -> float:
    """The database's size on disk (SQLite: the file and its WAL; PostgreSQL: the schema's
    tables with their indexes and TOAST)."""
    if store.engine.dialect.name == "sqlite":
        path = store.engine.url.database or ""
        size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    else:
        with store.read() as conn:
            size = conn.execute(
                sa.text(
                    "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                )
            ).scalar_one()
    return round(int(size) / 2**20, 1)


def thirds(values: Sequence[float]) -> dict[str, float | None]:
    """Medians of the first, middle and last third, and last over first."""
    n = len(values)
    cut = [values[: n // 3], values[n // 3 : n - n // 3], values[n - n // 3 :]]
    start, middle, end = (round(_common.median(c), 3) if c else None for c in cut)
    ratio = round(end / start, 2) if start and end else None
    return {"start": start, "middle": middle, "end": end, "end_over_start": ratio}


def peak_rss() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self": round(own / 1024, 1), "children": round(children / 1024, 1)}


def run(backend: str, n: int | None, concurrency: int, workers: int = 0) -> dict[str, Any]:
    days = season_dates(SEASON, n)
    game_days = set(League(SEASON, SEED).game_dates())
    with (
        _common.database(backend) as engine_url,
        _common.database(backend) as direct_url,
        tempfile.TemporaryDirectory(prefix="tipoff-season-") as tmp,
    ):
        orch = build(engine_url, f"{tmp}/engine-bucket")
        direct = Direct(build(direct_url, f"{tmp}/direct-bucket"))
        procs: list[Proc] = []
        worker = None
        if workers:
            cfg = {"url": engine_url, "bucket": f"{tmp}/engine-bucket", "concurrency": concurrency}
            try:
                procs = [Proc(i, cfg, Path(tmp)) for i in range(workers)]
                for p in procs:
                    p.wait_ready()
            except BaseException:
                for p in procs:
                    p.reap()
                raise
        else:
            worker = orch.worker(concurrency=concurrency).start()
        workers_cpu = 0.0  # the worker processes' CPU seconds over the engine's dates
        workers_rss: list[float] = []
        engine_s: list[float] = []
        direct_s: list[float] = []
        engine_cpu: list[float] = []  # this process's CPU seconds (its threads included)
        direct_cpu: list[float] = []
        breakdown: tuple[str, dict[str, float], dict[str, float]] = ("", {}, {})
        degraded = 0  # finished without the day's outcome (e.g. nobody to predict yet)
        try:
            for i, day in enumerate(days):
                started, cpu = time.perf_counter(), time.process_time()
                before = sum(p.cpu_s() for p in procs)
                if worker is not None:
                    [state] = orch.run_dates([day], MODE, worker=worker, params=dict(DEMO_PARAMS))
                else:
                    state = run_on_workers(orch, day, procs)
                engine_s.append(time.perf_counter() - started)
                on_workers = sum(p.cpu_s() for p in procs) - before
                workers_cpu += on_workers
                engine_cpu.append(time.process_time() - cpu + on_workers)
                if state.status.value not in FINISHED_RUN:
                    raise RuntimeError(f"{day}: run is {state.status.value}: {state}")
                degraded += state.status is RunStatus.COMPLETE_DEGRADED
                started, cpu = time.perf_counter(), time.process_time()
                direct.run(day)
                direct_s.append(time.perf_counter() - started)
                direct_cpu.append(time.process_time() - cpu)
                if day in game_days:
                    breakdown = (day.isoformat(), direct.took(), direct.took(cpu=True))
                print(
                    f"{day} engine {engine_s[-1]:.2f}s direct {direct_s[-1]:.2f}s "
                    f"({i + 1}/{len(days)})",
                    file=sys.stderr,
                )
        finally:
            if worker is not None:
                worker.stop()
            for p in procs:
                if p.popen.poll() is None:
                    workers_rss.append(p.peak_rss_mb())
                p.reap()
        with orch.store.read() as conn:
            n_jobs = conn.execute(sa.select(sa.func.count()).select_from(jobs)).scalar_one()
        size = database_mb(orch.store)
        for o in (orch, direct.orch):
            o.resources["sources"].close()
            o.store.dispose()
    with_games = [i for i, d in enumerate(days) if d in game_days]
    engine_total, direct_total = sum(engine_s), sum(direct_s)
    return {
        "benchmark": "season",
        "backend": backend,
        "season": SEASON,
        "first_date": days[0].isoformat(),
        "last_date": days[-1].isoformat(),
        "dates": len(days),
        "dates_with_games": len(with_games),
        "dates_complete_degraded": degraded,
        "concurrency": concurrency,
        "workers": workers,  # worker processes (0: one worker embedded in this process)
        "jobs": int(n_jobs),
        "total_s": round(engine_total, 2),
        "per_date_median_s": thirds([engine_s[i] for i in with_games]),
        "direct_total_s": round(direct_total, 2),
        "direct_calls": direct.calls,
        "direct_per_date_median_s": thirds([direct_s[i] for i in with_games]),
        "direct_last_game_date": breakdown[0],
        "direct_last_game_date_by_processor_s": breakdown[1],
        "direct_last_game_date_by_processor_cpu_s": breakdown[2],
        "orchestration_share": round(1 - direct_total / engine_total, 3) if engine_total else None,
        # CPU seconds of this process and of the worker processes (the database server's
        # excluded): on a shared machine they move far less with the load than the
        # wall-clock figures above
        "cpu_s": {
            "engine": round(sum(engine_cpu), 2),
            "engine_workers": round(workers_cpu, 2),
            "direct": round(sum(direct_cpu), 2),
        },
        "cpu_per_date_median_s": thirds([engine_cpu[i] for i in with_games]),
        "direct_cpu_per_date_median_s": thirds([direct_cpu[i] for i in with_games]),
        "cpu_orchestration_share": (
            round(1 - sum(direct_cpu) / sum(engine_cpu), 3) if sum(engine_cpu) else None
        ),
        "peak_rss_mb": {**peak_rss(), "workers": workers_rss},
        "database_mb": size,
    }


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["worker"]:
        sys.exit(worker_main(argv[1]))
    p = _common.parser(__doc__.splitlines()[0])
    p.add_argument("--dates", type=int, default=None, help="first N dates (default: all)")
    p.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    p.add_argument(
        "--workers", type=int, default=0, help="worker processes (default: one embedded worker)"
    )
    args = p.parse_args(argv)
    _common.run_main(lambda: run(args.backend, args.dates, args.concurrency, args.workers))


if __name__ == "__main__":
    main()

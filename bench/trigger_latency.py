"""Cross-process trigger latency on PostgreSQL: a phase commits in one worker process,
the next phase starts in the other.

Two worker processes (each a real ``Worker``, one thread, LISTENing for NOTIFY) serve a
pipeline of ``PHASES`` phases with one processor each. Runs are started one at a time by
the parent; each run gives ``PHASES - 1`` transitions, ``RUNS`` runs give the samples
(after ``WARMUP_RUNS`` runs that are not counted).

Pinning phases to processes. The queue hands a job to whichever worker claims first, and
a worker that commits a completion would claim the next phase's jobs itself (in-process
wakeup). So the processes take turns: a worker is *armed* (``Worker.concurrency`` = 1,
it may claim) or *paused* (``concurrency`` = 0, it claims nothing; the dispatcher reads
that attribute on every turn). Exactly one is armed while a processor runs. The processor
of phase k, running in process P, asks the other process Q to arm itself, waits until Q
confirms (plus ``SETTLE_S`` for Q's dispatcher to go back to sleep), then pauses P and
returns. When P commits the completion, which triggers phase k+1 and sends NOTIFY in the
same transaction, only Q can claim the new job; Q is idle and is woken by the NOTIFY.
The phases therefore alternate between the processes deterministically.

How a sample is taken (both timestamps with ``time.time()``, one machine, one clock):

- commit of phase k, in P: the processor's ``write`` callback, which runs inside the
  transaction that records the completion, triggers phase k+1 and sends NOTIFY, tags that
  connection; SQLAlchemy's ``commit`` event stamps the tagged transaction just before its
  COMMIT goes to the server. That is the commit time: NOTIFY is delivered when the COMMIT
  takes effect, so no start can precede it (checked), and the interval includes the
  COMMIT itself, an upper bound rather than a flattering one. The pool's ``checkin``
  event also stamps the moment the connection came back after the COMMIT returned;
  ``commit_roundtrip_median_ms`` is the gap, ``median_from_commit_returned_ms`` the
  latency measured from there (it can dip below zero when P is descheduled after the
  COMMIT while Q already runs: two cores);
- start of phase k+1, in Q: the first statement of the processor.

latency = start(k+1) - commit(k). The hand-over above happens before P's commit, so it
is not part of the interval. Usage: ``python bench/trigger_latency.py``.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from _common import (
    check_alive,
    database,
    median,
    ms,
    parser,
    percentile,
    quiet_logs,
    run_main,
    stop_workers,
    wait_ready,
)
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import Blueprint, JobContext, Registry, Result
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.engine.worker import Worker

PHASES = 11
RUNS = 20  # x (PHASES - 1) = 200 transitions
WARMUP_RUNS = 2
MODE = "bench"
SETTLE_S = 0.01
ARM_TIMEOUT_S = 10.0
RUN_TIMEOUT_S = 30.0
READY_TIMEOUT_S = 60.0
FIRST_DATE = date(2001, 1, 1)
TAG = "bench.completion"  # connection info key: (data date, phase) of the job it commits

Stamp = tuple[date, int, float]  # (data date, phase, time.time())


def processor_name(phase: int) -> str:
    return f"t{phase:02d}"


def bench_pipeline() -> PipelineDef:
    phases = "\n".join(
        f"  - {{phase: {k}, name: phase{k}, processors: [{{name: {processor_name(k)}}}]}}"
        for k in range(1, PHASES + 1)
    )
    text = f"""
pipeline: bench_trigger
modes: [{MODE}]
defaults:
  policy: {{quorum: 1.0, deadline_floor_s: 600}}
phases:
{phases}
"""
    return parse_pipeline(text, source="trigger_latency")


class CommitStamps:
    """When each tagged transaction's COMMIT was sent and when it had returned."""

    def __init__(self, engine: sa.Engine) -> None:
        self.sent: dict[tuple[date, int], float] = {}
        self.acked: list[Stamp] = []
        sa.event.listen(engine, "commit", self._on_commit)
        sa.event.listen(engine, "rollback", self._on_rollback)
        sa.event.listen(engine, "checkin", self._on_checkin)

    def _on_commit(self, conn: sa.Connection) -> None:
        tag = conn.info.get(TAG)
        if tag is not None:
            self.sent[tag] = time.time()

    def _on_rollback(self, conn: sa.Connection) -> None:
        conn.info.pop(TAG, None)

    def _on_checkin(self, _dbapi_conn: Any, record: Any) -> None:
        returned = time.time()
        tag = record.info.pop(TAG, None)
        if tag is not None:
            self.acked.append((*tag, returned))


class Turns:
    """One process's side of the hand-over protocol (see the module docstring)."""

    def __init__(self, role: int, arm_requests: list[Any], armed: list[Any]) -> None:
        self.role = role
        self.other = 1 - role
        self.arm_requests = arm_requests
        self.armed = armed
        self.worker: Worker | None = None
        self.starts: list[Stamp] = []

    def hand_over(self) -> None:
        """Arm the other process, wait for it, then stop this one from claiming."""
        assert self.worker is not None
        self.armed[self.other].clear()
        self.arm_requests[self.other].set()
        if not self.armed[self.other].wait(ARM_TIMEOUT_S):
            raise RuntimeError(f"process {self.other} did not arm within {ARM_TIMEOUT_S}s")
        time.sleep(SETTLE_S)
        self.worker.concurrency = 0

    def serve_arm_requests(self, stop: Any) -> None:
        assert self.worker is not None
        while not stop.is_set():
            if self.arm_requests[self.role].wait(0.2):
                self.arm_requests[self.role].clear()
                self.worker.concurrency = 1
                self.worker.store.wakeup.notify()  # let the dispatcher see its free slot
                self.armed[self.role].set()


def blueprint(turns: Turns) -> Blueprint:
    bp = Blueprint("bench_trigger")

    def processor(ctx: JobContext) -> Result:
        started = time.time()
        assert ctx.data_date is not None and ctx.phase is not None
        tag = (ctx.data_date, ctx.phase)
        turns.starts.append((*tag, started))
        turns.hand_over()

        def write(conn: sa.Connection) -> None:
            conn.info[TAG] = tag

        return Result(records=sum(range(1000)) and 1, write=write)

    for k in range(1, PHASES + 1):
        bp.add(processor_name(k), processor)
    return bp


def worker_process(
    role: int,
    url: str,
    arm_requests: list[Any],
    armed: list[Any],
    ready: Any,
    stop: Any,
    results: Any,
) -> None:  # pragma: no cover - runs in a child process
    quiet_logs()
    turns = Turns(role, arm_requests, armed)
    store = Store(url)
    orch = Orchestrator(store, bench_pipeline(), Registry(blueprint(turns)), prepare=False)
    worker = orch.worker(concurrency=1)
    turns.worker = worker
    if role == 1:
        worker.concurrency = 0  # process 0 takes the first phase
    stamps = CommitStamps(store.engine)
    worker.start()
    arming = threading.Thread(target=turns.serve_arm_requests, args=(stop,), daemon=True)
    arming.start()
    ready.release()
    stop.wait()
    worker.stop(grace_s=5.0)
    store.dispose()
    results.put(
        {"role": role, "starts": turns.starts, "sent": stamps.sent, "commits": stamps.acked}
    )


def wait_complete(orch: Orchestrator, run_id: int, procs: list[Any]) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while True:
        check_alive(procs)
        state = orch.run_state(run_id)
        if state.status is RunStatus.COMPLETE:
            return
        if state.finished or time.monotonic() > deadline:
            raise RuntimeError(f"run {run_id} did not complete: {state}")
        time.sleep(0.01)


def samples(tallies: list[dict[str, Any]], dates: set[date]) -> tuple[list[float], list[float]]:
    """Latencies from COMMIT sent and from COMMIT returned to the next phase's start."""
    starts = {(d, k): (t["role"], ts) for t in tallies for d, k, ts in t["starts"]}
    commits = {(d, k): (t["role"], ts) for t in tallies for d, k, ts in t["commits"]}
    sent = {key: ts for t in tallies for key, ts in t["sent"].items()}
    from_sent: list[float] = []
    from_returned: list[float] = []
    for day in sorted(dates):
        for k in range(1, PHASES):
            if (day, k) not in commits:
                raise RuntimeError(f"{day} phase {k}: no commit stamp was recorded")
            done_role, returned = commits[(day, k)]
            start_role, started = starts[(day, k + 1)]
            if done_role == start_role:
                raise RuntimeError(f"{day} phases {k} and {k + 1} ran in the same process")
            if started < sent[(day, k)]:
                raise RuntimeError(f"{day} phase {k + 1} started before phase {k} committed")
            from_sent.append(started - sent[(day, k)])
            from_returned.append(started - returned)
    return from_sent, from_returned


def bench() -> dict[str, Any]:
    p = parser(__doc__.splitlines()[0], backends=("postgres",))
    args = p.parse_args()
    ctx = mp.get_context("spawn")
    pipeline = bench_pipeline()

    with database(args.backend) as url:
        store = Store(url)
        procs: list[Any] = []
        stop = ctx.Event()
        try:
            orch = Orchestrator(store, pipeline, Registry(blueprint(Turns(0, [], []))))
            arm_requests = [ctx.Event(), ctx.Event()]
            armed = [ctx.Event(), ctx.Event()]
            ready = ctx.Semaphore(0)
            results = ctx.Queue()
            procs = [
                ctx.Process(
                    target=worker_process,
                    args=(role, url, arm_requests, armed, ready, stop, results),
                    name=f"bench-trigger-{role}",
                )
                for role in (0, 1)
            ]
            for proc in procs:
                proc.start()
            wait_ready(ready, procs, READY_TIMEOUT_S)

            measured: set[date] = set()
            for i in range(WARMUP_RUNS + RUNS):
                day = FIRST_DATE + timedelta(days=i)
                wait_complete(orch, orch.start_run(day, MODE).id, procs)
                if i >= WARMUP_RUNS:
                    measured.add(day)

            stop.set()
            tallies = [results.get(timeout=30) for _ in procs]
        finally:
            stop_workers(stop, procs)
            store.dispose()

    latencies, from_returned = samples(tallies, measured)
    roundtrips = [a - b for a, b in zip(latencies, from_returned, strict=True)]
    return {
        "backend": args.backend,
        "median_ms": ms(median(latencies)),
        "p99_ms": ms(percentile(latencies, 99)),
        "samples": len(latencies),
        "min_ms": ms(min(latencies)),
        "max_ms": ms(max(latencies)),
        "median_from_commit_returned_ms": ms(median(from_returned)),
        "commit_roundtrip_median_ms": ms(median(roundtrips)),
        "processes": 2,
        "concurrency_per_worker": 1,
        "phases_per_run": PHASES,
        "runs": RUNS,
    }


if __name__ == "__main__":
    run_main(bench)

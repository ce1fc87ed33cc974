"""Queue throughput: plain jobs enqueued, claimed and completed through the durable queue.

The parent process enqueues ``--jobs`` plain jobs (no pipeline phase, so no transition:
``transition_id`` is None) with ``tipoff.engine.queue.enqueue`` in batches, one
``store.transaction()`` per batch. ``--workers`` worker processes, each running a real
``Worker`` (``--concurrency`` threads) over a registry holding the ``noop`` processor,
drain the queue while it fills.

The clock starts (``time.time()``) when the parent begins to enqueue, with every worker
process already started and idle, and stops at the last completion: each worker process
takes ``time.time()`` in a report listener, which runs after the job's commit, and sends
its latest one back when the parent, having seen the jobs table drained (polled every
``POLL_S``), tells it to stop. Process start-up is therefore not counted, enqueueing is.

Usage: ``python bench/queue_throughput.py --backend sqlite|postgres --workers 1|4``
"""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
from typing import Any

import sqlalchemy as sa

from _common import check_alive, database, parser, quiet_logs, run_main, stop_workers, wait_ready
from tipoff.engine import queue
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import Blueprint, JobContext, Registry, Result
from tipoff.engine.schema import jobs
from tipoff.engine.states import PENDING, JobStatus
from tipoff.engine.store import Store

DEFAULT_JOBS = 5000
DEFAULT_CONCURRENCY = 8
ENQUEUE_BATCH = 500
# SQLite has no cross-process wakeup: an idle worker process polls every WORKER_POLL_S.
WORKER_POLL_S = 0.05
POLL_S = 0.05
READY_TIMEOUT_S = 60.0
DRAIN_TIMEOUT_S = 90.0

# Registry.check wants every processor a pipeline names to be registered, and a worker
# serves pipelines; the jobs below name this pipeline but belong to no phase of it.
PIPELINE_YAML = """
pipeline: bench_queue
modes: [bench]
phases:
  - {phase: 1, name: noop, processors: [{name: noop}]}
"""

blueprint = Blueprint("bench_queue")


@blueprint.processor("noop")
def noop(ctx: JobContext) -> Result:
    return Result(records=1)


def bench_pipeline() -> PipelineDef:
    return parse_pipeline(PIPELINE_YAML, source="queue_throughput")


def job_specs(n: int) -> list[queue.JobSpec]:
    return [
        queue.JobSpec(
            key=f"bench/noop/{i}",
            pipeline="bench_queue",
            processor="noop",
            max_attempts=3,
            timeout_s=60.0,
            trigger_source="bench",
        )
        for i in range(n)
    ]


def worker_process(
    url: str, concurrency: int, ready: Any, stop: Any, results: Any
) -> None:  # pragma: no cover - runs in a child process
    quiet_logs()
    store = Store(url)
    orch = Orchestrator(store, bench_pipeline(), Registry(blueprint), prepare=False)
    worker = orch.worker(concurrency=concurrency, poll_s=WORKER_POLL_S)
    lock = threading.Lock()
    tally = {"succeeded": 0, "other": 0, "last_done": 0.0}

    def on_report(report: Any) -> None:
        done = time.time()  # after the commit of this job's completion
        with lock:
            tally["succeeded" if report.status is JobStatus.SUCCEEDED else "other"] += 1
            tally["last_done"] = max(tally["last_done"], done)

    worker.add_listener(on_report)
    worker.start()
    ready.release()
    stop.wait()
    worker.stop(grace_s=5.0)
    store.dispose()
    results.put({**tally, "errors": worker.errors[-3:]})


def remaining(store: Store) -> int:
    with store.read() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count()).select_from(jobs).where(jobs.c.status.in_(PENDING))
            ).scalar_one()
        )


def bench() -> dict[str, Any]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--workers", type=int, default=1, help="worker processes")
    p.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY, help="per process")
    p.add_argument("--jobs", type=int, default=DEFAULT_JOBS)
    args = p.parse_args()
    specs = job_specs(args.jobs)
    ctx = mp.get_context("spawn")

    with database(args.backend) as url:
        store = Store(url)
        procs: list[Any] = []
        stop = ctx.Event()
        try:
            Orchestrator(store, bench_pipeline(), Registry(blueprint))  # creates the schema
            ready = ctx.Semaphore(0)
            results = ctx.Queue()
            procs = [
                ctx.Process(
                    target=worker_process,
                    args=(url, args.concurrency, ready, stop, results),
                    name=f"bench-worker-{i}",
                )
                for i in range(args.workers)
            ]
            for proc in procs:
                proc.start()
            wait_ready(ready, procs, READY_TIMEOUT_S)

            t0 = time.time()
            for i in range(0, len(specs), ENQUEUE_BATCH):
                with store.transaction() as conn:
                    queue.enqueue(store, conn, specs[i : i + ENQUEUE_BATCH], now=time.time())
            enqueued_s = time.time() - t0

            deadline = time.monotonic() + DRAIN_TIMEOUT_S
            while (left := remaining(store)) > 0:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{left} of {args.jobs} jobs still pending after drain")
                check_alive(procs)
                time.sleep(POLL_S)

            stop.set()
            tallies = [results.get(timeout=30) for _ in procs]
        finally:
            stop_workers(stop, procs)
            store.dispose()

    succeeded = sum(t["succeeded"] for t in tallies)
    if succeeded != args.jobs or any(t["other"] for t in tallies):
        raise RuntimeError(f"expected {args.jobs} successes, got {tallies}")
    seconds = max(t["last_done"] for t in tallies) - t0
    return {
        "backend": args.backend,
        "workers": args.workers,
        "jobs_per_s": round(args.jobs / seconds),
        "jobs": args.jobs,
        "seconds": round(seconds, 4),
        "concurrency_per_worker": args.concurrency,
        "enqueue_s": round(enqueued_s, 4),
        "enqueue_batch": ENQUEUE_BATCH,
        "jobs_per_worker": [t["succeeded"] for t in tallies],
    }


if __name__ == "__main__":
    run_main(bench)

"""Workers: claim jobs, run them on a thread pool, heartbeat their leases, sweep for trouble.

Pool threads only run processors. One dispatcher thread is the worker's committer: each
turn it commits every job that finished since the last turn and claims as many new jobs
as there are free slots, in one transaction (group commit), and hands the new jobs to
the pool. When there is nothing to do it sleeps until woken:
by this process's own commits (an in-process signal), by PostgreSQL ``NOTIFY`` from other
processes, or, for SQLite across processes, by a short poll. A heartbeat thread extends
the leases of running jobs and records that the worker is alive. Every ``sweep_s`` the
worker returns jobs whose lease expired to the queue and fires quorum-timeout triggers.

``stop()`` (SIGTERM in the CLI) stops claiming, lets running jobs finish within a grace
period, and gives the rest back to the queue without spending an attempt.
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import queue, rebuild
from tipoff.engine.daemon import Daemon, remember
from tipoff.engine.deadline_sweep import sweep_deadlines
from tipoff.engine.execution import Executor, Finished, JobReport
from tipoff.engine.queue import Job
from tipoff.engine.schema import heartbeats
from tipoff.engine.store import NOTIFY_CHANNEL, Store

log = structlog.get_logger("tipoff.worker")

DEFAULT_LEASE_S = 30.0
DEFAULT_POLL_S = 0.2
DEFAULT_SWEEP_S = 1.0

ReportListener = Callable[[JobReport], None]


def new_worker_id(kind: str = "worker") -> str:
    return f"{kind}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Worker:
    def __init__(
        self,
        executor: Executor,
        *,
        concurrency: int = 4,
        lease_s: float = DEFAULT_LEASE_S,
        poll_s: float = DEFAULT_POLL_S,
        sweep_s: float = DEFAULT_SWEEP_S,
        heartbeat_s: float | None = None,
        listen: bool = True,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.executor = executor
        self.store: Store = executor.store
        self.clock = executor.clock
        self.worker_id = executor.worker_id
        self.concurrency = concurrency
        self.lease_s = lease_s
        self.poll_s = poll_s
        self.sweep_s = sweep_s
        self.heartbeat_s = heartbeat_s if heartbeat_s is not None else max(0.05, lease_s / 3)
        self.listen = listen and self.store.is_postgres
        self._pool = ThreadPoolExecutor(concurrency, thread_name_prefix="tipoff-job")
        self._inflight: dict[int, Job] = {}
        self._done: list[Finished] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listeners: list[ReportListener] = []
        self.started_at = time.time()
        self.processed = 0
        self.errors: list[str] = []
        # no back-off: a lease must be extended before it runs out, failures or not
        self._heartbeat = Daemon(
            "heartbeat",
            self._extend_leases,
            interval_s=self.heartbeat_s,
            clock=self.clock,
            store=self.store,
            beat_id=self.worker_id,
            kind="worker",
            started_at=self.started_at,
            info=self._beat_info,
            on_error=self._heartbeat_error,
            backoff_cap_s=self.heartbeat_s,
            stop=self._stopping,
            errors=self.errors,
        )

    # -- lifecycle ------------------------------------------------------------------------

    def add_listener(self, fn: ReportListener) -> None:
        """Call ``fn`` with the report of every job this worker commits or recovers."""
        self._listeners.append(fn)

    def remove_listener(self, fn: ReportListener) -> None:
        self._listeners.remove(fn)

    def start(self) -> Worker:
        self._heartbeat.write_beat()  # a worker that cannot beat does not start
        targets: list[tuple[str, Callable[[], None]]] = [
            ("dispatch", self._dispatch_loop),
            ("heartbeat", functools.partial(self._heartbeat.run, wait_first=True)),
        ]
        if self.listen:
            targets.append(("listen", self._listen_loop))
        for name, target in targets:
            t = threading.Thread(target=target, name=f"tipoff-{name}", daemon=True)
            t.start()
            self._threads.append(t)
        log.info(
            "worker_started",
            worker_id=self.worker_id,
            concurrency=self.concurrency,
            database=self.store.describe(),
        )
        return self

    def stop(self, grace_s: float = 30.0) -> None:
        """Stop claiming; wait up to ``grace_s`` for running jobs, release the others."""
        if self._stopping.is_set():
            self._stopped.wait(grace_s + 5)
            return
        self._stopping.set()
        self.store.wakeup.notify()
        for t in self._threads:
            if t.name == "tipoff-dispatch":
                t.join()
        deadline = time.monotonic() + grace_s
        while True:
            seen = self.store.wakeup.generation()
            self._commit_finished(claim=False)
            with self._lock:
                if not self._inflight:
                    break
            if time.monotonic() >= deadline:
                break
            self.store.wakeup.wait(seen, 0.05)
        with self._lock:
            leftover = list(self._inflight)
        if leftover:
            released = queue.release(
                self.store, worker_id=self.worker_id, job_ids=leftover, now=self.clock.now()
            )
            log.warning("worker_released_jobs", worker_id=self.worker_id, released=released)
        self._pool.shutdown(wait=False, cancel_futures=True)
        for t in self._threads:
            t.join(timeout=2.0)
        with contextlib.suppress(Exception), self.store.transaction() as conn:
            conn.execute(sa.delete(heartbeats).where(heartbeats.c.id == self.worker_id))
        self._stopped.set()
        log.info("worker_stopped", worker_id=self.worker_id, processed=self.processed)

    def wait(self, timeout: float | None = None) -> bool:
        return self._stopped.wait(timeout)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def inflight(self) -> int:
        with self._lock:
            return len(self._inflight)

    # -- loops ----------------------------------------------------------------------------

    def _dispatch_loop(self) -> None:
        """The worker's only committer: commit what finished, claim what fits, in one go."""
        next_sweep = 0.0
        while not self._stopping.is_set():
            try:
                if time.monotonic() >= next_sweep:
                    next_sweep = time.monotonic() + self.sweep_s
                    self._sweep_safely()
                seen = self.store.wakeup.generation()
                committed, claimed = self._commit_finished(claim=True)
                if committed or claimed:
                    continue
                timeout = min(self.poll_s, max(0.0, next_sweep - time.monotonic()))
                self.store.wakeup.wait(seen, timeout)
            except Exception as exc:  # keep the loop alive; the next turn retries
                self._remember(exc)
                log.exception("dispatch_error", worker_id=self.worker_id)
                self._stopping.wait(min(1.0, self.poll_s * 5))

    def _commit_finished(self, *, claim: bool) -> tuple[int, int]:
        with self._lock:
            done, self._done = self._done, []
            free = self.concurrency - len(self._inflight) + len(done) if claim else 0
        if not done and free <= 0:
            return 0, 0
        try:
            reports, claimed = self.executor.commit(done, claim=free, lease_s=self.lease_s)
        except Exception:
            with self._lock:  # keep the results; the next turn commits them
                self._done[:0] = done
            raise
        with self._lock:
            for f in done:
                self._inflight.pop(f.job.id, None)
            for job in claimed:
                self._inflight[job.id] = job
            self.processed += len(done)
        for job in claimed:
            self._pool.submit(self._execute, job)
        for report in reports:
            self._notify(report)
        return len(done), len(claimed)

    def _execute(self, job: Job) -> None:
        try:
            finished = self.executor.execute(job)
        except Exception as exc:  # execute() already turns processor errors into results
            self._remember(exc)
            finished = Finished(job, self.clock.now(), error=f"{type(exc).__name__}: {exc}")
        with self._lock:
            self._done.append(finished)
        self.store.wakeup.notify()

    def _notify(self, report: JobReport) -> None:
        for fn in list(self._listeners):
            try:
                fn(report)
            except Exception as exc:
                self._remember(exc)

    def _sweep_safely(self) -> None:
        """A sweep that fails (say, every time: a rebuild the pipeline file no longer
        allows) is logged and remembered, and the loop goes on committing and claiming."""
        try:
            self.sweep()
        except Exception as exc:
            self._remember(exc)
            log.exception("sweep_error", worker_id=self.worker_id)

    def sweep(self) -> None:
        """Return expired leases to the queue, fire deadline (quorum) triggers and rebuild
        the dates built without an earlier date that was completed late."""
        first_error: Exception | None = None
        for step in (self._recover_expired, self._sweep_deadlines, self._rebuild_due):
            try:
                step()
            except Exception as exc:  # one step failing must not skip the others
                first_error = first_error or exc
        if first_error is not None:
            raise first_error

    def _recover_expired(self) -> None:
        for report in self.executor.recover_expired():
            self._notify(report)

    def _sweep_deadlines(self) -> None:
        sweep_deadlines(self.store, self.executor.pipelines, now=self.clock.now())

    def _rebuild_due(self) -> None:
        rebuild.rebuild_due(self.store, self.executor.pipelines, now=self.clock.now())

    def _extend_leases(self) -> None:
        """The heartbeat's turn: keep the leases of the running jobs (then it beats)."""
        with self._lock:
            ids = list(self._inflight)
        queue.extend_leases(
            self.store,
            worker_id=self.worker_id,
            job_ids=ids,
            now=self.clock.now(),
            lease_s=self.lease_s,
        )

    def _beat_info(self) -> dict[str, Any]:
        return {
            "concurrency": self.concurrency,
            "inflight": self.inflight(),
            "processed": self.processed,
        }

    def _heartbeat_error(self, _what: str, _exc: BaseException) -> None:
        log.exception("heartbeat_error", worker_id=self.worker_id)

    def _listen_loop(self) -> None:
        """PostgreSQL LISTEN: wake the dispatcher when another process enqueues jobs."""
        import psycopg

        conninfo = self.store.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stopping.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self.store.wakeup.notify()  # catch anything enqueued while connecting
                    while not self._stopping.is_set():
                        for _ in conn.notifies(timeout=0.5):
                            self.store.wakeup.notify()
            except Exception as exc:
                self._remember(exc)
                log.warning("listen_error", error=str(exc))
                self._stopping.wait(1.0)

    def _remember(self, exc: BaseException) -> None:
        remember(self.errors, exc)

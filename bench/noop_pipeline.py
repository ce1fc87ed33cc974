"""The six-phase no-op workload through the engine, compared with plain Python threads.

The example pipeline (``tipoff/examples/noop.yaml``: 6 phases x 5 processors) runs with a
blueprint of its own here: the same 30 processor names, each computing ``sum(range(1000))``
and recording ``(date, phase, start, end)`` with ``time.perf_counter()`` taken inside the
processor. From those spans:

- phase-transition latency: first start of phase k+1 minus last end of phase k, per date
  (this covers the group commit of the completion, the trigger, the next phase's enqueue,
  the wakeup, the claim and the hand-off to a thread);
- a check that no processor of phase k+1 started before every processor of phase k ended.

Measured, in one process, with one worker already started:

- ``one_date_ms``: ``Orchestrator.run_dates([d])`` wall time, median of 5 warm runs, each
  a new date (after warm-up dates that are not counted);
- ``backfill_30_s``: ``run_dates`` of 30 new dates started together, until all complete;
- ``peak_rss_mb``: the process's peak RSS (ru_maxrss) at the end;
- the baseline: the same processors as plain Python, each phase on its own
  ``ThreadPoolExecutor`` of the same size, dates one after another. Baseline dates are
  interleaved with the engine's (one engine date, one baseline date, ...; then the two
  30-date runs back to back) so that both sides meet the same load on a shared machine,
  and every timed run starts after a short rest (``REST_S``).

Usage: ``python bench/noop_pipeline.py --backend sqlite|postgres [--concurrency 5]``
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from _common import database, median, ms, parser, peak_rss_mb, run_main
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.registry import Blueprint, JobContext, Registry, Result
from tipoff.engine.store import Store
from tipoff.examples import noop

MODE = "backfill"
WARMUP_DATES = 3
RUNS = 5
BACKFILL_DATES = 30
DEFAULT_CONCURRENCY = 5
RUN_TIMEOUT_S = 60.0
FIRST_DATE = date(2001, 1, 1)
# Pause before each timed run. On a shared machine the scheduler hands the CPU back to
# other processes right after a busy stretch; without the pause, whichever side runs
# second pays for the first (a baseline date measured ~20 ms instead of ~5 ms).
REST_S = 0.3

Span = tuple[date, int, float, float]  # (data date, phase, start, end), perf_counter seconds


class Recorder:
    """The processors' work and the spans they record, shared by engine and baseline."""

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self._lock = threading.Lock()

    def work(self, day: date, phase: int) -> int:
        start = time.perf_counter()
        total = sum(range(1000))
        end = time.perf_counter()
        with self._lock:
            self.spans.append((day, phase, start, end))
        return total

    def take(self) -> list[Span]:
        with self._lock:
            spans, self.spans = self.spans, []
        return spans


def bench_blueprint(pipeline: PipelineDef, recorder: Recorder) -> Blueprint:
    bp = Blueprint("bench")

    def processor(ctx: JobContext) -> Result:
        assert ctx.data_date is not None and ctx.phase is not None
        return Result(records=recorder.work(ctx.data_date, ctx.phase) and 1)

    for name in pipeline.processor_names():
        bp.add(name, processor)
    return bp


def transition_gaps(spans: Iterable[Span], phases: int) -> list[float]:
    """Per date and phase boundary: first start of phase k+1 minus last end of phase k."""
    by_date: dict[date, dict[int, list[tuple[float, float]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for day, phase, start, end in spans:
        by_date[day][phase].append((start, end))
    gaps: list[float] = []
    for day, by_phase in sorted(by_date.items()):
        if sorted(by_phase) != list(range(1, phases + 1)):
            raise RuntimeError(f"{day}: phases run {sorted(by_phase)}, expected 1..{phases}")
        for k in range(1, phases):
            last_end = max(end for _, end in by_phase[k])
            first_start = min(start for start, _ in by_phase[k + 1])
            if first_start < last_end:
                raise RuntimeError(
                    f"{day}: phase {k + 1} started {ms(last_end - first_start)} ms "
                    f"before phase {k} finished"
                )
            gaps.append(first_start - last_end)
    return gaps


def run_engine_dates(orch: Orchestrator, worker: Any, dates: list[date]) -> float:
    """Run ``dates`` together to completion; return the wall time in seconds."""
    t0 = time.perf_counter()
    states = orch.run_dates(dates, MODE, worker=worker, timeout_s=RUN_TIMEOUT_S)
    elapsed = time.perf_counter() - t0
    unfinished = [s for s in states if s.status.value != "complete"]
    if unfinished:
        raise RuntimeError(
            f"{len(unfinished)} run(s) did not complete: "
            + "; ".join(f"{s.run.data_date} {s.status.value} {s.blocked}" for s in unfinished)
        )
    return elapsed


def run_baseline_date(
    recorder: Recorder, pipeline: PipelineDef, day: date, concurrency: int
) -> float:
    """The same work as plain Python, one ThreadPoolExecutor per phase; the wall time."""
    t0 = time.perf_counter()
    for phase in pipeline.phases:
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(lambda _p, k=phase.phase: recorder.work(day, k), phase.processors))
    return time.perf_counter() - t0


@dataclass
class Figures:
    """Wall times (seconds) and transition gaps of one side, engine or baseline."""

    one_date: list[float] = field(default_factory=list)
    one_date_gaps: list[float] = field(default_factory=list)
    backfill: float = 0.0
    backfill_gaps: list[float] = field(default_factory=list)


def measure(
    url: str, recorder: Recorder, pipeline: PipelineDef, concurrency: int
) -> tuple[Figures, Figures]:
    """Engine and baseline, interleaved so both see the same machine (it is shared)."""
    phases = len(pipeline.phases)
    days = (FIRST_DATE + timedelta(days=i) for i in range(10_000))
    engine, baseline = Figures(), Figures()
    store = Store(url)
    try:
        orch = Orchestrator(store, pipeline, Registry(bench_blueprint(pipeline, recorder)))
        worker = orch.worker(concurrency=concurrency).start()
        try:
            for _ in range(WARMUP_DATES):
                run_engine_dates(orch, worker, [next(days)])
                run_baseline_date(recorder, pipeline, next(days), concurrency)
            recorder.take()

            for _ in range(RUNS):
                time.sleep(REST_S)
                engine.one_date.append(run_engine_dates(orch, worker, [next(days)]))
                engine.one_date_gaps += transition_gaps(recorder.take(), phases)
                time.sleep(REST_S)
                baseline.one_date.append(
                    run_baseline_date(recorder, pipeline, next(days), concurrency)
                )
                baseline.one_date_gaps += transition_gaps(recorder.take(), phases)

            time.sleep(REST_S)
            engine.backfill = run_engine_dates(
                orch, worker, [next(days) for _ in range(BACKFILL_DATES)]
            )
            engine.backfill_gaps = transition_gaps(recorder.take(), phases)
            time.sleep(REST_S)
            baseline.backfill = sum(
                run_baseline_date(recorder, pipeline, next(days), concurrency)
                for _ in range(BACKFILL_DATES)
            )
            baseline.backfill_gaps = transition_gaps(recorder.take(), phases)
        finally:
            worker.stop()
    finally:
        store.dispose()
    return engine, baseline


def bench() -> dict[str, Any]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    args = p.parse_args()

    pipeline = noop.pipeline()
    with database(args.backend) as url:
        engine, baseline = measure(url, Recorder(), pipeline, args.concurrency)
    rss = peak_rss_mb()

    one_date_ms = ms(median(engine.one_date))
    baseline_one_date_ms = ms(median(baseline.one_date))
    jobs = BACKFILL_DATES * len(pipeline.processor_names())
    return {
        "backend": args.backend,
        "one_date_ms": one_date_ms,
        "transition_median_ms": ms(median(engine.one_date_gaps)),
        "transition_max_ms": ms(max(engine.one_date_gaps)),
        "backfill_30_s": round(engine.backfill, 4),
        "peak_rss_mb": rss,
        "baseline_one_date_ms": baseline_one_date_ms,
        "baseline_backfill_30_s": round(baseline.backfill, 4),
        "ratio_one_date": round(one_date_ms / baseline_one_date_ms, 1),
        "ratio_backfill_30": round(engine.backfill / baseline.backfill, 1),
        "concurrency": args.concurrency,
        "runs": RUNS,
        "warmup_runs": WARMUP_DATES,
        "one_date_runs_ms": [ms(s) for s in engine.one_date],
        "baseline_one_date_runs_ms": [ms(s) for s in baseline.one_date],
        "transitions_measured": len(engine.one_date_gaps),
        "backfill_transition_median_ms": ms(median(engine.backfill_gaps)),
        "backfill_transition_max_ms": ms(max(engine.backfill_gaps)),
        "backfill_jobs_per_s": round(jobs / engine.backfill),
        "baseline_transition_median_ms": ms(median(baseline.one_date_gaps)),
    }


if __name__ == "__main__":
    run_main(bench)

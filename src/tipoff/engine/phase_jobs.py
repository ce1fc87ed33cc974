"""The jobs a phase of a run enqueues, and their idempotency keys.

A phase's jobs are enqueued from several places (the phase opening, a manual re-run,
self-heal, a re-run after a late upstream completion); they all build them here, so the
same work always meets the same key and is never run twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tipoff.engine import queue
from tipoff.engine.pipeline import PipelineDef, ProcessorDef
from tipoff.engine.run_records import Run


def job_key(
    pipeline: str, data_date: date, mode: str, phase: int, processor: str, generation: int = 0
) -> str:
    """The idempotency key of a phase's job; a rebuilt run's jobs carry its generation."""
    key = f"{pipeline}/{data_date.isoformat()}/{mode}/{phase}/{processor}"
    return f"{key}/rebuild/{generation}" if generation else key


def run_job_key(run: Run, phase: int, processor: str) -> str:
    return job_key(run.pipeline, run.data_date, run.mode, phase, processor, run.generation)


def phase_job_specs(
    pipeline: PipelineDef,
    run: Run,
    phase: int,
    processors: Sequence[ProcessorDef],
    transition_id: int,
    trigger_source: str,
    *,
    key_suffix: str = "",
) -> list[queue.JobSpec]:
    """The jobs of a phase's processors for a run; ``key_suffix`` makes a re-run's keys
    fresh (a manual re-run, a re-run after a late upstream completion)."""
    return [
        queue.JobSpec(
            key=run_job_key(run, phase, p.name) + key_suffix,
            pipeline=run.pipeline,
            processor=p.name,
            phase=phase,
            mode=run.mode,
            data_date=run.data_date,
            params={**p.params, **run.params},
            transition_id=transition_id,
            run_id=run.id,
            max_attempts=pipeline.max_attempts(p),
            timeout_s=pipeline.timeout_s(p),
            correlation_id=run.correlation_id,
            trigger_source=trigger_source,
        )
        for p in processors
    ]

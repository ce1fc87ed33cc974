"""Recovery in one step on both databases: a dead job whose input was rejected is retried
by re-running the processor that produced that input first, under a fresh key; the status
shows the re-runs as they are (queued, not dead or complete) until the date completes."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import status
from tipoff.engine.clock import ManualClock
from tipoff.engine.manual import REPAIR_SOURCE, retry_with_inputs, trigger_phase
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import Child, FanOut, JobContext, Result
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.errors import ConfigError, PayloadError

D = date(2025, 12, 29)


class Source:
    """The roster document: the first fetch is malformed, later ones are good."""

    def __init__(self) -> None:
        self.fetches: list[str] = []
        self.doc = ""

    def scrape(self, ctx: JobContext) -> Result:
        self.fetches.append(ctx.trigger_source)
        self.doc = "{not json" if len(self.fetches) == 1 else '{"players": 15}'
        return Result(records=1)

    def load(self, ctx: JobContext) -> Result:
        if not self.doc.startswith('{"'):
            raise PayloadError(f"roster of {ctx.data_date}: malformed JSON at offset 1")
        return Result(records=15)


def states(store: Store, orch: Any) -> dict[str, str]:
    report = status.date_status(store, orch.pipeline(), D)
    return {p.name: p.state.value for ph in report.runs[0].phases for p in ph.processors}


def test_retrying_a_job_whose_input_was_rejected_re_fetches_it_and_completes_the_date(
    store: Store, clock: ManualClock
) -> None:
    src = Source()
    pipeline = pipeline_from(
        [[proc("scrape_roster")], [proc("raw_roster", input_from="scrape_roster")], [proc("c")]],
        max_attempts=2,
    )
    orch = orchestrator_for(
        store, pipeline, {"scrape_roster": src.scrape, "raw_roster": src.load}, clock=clock
    )
    run = orch.start_run(D, "same_day")
    drain(orch, clock, advance_s=60)
    assert orch.run_state(run.id).status is RunStatus.BLOCKED
    [dead] = [p for p in status.date_status(store, orch.pipeline(), D).runs[0].phases[1].processors]
    assert dead.state.value == "FAILED" and dead.job_id is not None

    [retried] = retry_with_inputs(store, orch.pipelines, [dead.job_id], now=clock.now())
    assert retried.via == "scrape_roster" and retried.via_job_id is not None
    assert retried.describe() == (
        f"job {dead.job_id} (raw_roster for 2025-12-29 (same_day)): its input comes from "
        f"scrape_roster; re-running scrape_roster under a fresh key (job {retried.via_job_id}),"
        " then raw_roster again once it succeeds"
    )
    # the status says what is live: both re-runs queued, the run no longer blocked
    report = status.date_status(store, orch.pipeline(), D)
    assert report.runs[0].status is RunStatus.RUNNING and report.runs[0].blocked == []
    assert "BLOCKED" not in status.render_text(report)
    assert states(store, orch)["scrape_roster"] == "QUEUED"
    assert states(store, orch)["raw_roster"] == "QUEUED"

    drain(orch, clock)
    assert src.fetches == ["run", REPAIR_SOURCE]  # fetched again, once
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    assert set(states(store, orch).values()) == {"COMPLETE"}


def test_a_producer_that_fans_out_wakes_its_reader_once_its_children_settle(
    store: Store, clock: ManualClock
) -> None:
    """The roster is fetched by the producer's children: its repair re-run has done its
    work when they settle, and the waiting reader is due then, not an hour later."""
    src = Source()

    def scrape(ctx: JobContext) -> Result:
        return Result(records=1, fan_out=FanOut([Child("page", "p0", {})], threshold=1.0))

    pipeline = pipeline_from(
        [[proc("scrape_roster")], [proc("raw_roster", input_from="scrape_roster")], [proc("c")]],
        tasks=[{"name": "page"}],
        max_attempts=2,
    )
    fns = {"scrape_roster": scrape, "page": src.scrape, "raw_roster": src.load}
    orch = orchestrator_for(store, pipeline, fns, clock=clock)
    run = orch.start_run(D, "same_day")
    drain(orch, clock, advance_s=60)
    assert orch.run_state(run.id).status is RunStatus.BLOCKED
    dead = status.date_status(store, orch.pipeline(), D).runs[0].phases[1].processors[0]
    [retried] = retry_with_inputs(store, orch.pipelines, [dead.job_id], now=clock.now())
    assert retried.via == "scrape_roster"

    drain(orch, clock)  # the clock stands still: well within the reader's hold
    assert len(src.fetches) == 2  # fetched again, once
    assert orch.run_state(run.id).status is RunStatus.COMPLETE


def test_a_triggered_re_run_shows_queued_not_complete_while_it_waits(
    store: Store, clock: ManualClock
) -> None:
    pipeline = pipeline_from([[proc("a")], [proc("b")]])
    orch = orchestrator_for(store, pipeline, clock=clock)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    assert states(store, orch) == {"a": "COMPLETE", "b": "COMPLETE"}
    trigger_phase(store, orch.pipeline(), D, "same_day", 1, now=clock.now(), processors=["a"])
    assert states(store, orch) == {"a": "QUEUED", "b": "COMPLETE"}
    drain(orch, clock)
    assert states(store, orch) == {"a": "COMPLETE", "b": "COMPLETE"}


def test_input_from_must_name_a_processor_of_an_earlier_phase() -> None:
    with pytest.raises(ConfigError, match=r"input_from: 'b' is not a processor of an earlier"):
        parse_pipeline(
            "pipeline: t\nmodes: [same_day]\nphases:\n"
            "  - {phase: 1, name: one, processors: [{name: a, input_from: b}]}\n"
            "  - {phase: 2, name: two, processors: [{name: b}]}\n"
        )

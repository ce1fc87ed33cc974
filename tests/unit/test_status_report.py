"""The status report's JSON is the models' own dump, in the shape ``tipoff status --json``
and ``/api/status/{date}`` have always given: keys in this order, times in ISO 8601 to the
second with their offset, the fan-out's percentage to one decimal, a run without the date
and pipeline its report already names."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tipoff.engine.breaker import BreakerState
from tipoff.engine.states import RunStatus
from tipoff.engine.status import (
    BreakerStatus,
    DateStatus,
    FanOutStatus,
    PhaseStatus,
    ProcessorState,
    ProcessorStatus,
    RetriedProcessor,
    RunReport,
    render_text,
    to_json,
)

ZONE = ZoneInfo("America/New_York")
DAY = date(2025, 12, 29)


def at(hour: int, minute: int, second: float = 0) -> datetime:
    return datetime(2025, 12, 29, hour, minute, int(second), int(second % 1 * 1e6), ZONE)


def report() -> DateStatus:
    predict = ProcessorStatus(
        name="predict",
        critical=True,
        state=ProcessorState.RUNNING,
        at=at(12, 5, 2.75),
        attempts=1,
        max_attempts=3,
        job_id=7,
        worker_id="w1",
        fan_out=FanOutStatus(
            expected=3,
            succeeded=2,
            failed=0,
            pending=1,
            completion_pct=200 / 3,
            threshold=0.9,
            settled=False,
        ),
    )
    phase = PhaseStatus(
        phase=5,
        name="predict",
        started=True,
        started_at=at(12, 0),
        deadline_at=at(12, 40),
        blocked_reason="waits",
        quorum=0.8,
        complete=0,
        expected=1,
        processors=(predict,),
    )
    run = RunReport(
        pipeline="nba",
        data_date=DAY,
        run_id=1,
        mode="same_day",
        status=RunStatus.RUNNING,
        correlation_id="c1",
        trigger_source="schedule",
        params={"source": "sim"},
        param_origins={"source": "run"},
        started_at=at(11, 59, 59.5),
        jobs={"running": 1},
        dead_letters=0,
        blocked=["phase 5 (predict): waits"],
        phases=(phase,),
    )
    retried = RetriedProcessor(
        mode="same_day",
        phase=5,
        processor="predict",
        jobs=1,
        attempts=2,
        max_attempts=3,
        statuses={"running": 1},
        last_error="boom",
        last_failed_at=at(12, 1),
    )
    breaker = BreakerStatus(
        name="odds", state=BreakerState.OPEN, since=at(12, 3), failures=5, last_error=None
    )
    return DateStatus(
        pipeline="nba",
        data_date=DAY,
        timezone="America/New_York",
        runs=(run,),
        retries=(retried,),
        breakers=(breaker,),
    )


EXPECTED = {
    "pipeline": "nba",
    "date": "2025-12-29",
    "timezone": "America/New_York",
    "runs": [
        {
            "run_id": 1,
            "mode": "same_day",
            "status": "running",
            "correlation_id": "c1",
            "trigger_source": "schedule",
            "params": {"source": "sim"},
            "param_origins": {"source": "run"},
            "started_at": "2025-12-29T11:59:59-05:00",
            "finished_at": None,
            "jobs": {"running": 1},
            "dead_letters": 0,
            "outcome": None,
            "blocked": ["phase 5 (predict): waits"],
            "generation": 0,
            "rebuild_phase": None,
            "rebuild_reason": None,
            "phases": [
                {
                    "phase": 5,
                    "name": "predict",
                    "started": True,
                    "started_at": "2025-12-29T12:00:00-05:00",
                    "deadline_at": "2025-12-29T12:40:00-05:00",
                    "triggered": False,
                    "triggered_at": None,
                    "trigger_reason": None,
                    "blocked_reason": "waits",
                    "hold_reason": None,
                    "held_until": None,
                    "holds": 0,
                    "bypassed": False,
                    "quorum": 0.8,
                    "complete": 0,
                    "expected": 1,
                    "processors": [
                        {
                            "name": "predict",
                            "critical": True,
                            "state": "RUNNING",
                            "at": "2025-12-29T12:05:02-05:00",
                            "attempts": 1,
                            "max_attempts": 3,
                            "infra_attempts": 0,
                            "records": None,
                            "error": None,
                            "job_id": 7,
                            "worker_id": "w1",
                            "fan_out": {
                                "expected": 3,
                                "succeeded": 2,
                                "failed": 0,
                                "pending": 1,
                                "completion_pct": 66.7,
                                "threshold": 0.9,
                                "settled": False,
                            },
                        }
                    ],
                }
            ],
        }
    ],
    "retries": [
        {
            "mode": "same_day",
            "phase": 5,
            "processor": "predict",
            "jobs": 1,
            "attempts": 2,
            "max_attempts": 3,
            "statuses": {"running": 1},
            "last_error": "boom",
            "last_failed_at": "2025-12-29T12:01:00-05:00",
        }
    ],
    "breakers": [
        {
            "name": "odds",
            "state": "open",
            "since": "2025-12-29T12:03:00-05:00",
            "failures": 5,
            "last_error": None,
        }
    ],
}


def test_the_json_is_the_documented_shape_key_for_key_in_order() -> None:
    # compared as text: equal dicts in another key order would pass a dict comparison
    assert json.dumps(to_json(report()), indent=2) == json.dumps(EXPECTED, indent=2)


def test_the_text_reads_the_same_models_with_times_on_the_wall_clock() -> None:
    text = render_text(report())
    assert "  started: 11:59:59 AM (America/New_York)" in text
    assert (
        "  - predict: RUNNING (attempt 1/3 since 12:05:02 PM) [fan-out: 2/3 succeeded, "
        "0 failed, 1 pending, 66.7% of 90% needed]"
    ) in text
    assert "  _triggered: FALSE (blocked: 0/1 complete)" in text
    assert "  - odds: OPEN since 12:03:00 PM, 5 failures" in text

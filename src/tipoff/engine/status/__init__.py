"""A read-only report of one data date: every run, phase and expected processor, and why.

It answers "did today's pipeline complete, and if not, what exactly is it waiting for?"
The report is a set of pydantic models (:mod:`~tipoff.engine.status.report`), built by
queries (:mod:`~tipoff.engine.status.query` for runs, phases and processors,
:mod:`~tipoff.engine.status.attention` for retries and breakers) and read as text
(:mod:`~tipoff.engine.status.text`) or as JSON (:func:`to_json`, the models' own dump, also
the HTTP API's response model).
"""

from __future__ import annotations

from tipoff.engine.status.query import RunListing, date_status, recent_runs
from tipoff.engine.status.report import (
    BreakerStatus,
    DateStatus,
    FanOutStatus,
    PhaseStatus,
    ProcessorState,
    ProcessorStatus,
    RetriedProcessor,
    RunReport,
    to_json,
)
from tipoff.engine.status.text import render_text

__all__ = [
    "BreakerStatus",
    "DateStatus",
    "FanOutStatus",
    "PhaseStatus",
    "ProcessorState",
    "ProcessorStatus",
    "RetriedProcessor",
    "RunListing",
    "RunReport",
    "date_status",
    "recent_runs",
    "render_text",
    "to_json",
]

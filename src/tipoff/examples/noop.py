"""The no-op example pipeline: 6 phases x 5 processors, each computing sum(range(1000))."""

from __future__ import annotations

from pathlib import Path

from tipoff.engine import Blueprint, JobContext, PipelineDef, Result, load_pipeline

PIPELINE_FILE = Path(__file__).with_name("noop.yaml")

blueprint = Blueprint("example")


def _noop(ctx: JobContext) -> Result:
    return Result(records=sum(range(1000)) and 1)


for _phase in range(1, 7):
    for _letter in "abcde":
        blueprint.add(f"p{_phase}_{_letter}", _noop)


def pipeline() -> PipelineDef:
    return load_pipeline(PIPELINE_FILE)

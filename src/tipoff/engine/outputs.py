"""What a pipeline publishes (files a website reads) and how old each may grow.

A pipeline's code tells the engine, through ``Blueprint.outputs``, the age of each output
it publishes and the most its schedules allow at the moment (e.g. the time since the last
run of the daily schedule that rewrites it, once that run's grace is over). The monitor
alerts while one is older than that (``stale:<pipeline>:<output>``, resolved once it is
written again), and the metrics give both ages (``tipoff_output_age_seconds``,
``tipoff_output_max_age_seconds``). The engine never reads the outputs itself: where
they live (a bucket) is the pipeline's business. An output not written yet has no age:
nothing to alert on before the first run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import structlog
from prometheus_client.core import GaugeMetricFamily, Metric

from tipoff.engine.alerts import Alert, Severity
from tipoff.engine.pipeline import PipelineDef

log = structlog.get_logger("tipoff.outputs")

ALERT_PREFIX = "stale:"


@dataclass(frozen=True)
class OutputAge:
    name: str  # what the output is called where it is read ("v1/results/latest.json")
    age_s: float | None  # since it was last written; None: never written
    max_age_s: float  # the most its schedule allows now (it may vary with the time of day)
    rule: str = ""  # what a stale one missed ("not rewritten since results-export ran ...")

    @property
    def stale(self) -> bool:
        return self.age_s is not None and self.age_s > self.max_age_s


def output_ages(pipelines: Mapping[str, PipelineDef], now: float) -> list[tuple[str, OutputAge]]:
    """(pipeline, age) of every output the pipelines publish; a pipeline whose outputs
    cannot be read is logged and left out, never fatal."""
    found: list[tuple[str, OutputAge]] = []
    for pipeline in pipelines.values():
        if pipeline.outputs_code is None:
            continue
        try:
            found += [(pipeline.pipeline, age) for age in pipeline.outputs_code(now)]
        except Exception as exc:
            log.error("outputs_unreadable", pipeline=pipeline.pipeline, error=repr(exc))
    return found


def stale_alerts(pipelines: Mapping[str, PipelineDef], now: float) -> list[Alert]:
    """A warning per output older than its schedule allows."""
    return [
        Alert(
            f"{ALERT_PREFIX}{pipeline}:{age.name}",
            Severity.WARNING,
            f"{pipeline} {age.name} is {age.age_s / 3600:.1f} h old, "
            + (age.rule or f"more than the {age.max_age_s / 3600:.1f} h its schedule allows")
            + ": its producer did not run or did not write it",
            {"output": age.name, "age_s": age.age_s, "max_age_s": age.max_age_s},
            state="stale",
        )
        for pipeline, age in output_ages(pipelines, now)
        if age.stale and age.age_s is not None
    ]


def families(ages: list[tuple[str, OutputAge]]) -> Iterator[Metric]:
    age = GaugeMetricFamily(
        "tipoff_output_age_seconds",
        "Seconds since each published output (e.g. a latest.json) was written.",
        labels=["pipeline", "output"],
    )
    allowed = GaugeMetricFamily(
        "tipoff_output_max_age_seconds",
        "The most each output's schedule allows its age to be before it alerts.",
        labels=["pipeline", "output"],
    )
    for pipeline, a in ages:
        allowed.add_metric([pipeline, a.name], a.max_age_s)
        if a.age_s is not None:
            age.add_metric([pipeline, a.name], a.age_s)
    yield age
    yield allowed

"""The NBA pipeline as the engine sees it: definition, processor code, tables, resources.

The package object of :mod:`tipoff.nba.plugin` hands these to tipoff. Processors reach their
bucket and data sources through ``ctx.resources`` (``bucket``, ``sources``); sources are
built on first use, one per name, and shared by the worker's threads. The resources also
hold the settings a new run's params default to (``run_settings``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tipoff.bucket import Bucket
from tipoff.engine.clock import Clock
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import load_pipeline
from tipoff.engine.store import Store
from tipoff.nba.analytics.processors import analytics_blueprint
from tipoff.nba.analytics.tables import NBA_ANALYTICS_SCHEMA
from tipoff.nba.export import export_blueprint
from tipoff.nba.grade import NBA_GRADING_SCHEMA, grade_blueprint
from tipoff.nba.ops import health_lines as _health  # noqa: F401  (registers its lines)
from tipoff.nba.ops import outcome as _outcome  # noqa: F401  (registers its check)
from tipoff.nba.ops import predictions_ready as _ready  # noqa: F401  (registers its watch)
from tipoff.nba.ops import preflight as _preflight  # noqa: F401  (registers its checks)
from tipoff.nba.ops import probes as _probes  # noqa: F401  (registers the upstream probes)
from tipoff.nba.ops import quality_alerts as _quality  # noqa: F401  (registers its watch)
from tipoff.nba.ops import views as _views  # noqa: F401  (registers the dashboard views)
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.ops.daily_status import NBA_VIEWS_SCHEMA
from tipoff.nba.precompute.processors import precompute_blueprint
from tipoff.nba.predict import NBA_PREDICTIONS_SCHEMA, predict_blueprint
from tipoff.nba.raw.processors import raw_blueprint
from tipoff.nba.raw.staleness import StalenessPolicy, staleness_blueprint
from tipoff.nba.raw_tables import NBA_RAW_SCHEMA
from tipoff.nba.run_settings import RUN_DEFAULTS_RESOURCE, RunDefaults, run_blueprint
from tipoff.nba.scrape.decisions import check_pipeline
from tipoff.nba.scrape.processors import scrape_blueprint
from tipoff.nba.settings import nba_settings
from tipoff.nba.sources.base import Source
from tipoff.settings import Settings

PIPELINE_FILE = Path(__file__).with_name("nba.yaml")

blueprints = (
    run_blueprint,
    scrape_blueprint,
    raw_blueprint,
    staleness_blueprint,
    analytics_blueprint,
    precompute_blueprint,
    predict_blueprint,
    export_blueprint,
    grade_blueprint,
    ops_blueprint,
)
schemas = (
    NBA_RAW_SCHEMA,
    NBA_ANALYTICS_SCHEMA,
    NBA_PREDICTIONS_SCHEMA,
    NBA_GRADING_SCHEMA,
    NBA_VIEWS_SCHEMA,  # last: its view reads the tables of the others
)


def pipeline() -> PipelineDef:
    return load_pipeline(PIPELINE_FILE)


def validate(definition: PipelineDef) -> list[str]:
    return check_pipeline(definition)


@dataclass
class Sources:
    """Data sources by name (live, sim, replay), built once on first use."""

    build: Callable[[str], Source]
    _built: dict[str, Source] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, name: str) -> Source:
        with self._lock:
            if name not in self._built:
                self._built[name] = self.build(name)
            return self._built[name]

    def close(self) -> None:
        with self._lock:
            for source in self._built.values():
                source.close()
            self._built.clear()


def run_resources(settings: Settings) -> dict[str, Any]:
    """What a new run's params default to: the settings' source and prediction mode."""
    return {RUN_DEFAULTS_RESOURCE: RunDefaults.from_settings(nba_settings(settings))}


def resources(settings: Settings, store: Store, clock: Clock) -> dict[str, Any]:
    """The bucket and the sources, configured from the settings."""
    from tipoff.nba.sources.factory import source_builder

    own = nba_settings(settings)
    staleness = StalenessPolicy(
        max_stale_hours=own.schedule_max_stale_hours,
        override_hours=own.schedule_staleness_override_hours,
        override_expires=own.schedule_staleness_override_expires,
    )
    return {
        **run_resources(settings),
        "bucket": Bucket(settings.bucket_url),
        "sources": Sources(source_builder(own, store=store, clock=clock)),
        "schedule_staleness": staleness,
    }

"""The NBA pipeline as a package tipoff finds: ``tipoff.pipelines`` entry point ``nba``.

Light to import (the ``tipoff`` command imports it as it starts): the processor code
(:mod:`tipoff.nba.pipeline`) and the command-line extras (:mod:`tipoff.nba.cli_extras`)
are imported when asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tipoff.nba.documents import SOURCES
from tipoff.nba.settings import NbaSettings
from tipoff.pipeline_package import Commands, DailyStatus, Demo, PipelinePackage

if TYPE_CHECKING:
    from tipoff.engine.clock import Clock
    from tipoff.engine.migrations import SchemaComponent
    from tipoff.engine.pipeline import PipelineDef
    from tipoff.engine.registry import Blueprint
    from tipoff.engine.store import Store
    from tipoff.settings import Settings


class NbaPackage(PipelinePackage):
    """The daily NBA player-points pipeline: the default wherever it is installed."""

    name = "nba"
    definition_file = ("tipoff.nba", "nba.yaml")
    default = True
    settings_model = NbaSettings
    sources = SOURCES

    def blueprints(self) -> Sequence[Blueprint]:
        from tipoff.nba import pipeline

        return pipeline.blueprints

    def schemas(self) -> Sequence[SchemaComponent]:
        from tipoff.nba import pipeline

        return pipeline.schemas

    def validate(self, definition: PipelineDef) -> list[str]:
        from tipoff.nba import pipeline

        return pipeline.validate(definition)

    def resources(self, settings: Settings, store: Store, clock: Clock) -> Mapping[str, Any]:
        from tipoff.nba import pipeline

        return pipeline.resources(settings, store, clock)

    def run_resources(self, settings: Settings) -> Mapping[str, Any]:
        from tipoff.nba import pipeline

        return pipeline.run_resources(settings)

    def check_run(self, resources: Mapping[str, Any], params: Mapping[str, str]) -> None:
        """Build the run's data source now, so a missing setting (the replay folder, a
        faults file) fails before any job runs."""
        from tipoff.nba.run_settings import RUN_DEFAULTS_RESOURCE, RunDefaults

        sources = resources.get("sources")
        if sources is not None:
            defaults = resources.get(RUN_DEFAULTS_RESOURCE) or RunDefaults()
            sources.get(params.get("source") or defaults.source)

    def commands(self) -> Commands:
        from tipoff.nba.cli_extras import commands

        return commands

    def demo(self) -> Demo | None:
        from tipoff.nba.cli_extras import demo

        return demo

    def daily_status(self) -> DailyStatus | None:
        from tipoff.nba.cli_extras import daily_status

        return daily_status


package = NbaPackage()

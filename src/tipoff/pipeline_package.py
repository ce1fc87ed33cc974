"""The contract between tipoff and a pipeline package: what a package gives, typed.

A package (the NBA pipeline, the example pipeline, or one in another distribution)
subclasses :class:`PipelinePackage`, sets its name and definition file, overrides what it
has, and names one instance in its distribution's entry points::

    [project.entry-points."tipoff.pipelines"]
    nba = "tipoff.nba.plugin:package"

:mod:`tipoff.pipelines` finds the installed packages through that group. Importing the
module that holds the instance must stay light: the ``tipoff`` command imports every
installed package as it starts. The processor code is imported by :meth:`blueprints`, when
a pipeline is loaded to run; the dashboard's views, the health lines, the watches and the
pre-flight checks of a pipeline are registered on its blueprints.
"""

from __future__ import annotations

import importlib.resources
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import load_pipeline

if TYPE_CHECKING:  # the engine's heavier parts load only when a pipeline's code does
    import typer

    from tipoff.engine.clock import Clock
    from tipoff.engine.migrations import SchemaComponent
    from tipoff.engine.orchestrator import Orchestrator, RunState
    from tipoff.engine.registry import Blueprint
    from tipoff.engine.store import Store
    from tipoff.settings import PipelineSettings, Settings

ENTRY_POINT_GROUP = "tipoff.pipelines"

# (name, sub-commands); no name: mounted at the top level (``tipoff quality``)
Commands = Sequence[tuple[str | None, "typer.Typer"]]


class Demo(Protocol):
    """``tipoff demo`` of a pipeline: runs it on generated data, ``show`` gets the report
    (standard output), ``say`` the progress; returns the runs and whether each ran every
    phase."""

    def __call__(
        self,
        orch: Orchestrator,
        settings: Settings,
        *,
        dates: int | None,
        concurrency: int,
        show: Callable[[str], None],
        say: Callable[[str], None],
    ) -> tuple[list[RunState], bool]: ...


class DailyStatus(Protocol):
    """``tipoff status --days N``: the pipeline's status of each date of ``first..last``,
    JSON or a table at least ``width`` characters wide, on standard output."""

    def __call__(
        self, store: Store, first: date, last: date, *, as_json: bool, width: int
    ) -> None: ...


class PipelinePackage(ABC):
    """What a pipeline package provides; everything but the name, the definition file and
    the blueprints is optional."""

    # the name its pipeline files give (``pipeline: nba``), and its entry point's
    name: ClassVar[str]
    # its definition, as (package, file name): read without importing the processor code,
    # so that read-only commands such as ``tipoff status`` answer fast
    definition_file: ClassVar[tuple[str, str]]
    # the pipeline commands run when none is named (the only installed one is anyway)
    default: ClassVar[bool] = False
    # its own ``TIPOFF_*`` settings, read and checked with the engine's by every command
    settings_model: ClassVar[type[PipelineSettings] | None] = None
    # the values of its runs' ``source`` param (``--source``), if its runs take one
    sources: ClassVar[tuple[str, ...]] = ()

    def definition(self) -> PipelineDef:
        """Its default definition, validated on its own (the processor code unbound)."""
        package, filename = self.definition_file
        with importlib.resources.as_file(importlib.resources.files(package) / filename) as path:
            return load_pipeline(path)

    @abstractmethod
    def blueprints(self) -> Sequence[Blueprint]:
        """Its processors, and what else it registers with the engine (run defaults,
        pre-flight checks, watches, views, health lines, probes)."""

    def schemas(self) -> Sequence[SchemaComponent]:
        """Its warehouse tables and their migrations, created by ``tipoff db upgrade``."""
        return ()

    def validate(self, definition: PipelineDef) -> list[str]:
        """Problems of a definition beyond the engine's checks, one line each."""
        return []

    def resources(self, settings: Settings, store: Store, clock: Clock) -> Mapping[str, Any]:
        """What its processors reach through ``ctx.resources`` (a bucket, data sources)."""
        return self.run_resources(settings)

    def run_resources(self, settings: Settings) -> Mapping[str, Any]:
        """The part of the resources a new run's params default to, built without opening
        anything: what a process that only starts runs (the web service) needs."""
        return {}

    def check_run(self, resources: Mapping[str, Any], params: Mapping[str, str]) -> None:
        """Refuse a run that cannot work before its first job (a data source that cannot be
        built), raising :class:`~tipoff.errors.TipoffError`; ``params`` are the run's own."""
        return None

    def commands(self) -> Commands:
        """Its sub-commands of ``tipoff``, imported as the command starts (keep them light:
        what a command needs is imported when it runs)."""
        return ()

    def demo(self) -> Demo | None:
        """Its own ``tipoff demo``; None: the generic one (its dates up to yesterday)."""
        return None

    def daily_status(self) -> DailyStatus | None:
        """Its ``tipoff status --days N``; None: it has none."""
        return None

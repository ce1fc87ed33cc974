"""Which package provides the processor code for a pipeline file.

A pipeline YAML names its pipeline (``pipeline: example``); the package registered here
under that name exposes ``blueprint`` or ``blueprints`` (its processors), ``pipeline()``
(its default definition) and, optionally, ``schemas`` (its warehouse tables, created by
``db upgrade``), ``validate(definition) -> list[str]`` (checks of its own, beyond the
engine's), ``resources(settings, store, clock) -> dict`` (what its processors need:
a bucket, data sources) and ``run_resources(settings) -> dict`` (the part of them its
run defaults read). Another pipeline plugs in by adding one line to
:data:`PIPELINE_PACKAGES`. What a pipeline adds to the ``tipoff`` command lives in a module
named in :data:`PIPELINE_CLI` (loaded by :func:`cli_extras`): ``commands`` (its
sub-commands, mounted at start), and optionally ``demo(orch, settings, *, dates,
concurrency, show, say) -> (states, ok)`` (``tipoff demo`` of that pipeline) and
``daily_status(store, first, last, *, as_json, width)`` (``tipoff status --days N``).
Wherever a pipeline is asked for, its name or a file path works.
"""

from __future__ import annotations

import importlib
import importlib.resources
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from tipoff.engine.pipeline import PipelineDef, load_pipeline
from tipoff.errors import ConfigError

if TYPE_CHECKING:  # the registry and the store load only when a pipeline's code does
    from tipoff.engine.clock import Clock
    from tipoff.engine.migrations import SchemaComponent
    from tipoff.engine.orchestrator import Orchestrator
    from tipoff.engine.registry import Registry
    from tipoff.engine.store import Store

PIPELINE_PACKAGES: dict[str, str] = {
    "example": "tipoff.examples.noop",
    "nba": "tipoff.nba.pipeline",
}
DEFAULT_PIPELINE = "nba"
# The definition file of each registered pipeline, found without importing its code (so
# that read-only commands such as ``tipoff status`` answer fast); each package's
# ``pipeline()`` loads the same file.
PIPELINE_FILES: dict[str, tuple[str, str]] = {
    "example": ("tipoff.examples", "noop.yaml"),
    "nba": ("tipoff.nba", "nba.yaml"),
}
# The command-line extras of a pipeline; the CLI imports them as it starts, so each module
# stays light to import (what its commands need is imported when they run).
PIPELINE_CLI: dict[str, str] = {
    "nba": "tipoff.nba.cli_extras",
}


@dataclass(frozen=True)
class LoadedPipeline:
    """A validated definition bound to the code that runs its processors."""

    definition: PipelineDef
    registry: Registry
    schemas: Sequence[SchemaComponent]
    module: ModuleType

    def resources(self, settings: Any, store: Store, clock: Clock) -> dict[str, Any]:
        """What the pipeline's processors need at run time (nothing, for most)."""
        factory = getattr(self.module, "resources", None)
        return {} if factory is None else dict(factory(settings, store, clock))

    def orchestrator(
        self, settings: Any, store: Store, *, clock: Clock | None = None, prepare: bool = True
    ) -> Orchestrator:
        """The orchestrator of this pipeline on ``store`` with its resources (the wall clock
        unless told); ``prepare`` creates or upgrades the schema."""
        from tipoff.engine.clock import SystemClock
        from tipoff.engine.orchestrator import Orchestrator

        clock = clock or SystemClock()
        return Orchestrator(
            store,
            self.definition,
            self.registry,
            schemas=self.schemas,
            clock=clock,
            resources=self.resources(settings, store, clock),
            prepare=prepare,
        )

    def run_resources(self, settings: Any) -> dict[str, Any]:
        """The part of the resources a run's params default to (the settings it reads),
        without opening buckets or sources: what a process that only starts runs needs."""
        factory = getattr(self.module, "run_resources", None)
        return {} if factory is None else dict(factory(settings))


def load(pipeline: str | Path | None = None) -> LoadedPipeline:
    """Load a pipeline by name or file (default: the default pipeline) and check it whole."""
    from tipoff.engine.registry import Registry

    if pipeline is None or str(pipeline) in PIPELINE_PACKAGES:
        name = DEFAULT_PIPELINE if pipeline is None else str(pipeline)
        module = _package(name, source="pipeline name")
        definition: PipelineDef = module.pipeline()
    else:
        _check_file(pipeline)
        definition = load_pipeline(Path(pipeline))
        module = _package(definition.pipeline, source=str(pipeline))
    blueprints = getattr(module, "blueprints", None) or (module.blueprint,)
    registry = Registry(*blueprints)
    registry.check(definition)
    definition = registry.bind(definition)
    problems = list(getattr(module, "validate", lambda _d: [])(definition))
    if problems:
        raise ConfigError("\n".join(problems))
    return LoadedPipeline(definition, registry, tuple(getattr(module, "schemas", ())), module)


def load_definition(pipeline: str | Path | None = None) -> PipelineDef:
    """The validated definition alone, without the processor code: for reading state.

    Its pre-flight checks, cut-off and watches are not bound; use :func:`load` to run it.
    """
    name = DEFAULT_PIPELINE if pipeline is None else str(pipeline)
    if name in PIPELINE_FILES:
        package, filename = PIPELINE_FILES[name]
        with importlib.resources.as_file(importlib.resources.files(package) / filename) as path:
            return load_pipeline(path)
    if name in PIPELINE_PACKAGES or not Path(name).is_file():
        return load(name).definition  # its errors name what is wrong
    return load_pipeline(Path(name))


def cli_extras(name: str) -> ModuleType | None:
    """The module of what pipeline ``name`` adds to the command line, if it adds anything."""
    module_name = PIPELINE_CLI.get(name)
    return None if module_name is None else importlib.import_module(module_name)


def _check_file(pipeline: str | Path) -> None:
    """A pipeline that is neither a known name nor an existing path: say both."""
    if not Path(pipeline).exists():
        raise ConfigError(
            f"pipeline {str(pipeline)!r}: neither a pipeline name "
            f"({', '.join(sorted(PIPELINE_PACKAGES))}) nor a pipeline file"
        )


def _package(name: str, *, source: str) -> ModuleType:
    module_name = PIPELINE_PACKAGES.get(name)
    if module_name is None:
        raise ConfigError(
            f"{source}: pipeline: no package provides the processors of pipeline {name!r} "
            f"(known: {', '.join(sorted(PIPELINE_PACKAGES))})"
        )
    return importlib.import_module(module_name)

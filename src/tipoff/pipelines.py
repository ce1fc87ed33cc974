"""Which package provides the processor code for a pipeline file.

A pipeline YAML names its pipeline (``pipeline: example``); the package registered here
under that name exposes ``blueprint`` or ``blueprints`` (its processors), ``pipeline()``
(its default definition) and, optionally, ``schemas`` (its warehouse tables, created by
``db upgrade``), ``validate(definition) -> list[str]`` (checks of its own, beyond the
engine's) and ``resources(settings, store, clock) -> dict`` (what its processors need:
a bucket, data sources). Another pipeline plugs in by adding one line to
:data:`PIPELINE_PACKAGES`. Wherever a pipeline is asked for, its name or a file path works.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from tipoff.engine.clock import Clock
from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.pipeline import PipelineDef, load_pipeline
from tipoff.engine.registry import Registry
from tipoff.engine.store import Store
from tipoff.errors import ConfigError

PIPELINE_PACKAGES: dict[str, str] = {
    "example": "tipoff.examples.noop",
    "nba": "tipoff.nba.pipeline",
}
DEFAULT_PIPELINE = "nba"


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


def load(pipeline: str | Path | None = None) -> LoadedPipeline:
    """Load a pipeline by name or file (default: the default pipeline) and check it whole."""
    if pipeline is None or str(pipeline) in PIPELINE_PACKAGES:
        name = DEFAULT_PIPELINE if pipeline is None else str(pipeline)
        module = _package(name, source="pipeline name")
        definition: PipelineDef = module.pipeline()
    else:
        definition = load_pipeline(Path(pipeline))
        module = _package(definition.pipeline, source=str(pipeline))
    blueprints = getattr(module, "blueprints", None) or (module.blueprint,)
    registry = Registry(*blueprints)
    registry.check(definition)
    problems = list(getattr(module, "validate", lambda _d: [])(definition))
    if problems:
        raise ConfigError("\n".join(problems))
    return LoadedPipeline(definition, registry, tuple(getattr(module, "schemas", ())), module)


def _package(name: str, *, source: str) -> ModuleType:
    module_name = PIPELINE_PACKAGES.get(name)
    if module_name is None:
        raise ConfigError(
            f"{source}: pipeline: no package provides the processors of pipeline {name!r} "
            f"(known: {', '.join(sorted(PIPELINE_PACKAGES))})"
        )
    return importlib.import_module(module_name)

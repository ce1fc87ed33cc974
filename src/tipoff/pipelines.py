"""Which package provides the processor code for a pipeline file.

A pipeline YAML names its pipeline (``pipeline: example``); the package registered here
under that name exposes ``blueprint`` (its processors), ``pipeline()`` (its default
definition) and, optionally, ``schemas`` (its warehouse tables, created by ``db upgrade``).
Another pipeline plugs in by adding one line to :data:`PIPELINE_PACKAGES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.pipeline import PipelineDef, load_pipeline
from tipoff.engine.registry import Registry
from tipoff.errors import ConfigError

PIPELINE_PACKAGES: dict[str, str] = {
    "example": "tipoff.examples.noop",
}
DEFAULT_PIPELINE = "example"


@dataclass(frozen=True)
class LoadedPipeline:
    """A validated definition bound to the code that runs its processors."""

    definition: PipelineDef
    registry: Registry
    schemas: Sequence[SchemaComponent]


def load(path: Path | None = None) -> LoadedPipeline:
    """Load ``path`` (or the default pipeline), find its package, check every processor."""
    if path is None:
        module = _package(DEFAULT_PIPELINE, source="default pipeline")
        definition: PipelineDef = module.pipeline()
    else:
        definition = load_pipeline(path)
        module = _package(definition.pipeline, source=str(path))
    registry = Registry(module.blueprint)
    registry.check(definition)
    return LoadedPipeline(definition, registry, tuple(getattr(module, "schemas", ())))


def _package(name: str, *, source: str) -> ModuleType:
    module_name = PIPELINE_PACKAGES.get(name)
    if module_name is None:
        raise ConfigError(
            f"{source}: pipeline: no package provides the processors of pipeline {name!r} "
            f"(known: {', '.join(sorted(PIPELINE_PACKAGES))})"
        )
    return importlib.import_module(module_name)

"""The installed pipeline packages, and a pipeline loaded with its code.

Packages are found through the entry points of the group ``tipoff.pipelines`` (see
:mod:`tipoff.pipeline_package` for what a package provides), so a pipeline in another
distribution plugs in by declaring one. An entry point that cannot be loaded, or that names
no :class:`~tipoff.pipeline_package.PipelinePackage`, makes :func:`packages` refuse with one
line naming it. Wherever a pipeline is asked for, its name or a file path works; a file's
``pipeline:`` name selects the package that runs its processors.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import load_pipeline
from tipoff.errors import ConfigError
from tipoff.pipeline_package import ENTRY_POINT_GROUP, PipelinePackage

if TYPE_CHECKING:  # the registry and the store load only when a pipeline's code does
    from tipoff.engine.clock import Clock
    from tipoff.engine.migrations import SchemaComponent
    from tipoff.engine.orchestrator import Orchestrator
    from tipoff.engine.registry import Registry
    from tipoff.engine.store import Store
    from tipoff.settings import Settings

__all__ = [
    "ENTRY_POINT_GROUP",
    "Installed",
    "LoadedPipeline",
    "PipelinePackage",
    "default_name",
    "error_line",
    "installed",
    "load",
    "load_definition",
    "names",
    "package",
    "packages",
]

# The packages this distribution ships, as its pyproject.toml declares them: an install
# whose metadata predates the entry points (an editable install not reinstalled) still
# finds them. An installed entry point of the same name comes first.
BUILT_IN: tuple[EntryPoint, ...] = (
    EntryPoint("example", "tipoff.examples.plugin:package", ENTRY_POINT_GROUP),
    EntryPoint("nba", "tipoff.nba.plugin:package", ENTRY_POINT_GROUP),
)


@dataclass(frozen=True)
class Installed:
    """The packages found, by name, and a line for each entry point that is broken."""

    packages: Mapping[str, PipelinePackage]
    broken: tuple[str, ...]


@functools.cache
def installed() -> Installed:
    """Every entry point of the group, loaded once; never raises (see :func:`packages`)."""
    found: dict[str, PipelinePackage] = {}
    declared: dict[str, str] = {}  # name: value
    broken: list[str] = []
    metadata = tuple(entry_points(group=ENTRY_POINT_GROUP))
    built_in = tuple(p for p in BUILT_IN if p.name not in {q.name for q in metadata})
    for point in (*metadata, *built_in):
        if declared.get(point.name) == point.value:
            continue  # the same distribution found twice on the path
        where = f"pipeline package {point.name!r} (entry point {point.name} = {point.value})"
        if point.name in declared:
            broken.append(f"{where}: the name is also declared as {declared[point.name]}")
            continue
        declared[point.name] = point.value
        try:
            loaded = point.load()
        except Exception as exc:  # any error of third-party code: report, never crash
            broken.append(f"{where}: cannot be loaded: {error_line(exc)}")
            continue
        if not isinstance(loaded, PipelinePackage):
            broken.append(f"{where}: is not a PipelinePackage (a {type(loaded).__name__})")
            continue
        claimed = getattr(loaded, "name", None)  # a subclass may forget to set it
        if claimed != point.name:
            broken.append(f"{where}: the package calls itself {claimed!r}")
            continue
        found[point.name] = loaded
    return Installed(dict(sorted(found.items())), tuple(broken))


def error_line(exc: BaseException) -> str:
    """A third-party error as one line: its type and the first line of its message."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}".rstrip()


def packages() -> Mapping[str, PipelinePackage]:
    """The installed packages by name; ConfigError when an entry point is broken."""
    found = installed()
    if found.broken:
        raise ConfigError(found.broken[0])
    return found.packages


def names() -> list[str]:
    """The names of the installed pipelines, sorted."""
    return list(packages())


def package(name: str) -> PipelinePackage:
    """The package of pipeline ``name``; ConfigError naming the known ones."""
    found = packages()
    if name not in found:
        raise ConfigError(
            f"no package provides the processors of pipeline {name!r} "
            f"(known: {', '.join(found) or 'none installed'})"
        )
    return found[name]


def default_name() -> str:
    """The pipeline a command runs when none is named: the package that says it is the
    default (the first by name, if several do), else the only one installed."""
    found = packages()
    claimed = [name for name, p in found.items() if p.default]
    if claimed:
        return claimed[0]
    if len(found) == 1:
        return next(iter(found))
    raise ConfigError(
        "no default pipeline: name one with --pipeline or TIPOFF_PIPELINE "
        f"(known: {', '.join(found) or 'none installed'})"
    )


@dataclass(frozen=True)
class LoadedPipeline:
    """A validated definition bound to the code that runs its processors."""

    definition: PipelineDef
    registry: Registry
    schemas: Sequence[SchemaComponent]
    package: PipelinePackage

    def resources(self, settings: Settings, store: Store, clock: Clock) -> dict[str, Any]:
        """What the pipeline's processors need at run time (nothing, for most)."""
        return dict(self.package.resources(settings, store, clock))

    def orchestrator(
        self, settings: Settings, store: Store, *, clock: Clock | None = None, prepare: bool = True
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

    def run_resources(self, settings: Settings) -> dict[str, Any]:
        """The part of the resources a run's params default to (the settings it reads),
        without opening buckets or sources: what a process that only starts runs needs."""
        return dict(self.package.run_resources(settings))


def load(pipeline: str | Path | None = None) -> LoadedPipeline:
    """Load a pipeline by name or file (default: the default pipeline) and check it whole."""
    from tipoff.engine.registry import Registry

    if pipeline is None or str(pipeline) in packages():
        found = package(default_name() if pipeline is None else str(pipeline))
        definition = found.definition()
    else:
        _check_file(pipeline)
        definition = load_pipeline(Path(pipeline))
        found = _package_of(definition.pipeline, source=str(pipeline))
    registry = Registry(*found.blueprints())
    registry.check(definition)
    definition = registry.bind(definition)
    problems = list(found.validate(definition))
    if problems:
        raise ConfigError("\n".join(problems))
    return LoadedPipeline(definition, registry, tuple(found.schemas()), found)


def load_definition(pipeline: str | Path | None = None) -> PipelineDef:
    """The validated definition alone, without the processor code: for reading state.

    Its pre-flight checks, cut-off and watches are not bound; use :func:`load` to run it.
    """
    if pipeline is None or str(pipeline) in packages():
        return package(default_name() if pipeline is None else str(pipeline)).definition()
    _check_file(pipeline)
    return load_pipeline(Path(pipeline))


def _check_file(pipeline: str | Path) -> None:
    """A pipeline that is neither a known name nor an existing path: say both."""
    if not Path(pipeline).exists():
        raise ConfigError(
            f"pipeline {str(pipeline)!r}: neither a pipeline name "
            f"({', '.join(names())}) nor a pipeline file"
        )


def _package_of(name: str, *, source: str) -> PipelinePackage:
    try:
        return package(name)
    except ConfigError as exc:
        raise ConfigError(f"{source}: pipeline: {exc}") from None

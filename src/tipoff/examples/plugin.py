"""The example pipeline as a package tipoff finds: ``tipoff.pipelines`` entry point
``example``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tipoff.pipeline_package import PipelinePackage

if TYPE_CHECKING:
    from tipoff.engine import Blueprint


class ExamplePackage(PipelinePackage):
    """Six phases of no-op processors: the engine on its own, without any basketball."""

    name = "example"
    definition_file = ("tipoff.examples", "noop.yaml")

    def blueprints(self) -> Sequence[Blueprint]:
        from tipoff.examples.noop import blueprint

        return (blueprint,)


package = ExamplePackage()

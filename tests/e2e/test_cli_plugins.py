"""A pipeline from another distribution plugs in through the ``tipoff.pipelines`` entry
points: the command lists it, validates it, runs it and mounts its commands; a broken entry
point is one line naming it and exit 2.

Each distribution is a folder on ``PYTHONPATH`` holding its code and a ``*.dist-info`` with
its entry points, as an installed wheel would leave them.
"""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

from support.cli import run_tipoff, tipoff_env

BIRDS = '''
"""A third-party pipeline: two phases counting birds."""

from pathlib import Path

import typer

from tipoff.engine import Blueprint, JobContext, Result
from tipoff.pipeline_package import PipelinePackage

blueprint = Blueprint("birds")


@blueprint.processor("spot")
def spot(ctx: JobContext) -> Result:
    return Result(records=3)


@blueprint.processor("count")
def count(ctx: JobContext) -> Result:
    return Result(records=1)


commands = typer.Typer(help="Bird commands.")


@commands.command()
def hello() -> None:
    print("hello from the birds")


class BirdsPackage(PipelinePackage):
    name = "birds"
    definition_file = ("birdwatch", "birds.yaml")

    def blueprints(self):
        return (blueprint,)

    def commands(self):
        return (("birds", commands),)


package = BirdsPackage()
not_a_package = object()


class NamelessPackage(PipelinePackage):
    definition_file = ("birdwatch", "birds.yaml")

    def blueprints(self):
        return (blueprint,)


nameless = NamelessPackage()


class CommandlessPackage(BirdsPackage):
    def commands(self):
        import birdwatch_commands_gone  # noqa: F401

        return ()


without_commands = CommandlessPackage()
'''

BIRDS_YAML = """
pipeline: birds
timezone: Europe/London
modes: [daily]
defaults:
  processor: {timeout_s: 60, max_attempts: 2, retry: {base_s: 0.1, cap_s: 1}}
phases:
  - phase: 1
    name: spot
    processors: [{name: spot, critical: true}]
  - phase: 2
    name: count
    processors: [{name: count, critical: true}]
"""


def distribution(root: Path, entry_points: str) -> Path:
    """A folder with the ``birdwatch`` distribution installed in it, declaring
    ``entry_points`` under the group ``tipoff.pipelines``."""
    package = root / "birdwatch"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(textwrap.dedent(BIRDS), encoding="utf-8")
    (package / "birds.yaml").write_text(BIRDS_YAML, encoding="utf-8")
    info = root / "birdwatch-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: birdwatch\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[tipoff.pipelines]\n{entry_points}\n")
    return root


def tipoff_with(
    site: Path, tmp_path: Path, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    return run_tipoff(
        tipoff_env(f"sqlite:///{tmp_path / 'birds.db'}", PYTHONPATH=path, **env), tmp_path, *args
    )


def test_a_third_party_pipeline_is_listed_validated_run_and_mounted(tmp_path: Path) -> None:
    site = distribution(tmp_path / "site", "birds = birdwatch:package")

    shown = tipoff_with(site, tmp_path, "run", "--help")
    assert shown.returncode == 0, shown.stderr
    text = " ".join(shown.stdout.replace("│", " ").split())
    assert "Pipeline name (nba, birds, example)" in text

    valid = tipoff_with(site, tmp_path, "config", "validate", TIPOFF_PIPELINE="birds")
    assert valid.returncode == 0, valid.stderr
    assert "pipeline 'birds', 2 phases, 2 processors, modes daily" in valid.stdout

    ran = tipoff_with(
        site, tmp_path, "run", "--pipeline", "birds", "--date", "2025-03-01", "--mode", "daily"
    )
    assert ran.returncode == 0, ran.stderr
    assert "run: 2025-03-01 (daily) complete, 2 jobs, 0 dead letters" in ran.stdout

    hello = tipoff_with(site, tmp_path, "birds", "hello")
    assert hello.returncode == 0, hello.stderr
    assert hello.stdout.strip() == "hello from the birds"


def test_a_broken_entry_point_is_one_line_naming_it(tmp_path: Path) -> None:
    cases = {
        "missing": ("birds = birdwatch_gone:package", "No module named 'birdwatch_gone'"),
        "wrong-object": ("birds = birdwatch:not_a_package", "is not a PipelinePackage (a object)"),
        "wrong-name": ("owls = birdwatch:package", "the package calls itself 'birds'"),
        "no-name": ("birds = birdwatch:nameless", "the package calls itself None"),
    }
    for case, (entry_point, expect) in cases.items():
        site = distribution(tmp_path / case, entry_point)
        name, _, value = (part.strip() for part in entry_point.partition("="))
        result = tipoff_with(site, tmp_path, "status", "2025-03-01")
        assert result.returncode == 2, (case, result.stderr)
        assert "Traceback" not in result.stdout + result.stderr
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"error: pipeline package {name!r} (entry point {name} = {value})")
        assert expect in line, line


def test_commands_that_cannot_be_loaded_are_one_line_naming_the_package(tmp_path: Path) -> None:
    site = distribution(tmp_path / "site", "birds = birdwatch:without_commands")
    result = tipoff_with(site, tmp_path, "status", "2025-03-01")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line == (
        "error: pipeline package 'birds': its commands: "
        "ModuleNotFoundError: No module named 'birdwatch_commands_gone'"
    )

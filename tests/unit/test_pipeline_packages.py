"""The pipeline-package contract and how packages are found (entry points of the group
``tipoff.pipelines``, with the packages this distribution ships)."""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from tipoff import pipelines
from tipoff.engine.pipeline_loading import load_pipeline
from tipoff.errors import ConfigError
from tipoff.examples.plugin import ExamplePackage
from tipoff.pipeline_package import ENTRY_POINT_GROUP, PipelinePackage


class OwlsPackage(ExamplePackage):
    """Another name for the example pipeline's file and code."""

    name = "owls"


class LoudExample(ExamplePackage):
    default = True


OWLS = OwlsPackage()
LOUD_EXAMPLE = LoudExample()


def point(name: str, attribute: str) -> EntryPoint:
    return EntryPoint(name, f"{__name__}:{attribute}", ENTRY_POINT_GROUP)


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[EntryPoint]]:
    """The entry points the installed metadata declares, as the test sets them."""
    declared: list[EntryPoint] = []
    monkeypatch.setattr(pipelines, "entry_points", lambda group: list(declared))
    pipelines.installed.cache_clear()
    yield declared
    pipelines.installed.cache_clear()


def test_the_shipped_packages_are_found_and_nba_is_the_default() -> None:
    assert pipelines.names() == ["example", "nba"]
    assert pipelines.default_name() == "nba"
    for name in pipelines.names():
        package = pipelines.package(name)
        assert isinstance(package, PipelinePackage) and package.name == name
        # the definition is the package's own file, loaded as any file path is
        shipped = Path(str(importlib.resources.files(package.definition_file[0])))
        assert package.definition() == load_pipeline(shipped / package.definition_file[1])
        assert package.definition().pipeline == name
    assert pipelines.package("nba").sources == ("live", "sim", "replay")
    assert pipelines.package("example").demo() is None  # the generic demo
    assert pipelines.package("nba").demo() is not None


def test_the_shipped_packages_come_with_an_older_install(installed: list[EntryPoint]) -> None:
    # metadata written before the entry points existed: the built-in ones still count
    assert pipelines.names() == ["example", "nba"]


def test_an_installed_entry_point_is_found_beside_the_shipped_ones(
    installed: list[EntryPoint],
) -> None:
    installed.append(point("owls", "OWLS"))
    assert pipelines.names() == ["example", "nba", "owls"]
    loaded = pipelines.load("owls")
    assert loaded.package is OWLS and loaded.definition.pipeline == "example"


def test_an_installed_entry_point_replaces_the_shipped_one_of_its_name(
    installed: list[EntryPoint],
) -> None:
    installed.append(point("example", "LOUD_EXAMPLE"))
    assert pipelines.package("example") is LOUD_EXAMPLE
    assert pipelines.default_name() == "example"  # claimed by both: the first by name


def test_a_name_declared_twice_is_refused_naming_both(installed: list[EntryPoint]) -> None:
    installed += [point("owls", "OWLS"), EntryPoint("owls", "elsewhere:owls", ENTRY_POINT_GROUP)]
    with pytest.raises(ConfigError, match=r"entry point owls = elsewhere:owls\): the name is"):
        pipelines.packages()
    assert "owls" in pipelines.installed().packages  # the first one still loads


def test_a_broken_entry_point_is_one_line(installed: list[EntryPoint]) -> None:
    installed.append(EntryPoint("gone", "tipoff_gone_module:package", ENTRY_POINT_GROUP))
    with pytest.raises(ConfigError) as refused:
        pipelines.load("example")
    message = str(refused.value)
    assert message.startswith("pipeline package 'gone' (entry point gone = tipoff_gone_module")
    assert "ModuleNotFoundError" in message and "\n" not in message


def test_without_a_claim_the_only_package_is_the_default(
    installed: list[EntryPoint], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipelines, "BUILT_IN", (point("owls", "OWLS"),))
    assert pipelines.default_name() == "owls"
    pipelines.installed.cache_clear()
    installed.append(EntryPoint("example", "tipoff.examples.plugin:package", ENTRY_POINT_GROUP))
    with pytest.raises(ConfigError, match=r"no default pipeline: .* \(known: example, owls\)"):
        pipelines.default_name()


def test_an_unknown_pipeline_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"'hockey'.*\(example, nba\)"):
        pipelines.load("hockey")
    with pytest.raises(ConfigError, match=r"pipeline 'hockey' \(known: example, nba\)"):
        pipelines.package("hockey")


def test_the_generic_layers_name_no_pipeline() -> None:
    """What a pipeline is comes from its package: the engine, the CLI, the web layer and
    the settings neither import one nor speak of one by name."""
    root = Path(pipelines.__file__).parent
    files = [root / "settings.py"]
    for layer in ("engine", "cli", "web"):
        files += sorted(p for p in (root / layer).rglob("*") if p.suffix in (".py", ".html"))
    named = [
        f"{path.relative_to(root)}:{number}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"nba", line, re.IGNORECASE)
    ]
    assert not named

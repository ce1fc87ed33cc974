"""The engine's public API: every name of ``tipoff.engine.__all__`` is there, loaded lazily."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import tipoff.engine as engine

EXAMPLES = Path(engine.__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("name", engine.__all__)
def test_each_public_name_is_the_object_its_module_defines(name: str) -> None:
    value = getattr(engine, name)
    home = importlib.import_module(f"tipoff.engine.{engine._HOMES[name]}")
    assert getattr(home, name) is value
    assert name in dir(engine)


def test_all_names_every_public_name() -> None:
    assert sorted(engine.__all__) == sorted(engine._HOMES)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Orchestrater'"):
        _ = engine.Orchestrater  # type: ignore[attr-defined]


def test_importing_the_package_loads_no_engine_module() -> None:
    code = (
        "import sys, tipoff.engine as e\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('tipoff.engine.'))\n"
        "print(loaded)\n"
        "e.Blueprint\n"
        "print('tipoff.engine.registry' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "True"]


def test_the_example_pipeline_needs_only_the_public_api() -> None:
    # the engine's, the contract of a pipeline package (its plugin module), its own modules
    public = ("tipoff.engine", "tipoff.pipeline_package", "tipoff.examples.noop")
    for path in EXAMPLES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tipoff."):
                assert node.module in public, f"{path.name} imports {node.module}"

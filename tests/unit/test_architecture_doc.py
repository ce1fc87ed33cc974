"""ARCHITECTURE.md names only modules that exist, and every package of ``src/tipoff``.

The map is read by people before the code; a path it names that was moved or deleted
would send them looking for nothing, so a move that forgets the map fails here.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "ARCHITECTURE.md"
PACKAGE = ROOT / "src" / "tipoff"


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _expand(name: str) -> list[str]:
    """``engine/{a,b}.py`` -> ``engine/a.py``, ``engine/b.py`` (one group per name)."""
    group = re.search(r"\{([^{}]*)\}", name)
    if group is None:
        return [name]
    head, tail = name[: group.start()], name[group.end() :]
    return [out for part in group.group(1).split(",") for out in _expand(head + part + tail)]


def _split_names(field: str) -> list[str]:
    """Comma-separated names, commas inside braces kept."""
    names, depth, current = [], 0, ""
    for char in field:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "," and depth == 0:
            names.append(current.strip())
            current = ""
        else:
            current += char
    return [*names, current.strip()]


def tree_paths() -> list[str]:
    """The paths the source tree names, relative to ``src/tipoff``."""
    block = re.search(r"```text\n(.*?)```", _section("Source tree"), re.DOTALL)
    assert block is not None, "ARCHITECTURE.md: no ```text block under ## Source tree"
    paths = []
    for line in block.group(1).splitlines():
        field = re.split(r"\s{2,}", line.strip(), maxsplit=1)[0]
        for name in _split_names(field):
            paths.extend(_expand(name))
    return paths


def _exists(path: str) -> bool:
    if path.endswith("/"):
        return (PACKAGE / path / "__init__.py").is_file()
    return (PACKAGE / path).is_file()


def test_the_source_tree_names_only_modules_and_packages_that_exist() -> None:
    paths = tree_paths()
    assert len(paths) > 50, paths  # the block was found and read
    missing = [p for p in paths if not _exists(p)]
    assert not missing, f"ARCHITECTURE.md's source tree names what does not exist: {missing}"


def test_the_source_tree_names_every_package() -> None:
    named = set(tree_paths())
    packages = sorted(
        f"{init.parent.relative_to(PACKAGE).as_posix()}/"
        for init in PACKAGE.rglob("__init__.py")
        if init.parent != PACKAGE
    )
    unnamed = [p for p in packages if p not in named]
    assert not unnamed, f"packages missing from ARCHITECTURE.md's source tree: {unnamed}"


def _backticked() -> list[str]:
    return re.findall(r"`([^`\s]+)`", DOC.read_text(encoding="utf-8"))


def test_every_file_the_text_names_exists() -> None:
    """Repository paths (``src/...``, ``tests/...``) from the root; shorter ones such as
    ``raw/run.py`` as the end of a path under ``src/tipoff``."""
    files = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*") if p.is_file()]
    missing = []
    for token in _backticked():
        if not re.fullmatch(r"[\w./{},-]+\.(py|yaml|html)|(src|tests)/[\w./-]+/", token):
            continue  # not a path (or a pattern such as tests/e2e/test_cli*.py)
        for path in _expand(token):
            if path.startswith(("src/", "tests/")):
                found = (ROOT / path).exists()
            else:
                found = any(f == path or f.endswith("/" + path) for f in files)
            if not found:
                missing.append(path)
    assert not missing, f"ARCHITECTURE.md names files that do not exist: {missing}"


def test_the_engine_parts_are_engine_modules() -> None:
    """The engine section names its modules without their folder: each is in ``engine/``."""
    names = re.findall(r"`([\w/]+(?:\.py|/))`", _section("The engine's moving parts"))
    assert len(names) > 30, names
    engine = PACKAGE / "engine"
    missing = [n for n in names if not (engine / n).exists()]
    assert not missing, f"ARCHITECTURE.md's engine parts that are not in engine/: {missing}"


def _module_file(dotted: str) -> Path | None:
    base = ROOT / "src" / Path(*dotted.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def test_every_module_the_text_names_exists() -> None:
    """``tipoff.a.b`` a module or package, ``tipoff.a.B`` (or ``tipoff.a:b``) a name
    defined at the top level of module ``tipoff.a``."""
    missing = []
    for token in _backticked():
        if not re.fullmatch(r"tipoff(\.\w+)+(:\w+)?", token):
            continue
        dotted, _, attribute = token.partition(":")
        if not attribute and _module_file(dotted) is None:
            dotted, _, attribute = dotted.rpartition(".")
        module = _module_file(dotted)
        defined = rf"^(class |def )?{attribute}\b" if attribute else None
        if module is None or (
            defined and not re.search(defined, module.read_text(encoding="utf-8"), re.M)
        ):
            missing.append(token)
    assert not missing, f"ARCHITECTURE.md names modules that do not exist: {missing}"


def test_the_layers_section_states_every_nba_layer_contract() -> None:
    """Each module of the import-linter layer contracts is named in the layers section."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layered = [
        module.strip()
        for contract in contracts
        if contract["type"] == "layers"
        for layer in contract["layers"]
        for module in layer.split("|")
    ]
    assert layered, "no layer contracts in pyproject.toml"
    section = _section("Layers")
    unstated = [m for m in layered if f"`{m.removeprefix('tipoff.nba.')}`" not in section]
    assert not unstated, f"ARCHITECTURE.md's layers section does not state: {unstated}"

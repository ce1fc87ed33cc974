"""Reading a pipeline definition: a YAML file (or text) into a validated ``PipelineDef``.

Every problem is reported with the file, the key path and what is wrong, all problems at
once, e.g.::

    pipelines/orders.yaml: phases[2].processors[1].modes: unknown mode 'nightly'
        (known: same_day, overnight, backfill)

Pydantic checks the shape and types; ``pipeline_validation`` the rules between the parts
(unknown names, phases out of order, a dependency on a phase that is not earlier).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_validation import problems_of
from tipoff.errors import ConfigError

_ADAPTER = TypeAdapter(PipelineDef)
# libyaml's loader when PyYAML was built with it (ten times faster), the same safe subset
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_pipeline(path: str | Path) -> PipelineDef:
    """Read and validate a pipeline YAML file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read pipeline file: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not a UTF-8 text file (byte {exc.object[exc.start]:#04x} at offset "
            f"{exc.start}); a pipeline file is YAML in UTF-8"
        ) from None
    return parse_pipeline(text, source=str(path))


def parse_pipeline(text: str, *, source: str = "<string>") -> PipelineDef:
    try:
        raw = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise ConfigError(f"{source}:{where} invalid YAML: {problem}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level")
    for key in (
        "check_code",
        "cutoff_code",
        "watch_code",
        "health_code",
        "view_code",
        "outputs_code",
        "defaults_code",
        "probe_code",
    ):
        if key in raw:
            raise ConfigError(f"{source}: {key}: not a pipeline file key")
    raw = {**raw, "source": source}
    try:
        pipeline = _ADAPTER.validate_python(raw)
    except ValidationError as exc:
        problems = [f"{source}: {_loc(err['loc'])}: {err['msg']}" for err in exc.errors()]
        raise ConfigError("\n".join(problems)) from exc
    problems = [f"{source}: {p}" for p in problems_of(pipeline)]
    if problems:
        raise ConfigError("\n".join(problems))
    return pipeline


def _loc(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"

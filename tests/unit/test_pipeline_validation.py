"""Pipeline YAML: every problem names the file, the key path and what is wrong."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import load_pipeline, parse_pipeline
from tipoff.engine.registry import Blueprint, Registry, Result
from tipoff.errors import ConfigError, UnknownProcessor

VALID = """\
pipeline: demo
timezone: America/New_York
modes: [same_day, overnight]
defaults:
  processor: {timeout_s: 30, max_attempts: 4, retry: {base_s: 1, cap_s: 10}}
  policy: {quorum: 0.75, deadline_floor_s: 120}
phases:
  - phase: 1
    name: scrape
    processors:
      - {name: schedule, critical: true}
      - {name: injuries, critical: false, modes: [same_day], max_attempts: 7}
  - phase: 2
    name: raw
    policy: {quorum: 1.0}
    processors:
      - {name: parse, timeout_s: 5, retry: {base_s: 0.5, cap_s: 2}}
schedules:
  - {name: morning, cron: "0 9 * * *", action: run, mode: same_day}
"""


def write(tmp_path: Path, text: str, name: str = "pipeline.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def load_error(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_pipeline(path)
    message = str(info.value)
    assert str(path) in message, f"the message should name the file: {message}"
    return message


def the_line(message: str, key_path: str) -> str:
    """The one line of ``message`` reporting ``key_path`` (every line names the file)."""
    lines = [line for line in message.splitlines() if f": {key_path}:" in line]
    assert len(lines) == 1, f"expected one problem at {key_path!r} in:\n{message}"
    return lines[0]


# -- a valid file ----------------------------------------------------------------------------


def test_valid_file_loads_into_frozen_dataclasses(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    p = load_pipeline(path)

    assert isinstance(p, PipelineDef)
    assert p.source == str(path)
    assert p.pipeline == "demo"
    assert p.modes == ("same_day", "overnight")
    assert [ph.phase for ph in p.phases] == [1, 2]
    assert p.zone.key == "America/New_York"
    assert [x.name for x in p.expected(1, "same_day")] == ["schedule", "injuries"]
    assert [x.name for x in p.expected(1, "overnight")] == ["schedule"]
    assert p.next_phase(1) == 2 and p.next_phase(2) is None
    # processor settings fall back to the defaults, phase policy overrides the default one
    injuries, parse = p.processor("injuries"), p.processor("parse")
    assert p.max_attempts(injuries) == 7 and p.max_attempts(parse) == 4
    assert p.timeout_s(parse) == 5 and p.timeout_s(injuries) == 30
    assert p.retry(parse).base_s == 0.5 and p.retry(injuries).cap_s == 10
    assert p.policy(1).quorum == 0.75 and p.policy(2).quorum == 1.0
    assert p.schedules[0].cron == "0 9 * * *"

    for obj, attr, value in [
        (p, "pipeline", "other"),
        (p.phases[0], "name", "other"),
        (injuries, "critical", True),
        (p.defaults.processor, "max_attempts", 1),
        (p.defaults.policy, "quorum", 0.1),
        (p.schedules[0], "cron", "* * * * *"),
    ]:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, attr, value)


def test_example_pipeline_is_valid() -> None:
    from tipoff.examples import noop

    p = noop.pipeline()
    Registry(noop.blueprint).check(p)
    assert len(p.phases) == 6
    assert all(len(ph.processors) == 5 for ph in p.phases)


# -- one problem at a time ----------------------------------------------------------------


def test_unknown_processor_names_file_key_path_and_name(tmp_path: Path) -> None:
    p = load_pipeline(write(tmp_path, VALID))
    bp = Blueprint("partial")
    for name in ("schedule", "parse"):
        bp.add(name, lambda ctx: Result())

    with pytest.raises(UnknownProcessor) as info:
        Registry(bp).check(p)

    message = str(info.value)
    assert p.source in message
    assert "phases[0].processors[1]" in message, message
    assert "'injuries'" in message and "unknown processor" in message
    assert "schedule" not in message and "parse" not in message


def test_duplicate_processor_name(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        modes: [same_day]
        phases:
          - {phase: 1, name: a, processors: [{name: dup}, {name: other}]}
          - {phase: 2, name: b, processors: [{name: dup}]}
        """,
    )
    line = the_line(message, "phases[1].processors[0].name")
    assert "duplicate processor 'dup'" in line
    assert "phases[0].processors[0]" in line  # where it was first declared


def test_empty_phase(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        modes: [same_day]
        phases:
          - {phase: 1, name: scrape, processors: [{name: a}]}
          - {phase: 2, name: raw, processors: []}
        """,
    )
    assert "empty" in the_line(message, "phases[1].processors")
    assert "raw" in the_line(message, "phases[1].processors")


def test_unknown_mode(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        modes: [same_day, overnight]
        phases:
          - phase: 1
            name: scrape
            processors: [{name: a}, {name: b, modes: [same_day, nightly]}]
        """,
    )
    line = the_line(message, "phases[0].processors[1].modes")
    assert "unknown mode 'nightly'" in line
    assert "same_day, overnight" in line  # the known modes are listed


def test_bad_cron(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        modes: [same_day]
        phases:
          - {phase: 1, name: scrape, processors: [{name: a}]}
        schedules:
          - {name: ok, cron: "0 9 * * *", action: run, mode: same_day}
          - {name: broken, cron: "61 25 * * *", action: run, mode: same_day}
        """,
    )
    assert "bad cron expression '61 25 * * *'" in the_line(message, "schedules[1].cron")
    assert "schedules[0]" not in message


@pytest.mark.parametrize("quorum", [1.5, -0.1])
def test_quorum_outside_zero_one(tmp_path: Path, quorum: float) -> None:
    message = load_error(
        tmp_path,
        f"""\
        pipeline: demo
        modes: [same_day]
        phases:
          - phase: 1
            name: scrape
            policy: {{quorum: {quorum}}}
            processors: [{{name: a}}]
        """,
    )
    assert "outside 0-1" in the_line(message, "phases[0].policy.quorum")


def test_default_quorum_outside_zero_one(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        modes: [same_day]
        defaults: {policy: {quorum: 2}}
        phases:
          - {phase: 1, name: scrape, processors: [{name: a}]}
        """,
    )
    assert "outside 0-1" in the_line(message, "defaults.policy.quorum")


def test_bad_timezone(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        timezone: Mars/Olympus_Mons
        modes: [same_day]
        phases:
          - {phase: 1, name: scrape, processors: [{name: a}]}
        """,
    )
    assert "unknown time zone 'Mars/Olympus_Mons'" in the_line(message, "timezone")


def test_duplicate_phase(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        modes: [same_day]
        phases:
          - {phase: 1, name: scrape, processors: [{name: a}]}
          - {phase: 1, name: again, processors: [{name: b}]}
        """,
    )
    assert "duplicate phase number 1" in the_line(message, "phases[1].phase")


def test_unknown_key_and_wrong_type_name_their_path(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        modes: [same_day]
        phases:
          - phase: 1
            name: scrape
            processors: [{name: a, critcal: true}, {name: b, max_attempts: many}]
        """,
    )
    assert the_line(message, "phases[0].processors[0].critcal")
    assert the_line(message, "phases[0].processors[1].max_attempts")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    message = load_error(
        tmp_path,
        """\
        pipeline: demo
        timezone: Nowhere/Special
        modes: [same_day]
        phases:
          - {phase: 1, name: scrape, processors: []}
          - {phase: 1, name: raw, processors: [{name: a, modes: [weekly]}]}
        """,
    )
    for key_path in ("timezone", "phases[0].processors", "phases[1].phase"):
        the_line(message, key_path)
    the_line(message, "phases[1].processors[0].modes")
    assert len(message.splitlines()) == 4


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    message = load_error(tmp_path, "pipeline: demo\nmodes: [same_day\nphases: []\n")
    assert "invalid YAML" in message and "line" in message


def test_parse_pipeline_names_its_source() -> None:
    with pytest.raises(ConfigError, match=r"^inline\.yaml: expected a mapping"):
        parse_pipeline("- just\n- a list\n", source="inline.yaml")


def test_a_registered_definition_loads_without_its_code_and_equals_the_bound_one() -> None:
    from tipoff import pipelines

    for name in pipelines.names():
        bare = pipelines.load_definition(name)
        bound = pipelines.load(name).definition
        assert bare == bound  # the same file, the same validated definition
        assert bare.check_code == {} and (name != "nba" or bound.check_code)


def test_rerun_on_late_needs_an_upstream_phase(tmp_path: Path) -> None:
    text = VALID.replace("    name: scrape\n", "    name: scrape\n    rerun_on_late: true\n")
    line = the_line(load_error(tmp_path, text), "phases[0].rerun_on_late")
    assert line.endswith("the first phase has no upstream phase")
    later = VALID.replace("    name: raw\n", "    name: raw\n    rerun_on_late: true\n")
    p = load_pipeline(write(tmp_path, later))
    assert [ph.rerun_on_late for ph in p.phases] == [False, True]


def test_the_declaration_is_checked_with_the_rest_of_the_file() -> None:
    def parse(dep: dict[str, Any], phase: int = 2) -> None:
        phases: list[dict[str, Any]] = [
            {"phase": 1, "name": "scrape", "processors": [{"name": "a"}]},
            {"phase": 2, "name": "raw", "processors": [{"name": "b"}]},
        ]
        phases[phase - 1]["depends_on_earlier_dates"] = dep
        parse_pipeline(
            yaml.safe_dump({"pipeline": "t", "modes": ["backfill"], "phases": phases}),
            source="x.yaml",
        )

    with pytest.raises(ConfigError) as bad:
        parse({"phase": 2, "modes": ["nightly"], "from_modes": ["weekly"], "lag": 1})
    assert str(bad.value).splitlines() == [
        "x.yaml: phases[1].depends_on_earlier_dates.lag: Unexpected keyword argument"
    ]
    with pytest.raises(ConfigError) as bad:
        parse({"phase": 2, "modes": ["nightly"], "from_modes": ["weekly"]})
    assert str(bad.value).splitlines() == [
        "x.yaml: phases[1].depends_on_earlier_dates.phase: 2 is not an earlier phase of "
        "this pipeline (a rebuild must not re-run what the later dates wait for)",
        "x.yaml: phases[1].depends_on_earlier_dates.modes: unknown mode 'nightly' "
        "(known: backfill)",
        "x.yaml: phases[1].depends_on_earlier_dates.from_modes: unknown mode 'weekly' "
        "(known: backfill)",
    ]
    with pytest.raises(ConfigError, match=r"phases\[0\].depends_on_earlier_dates: the first"):
        parse({"phase": 1}, phase=1)
    parse({"phase": 1})

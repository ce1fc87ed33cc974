"""The ``tipoff`` command as a user runs it: a subprocess, a database named by the environment.

Each test gets its own database (``TIPOFF_DATABASE_URL``) and working directory, and a
copy of the environment without any other ``TIPOFF_`` setting, so nothing leaks between
tests or in from the machine.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from support.cli import run_tipoff, tipoff_env
from tipoff.engine.store import ENGINE_SCHEMA
from tipoff.examples.noop import PIPELINE_FILE

RUN_TIMEOUT_S = 600  # a hang guard, not a speed limit

Cli = Callable[..., subprocess.CompletedProcess[str]]


def _cli(database_url: str, cwd: Path, **extra_env: str) -> Cli:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_tipoff(tipoff_env(database_url, **extra_env), cwd, *args)

    return run


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'e2e.db'}"


@pytest.fixture
def cli(sqlite_url: str, tmp_path: Path) -> Cli:
    return _cli(sqlite_url, tmp_path)


def _complete_lines(text: str) -> list[str]:
    return [
        line for line in text.splitlines() if line.strip().startswith("- ") and ": COMPLETE" in line
    ]


def test_demo_completes_and_prints_the_last_date(cli: Cli) -> None:
    result = cli("demo", "--pipeline", "example", "--dates", "2")

    assert result.returncode == 0, result.stderr
    assert len(_complete_lines(result.stdout)) == 30  # 6 phases x 5 processors
    assert "_triggered: FALSE" not in result.stdout
    assert "demo: 2/2 dates complete, 60 jobs, 0 dead letters" in result.stdout


def test_demo_again_is_idempotent(cli: Cli) -> None:
    assert cli("demo", "--pipeline", "example", "--dates", "2").returncode == 0

    again = cli("demo", "--pipeline", "example", "--dates", "2")

    assert again.returncode == 0, again.stderr
    assert "2/2 dates complete, 60 jobs" in again.stdout
    assert "2 already complete before" in again.stdout


def test_run_then_status_json_shows_every_phase_triggered(db_url: str, tmp_path: Path) -> None:
    cli = _cli(db_url, tmp_path)

    ran = cli("run", "--date", "2025-12-29", "--mode", "same_day")
    assert ran.returncode == 0, ran.stderr
    assert "run: 2025-12-29 (same_day) complete, 30 jobs, 0 dead letters" in ran.stdout

    shown = cli("status", "2025-12-29", "--json")
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert report["date"] == "2025-12-29"
    assert report["timezone"] == "America/New_York"
    [run] = report["runs"]
    assert run["mode"] == "same_day"
    assert run["status"] == "complete"
    assert len(run["correlation_id"]) == 32
    assert run["jobs"] == {"succeeded": 30}
    assert [p["phase"] for p in run["phases"]] == [1, 2, 3, 4, 5, 6]
    assert all(p["triggered"] for p in run["phases"])
    assert {p["trigger_reason"] for p in run["phases"]} == {"all_complete"}
    states = [proc["state"] for p in run["phases"] for proc in p["processors"]]
    assert states == ["COMPLETE"] * 30
    # times are shown in the pipeline's time zone (New York: UTC-5 or UTC-4)
    assert run["finished_at"].endswith(("-05:00", "-04:00"))


def test_status_text_names_phases_and_the_trigger(cli: Cli) -> None:
    assert cli("run", "--date", "2025-12-29", "--mode", "overnight").returncode == 0

    shown = cli("status", "2025-12-29", "--mode", "overnight")

    assert shown.returncode == 0, shown.stderr
    assert "Run example 2025-12-29 (overnight): COMPLETE" in shown.stdout
    assert "Phase 3 (analytics) Completion for 2025-12-29 (overnight):" in shown.stdout
    assert "  - p3_a: COMPLETE (" in shown.stdout
    assert "  - p3_e [optional]: COMPLETE (" in shown.stdout
    assert shown.stdout.count("_triggered: TRUE (all_complete at ") == 6


def test_status_of_a_date_never_run_says_so(cli: Cli) -> None:
    assert cli("run", "--date", "2025-12-29").returncode == 0

    shown = cli("status", "2020-01-01")

    assert shown.returncode == 1
    assert "No run of pipeline 'example' for 2020-01-01." in shown.stdout
    assert "Latest runs: 2025-12-29 (same_day, complete)" in shown.stdout


def test_status_without_a_database_says_so_and_creates_nothing(cli: Cli, tmp_path: Path) -> None:
    shown = cli("status", "2020-01-01", "--json")

    assert shown.returncode == 1
    assert json.loads(shown.stdout)["runs"] == []
    assert not (tmp_path / "e2e.db").exists()


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["run", "--date", "2024-13-01"], "--date: '2024-13-01' is not a valid date"),
        (["run", "--date", "yesterday"], "--date: 'yesterday' is not a valid date"),
        (["backfill", "--start", "2024-02-30", "--end", "2024-03-01"], "--start: '2024-02-30'"),
        (["backfill", "--start", "2024-03-02", "--end", "2024-03-01"], "is before --start"),
        (["status", "2024-13-01"], "DATE: '2024-13-01' is not a valid date"),
        (["run", "--date", "2024-12-01", "--mode", "nightly"], "unknown mode 'nightly'"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(
    cli: Cli, tmp_path: Path, command: list[str], message: str
) -> None:
    result = cli(*command)

    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "e2e.db").exists()  # rejected before touching the database


def test_bad_setting_names_the_variable(sqlite_url: str, tmp_path: Path) -> None:
    result = _cli(sqlite_url, tmp_path, TIPOFF_WORKER_CONCURRENCY="none")("status")

    assert result.returncode == 2
    assert "TIPOFF_WORKER_CONCURRENCY" in result.stderr
    assert "'none'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_short_api_token_is_refused_without_echoing_it(sqlite_url: str, tmp_path: Path) -> None:
    result = _cli(sqlite_url, tmp_path, TIPOFF_API_TOKEN="hunter2")("status")

    assert result.returncode == 2
    assert "TIPOFF_API_TOKEN: must be at least 16 characters" in result.stderr
    assert "hunter2" not in result.stderr + result.stdout


_BAD_PIPELINES = {
    "unknown_mode": (
        "{name: p1_a, critical: true}",
        "{name: p1_a, critical: true, modes: [nightly]}",
        "phases[0].processors[0].modes: unknown mode 'nightly'",
    ),
    "misspelt_key": (
        "quorum: 0.8",
        "quorom: 0.8",
        "defaults.policy.quorom",
    ),
    "unknown_processor": (
        "{name: p6_e, critical: false}",
        "{name: p6_z, critical: false}",
        "p6_z",
    ),
}


@pytest.mark.parametrize("case", sorted(_BAD_PIPELINES))
def test_config_validate_rejects_a_bad_file_naming_the_key(
    cli: Cli, tmp_path: Path, case: str
) -> None:
    old, new, message = _BAD_PIPELINES[case]
    text = PIPELINE_FILE.read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")

    result = cli("config", "validate", str(bad))

    assert result.returncode == 2
    assert str(bad) in result.stderr
    assert message in result.stderr
    if case == "unknown_processor":
        assert "unknown processor" in result.stderr
    assert "Traceback" not in result.stderr


def test_config_validate_accepts_the_example(cli: Cli) -> None:
    result = cli("config", "validate", str(PIPELINE_FILE))

    assert result.returncode == 0, result.stderr
    assert "ok:" in result.stdout
    assert "6 phases, 30 processors" in result.stdout


def test_config_validate_reports_invalid_yaml_with_its_line(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("pipeline: example\nphases: [\n", encoding="utf-8")

    result = cli("config", "validate", str(bad))

    assert result.returncode == 2
    assert f"{bad}: line " in result.stderr
    assert "invalid YAML" in result.stderr


def test_db_upgrade_is_idempotent(cli: Cli) -> None:
    first = cli("db", "upgrade")
    second = cli("db", "upgrade")

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert f"engine v{ENGINE_SCHEMA.version}" in second.stdout


def test_run_that_runs_out_of_time_exits_3(cli: Cli) -> None:
    # --timeout 0 returns the run as it stands right after it started: not finished.
    result = cli("run", "--date", "2025-12-30", "--timeout", "0")

    assert result.returncode == 3
    assert "not finished: 2025-12-30 (same_day)" in result.stderr


def test_backfill_runs_every_date(cli: Cli) -> None:
    result = cli("backfill", "--start", "2025-01-30", "--end", "2025-02-02")

    assert result.returncode == 0, result.stderr
    assert "backfill: 4/4 dates complete, 120 jobs, 0 dead letters" in result.stdout
    listed = cli("status", "2025-02-01", "--mode", "backfill", "--json")
    assert json.loads(listed.stdout)["runs"][0]["status"] == "complete"


def _spawn(database_url: str, cwd: Path, *args: str) -> subprocess.Popen[str]:
    """``tipoff ARGS`` running in the background, its output piped to the test."""
    return subprocess.Popen(
        [sys.executable, "-m", "tipoff", *args],
        env=tipoff_env(database_url),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_worker_stops_gracefully_on_sigterm(sqlite_url: str, tmp_path: Path) -> None:
    proc = _spawn(sqlite_url, tmp_path, "worker", "--concurrency", "2")
    assert proc.stdout is not None and proc.stderr is not None
    try:
        for line in proc.stderr:  # blocks until the worker says it is running
            if "SIGTERM or Ctrl-C stops it" in line:
                break
        else:
            pytest.fail(f"worker exited early with {proc.wait()}")
        proc.send_signal(signal.SIGTERM)
        rest = proc.stderr.read()
        assert proc.wait(timeout=RUN_TIMEOUT_S) == 0, rest
        assert "worker stopped after 0 job(s)" in rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_a_monitor_loop_stops_on_sigterm_between_turns(sqlite_url: str, tmp_path: Path) -> None:
    proc = _spawn(sqlite_url, tmp_path, "monitor", "--interval", "3600")
    assert proc.stdout is not None and proc.stderr is not None
    try:
        first = proc.stdout.readline()  # blocks until the first turn is done
        assert first.startswith("monitor: 0 stuck"), first + proc.stderr.read()
        proc.send_signal(signal.SIGTERM)  # an hour before the next turn
        assert proc.wait(timeout=RUN_TIMEOUT_S) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_nba_run_on_the_simulator_loads_the_date(cli: Cli) -> None:
    result = cli(
        "run", "--pipeline", "nba", "--date", "2025-11-12", "--mode", "overnight", "--source", "sim"
    )
    assert result.returncode == 0, result.stderr
    assert "scrape_boxscores: COMPLETE" in result.stdout
    assert "raw_boxscore: COMPLETE" in result.stdout
    assert "run: 2025-11-12 (overnight) complete" in result.stdout

    status = cli("status", "2025-11-12", "--pipeline", "nba", "--mode", "overnight", "--json")
    assert status.returncode == 0, status.stderr
    phases = json.loads(status.stdout)["runs"][0]["phases"]
    assert len(phases) == 6 and all(p["triggered"] for p in phases)


def test_nba_replay_without_its_data_folder_is_a_clear_error(cli: Cli) -> None:
    result = cli(
        "run",
        "--pipeline",
        "nba",
        "--date",
        "2023-12-15",
        "--mode",
        "backfill",
        "--source",
        "replay",
    )
    assert result.returncode == 2
    assert "TIPOFF_REPLAY_DATA_DIR" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_source_is_refused_before_anything_runs(cli: Cli) -> None:
    result = cli("run", "--pipeline", "nba", "--date", "2025-11-12", "--source", "espn")
    assert result.returncode == 2
    assert "--source: unknown source 'espn'" in result.stderr


def test_nba_demo_predicts_exports_and_grades(cli: Cli, tmp_path: Path) -> None:
    result = cli("demo", "--pipeline", "nba", "--dates", "7")
    assert result.returncode == 0, result.stderr
    summary = next(line for line in result.stdout.splitlines() if line.startswith("demo:"))
    # the first dates predict nobody (no player has 3 games yet): named, not a failure
    assert summary.startswith("demo: 9/9 runs complete (5 complete_degraded), "), summary
    assert (
        "outcome missed: predictions_delivered: 0 of 44 players predicted (skipped: "
        "needs_bootstrap 44)" in result.stderr
    )
    predictions = int(summary.split(" player predictions")[0].split(", ")[-1])
    assert predictions > 0
    bucket = tmp_path / "tipoff-data" / "bucket"
    assert (bucket / "v1" / "results" / "latest.json").is_file()
    assert (bucket / "v1" / "tonight" / "all-players.json").is_file()
    assert list((bucket / "models" / "points").iterdir())  # the model it trained


def test_scheduler_and_monitor_take_one_turn_and_exit(cli: Cli) -> None:
    first = cli("scheduler", "--once")
    assert first.returncode == 0, first.stderr
    assert "scheduler: leading" in first.stderr
    monitor = cli("monitor", "--once")
    assert monitor.returncode == 0, monitor.stderr
    assert "monitor: 0 stuck, 0 slow, 0 dead letter(s)" in monitor.stdout
    # one-shot turns are not loops: they leave no live heartbeat behind
    health = cli("health", "--json")
    loops = next(c for c in json.loads(health.stdout)["checks"] if c["name"] == "loops")
    assert loops["detail"].startswith("no scheduler or monitor heartbeat"), loops


def next_instants(cron: str) -> set[str]:
    """The schedule's next instant as the command prints it, asked before and after (the
    minute may turn while the command runs)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from croniter import croniter

    zone = ZoneInfo("America/New_York")
    starts = (datetime.now(zone), datetime.now(zone) + timedelta(seconds=120))
    return {f"{croniter(cron, s).get_next(datetime):%Y-%m-%d %H:%M %Z}" for s in starts}


def test_scheduler_once_says_what_fired_and_when_each_schedule_fires_next(
    cli: Cli, sqlite_url: str
) -> None:
    import sqlalchemy as sa

    from tipoff.engine.schema import schedule_ticks
    from tipoff.engine.store import Store

    morning, overnight = next_instants("0 9 * * *"), next_instants("0 5 * * *")
    first = cli("scheduler", "--once")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("2 schedule(s) seen for the first time: baseline recorded")
    upcoming = {line.split()[4]: " ".join(line.split()) for line in lines[1:]}
    assert set(upcoming) == {"example/example-same-day", "example/example-overnight"}
    for name, when in (("example-same-day", morning), ("example-overnight", overnight)):
        assert upcoming[f"example/{name}"] in {f"next {t} example/{name} run" for t in when}
    # a day passes with no scheduler: the morning run's last instant is due, and fires once
    store = Store(sqlite_url)
    try:
        with store.transaction() as conn:
            conn.execute(
                sa.update(schedule_ticks)
                .where(schedule_ticks.c.schedule == "example-same-day")
                .values(last_tick_at=schedule_ticks.c.last_tick_at - 86400)
            )
    finally:
        store.dispose()
    second = cli("scheduler", "--once")
    assert second.returncode == 0, second.stderr
    [fired] = [line for line in second.stdout.splitlines() if not line.startswith("next ")]
    assert " example/example-same-day (run): run " in fired and fired.endswith("same_day: running")
    again = cli("scheduler", "--once")
    assert again.stdout.splitlines()[0] == "nothing was due", again.stdout
    assert len([line for line in again.stdout.splitlines() if line.startswith("next ")]) == 2
    # another scheduler holds the lead: this turn does nothing, and says so
    from tipoff.engine.schema import locks

    store = Store(sqlite_url)
    try:
        with store.transaction() as conn:
            conn.execute(
                sa.insert(locks).values(name="scheduler", holder="elsewhere", expires_at=4e9)
            )
    finally:
        store.dispose()
    standby = cli("scheduler", "--once")
    assert standby.stdout.splitlines()[0] == "another scheduler leads: nothing fired here"


def test_the_pipeline_option_names_its_real_default(cli: Cli) -> None:
    shown = cli("run", "--help")
    assert shown.returncode == 0, shown.stderr
    text = " ".join(shown.stdout.replace("│", " ").split())
    assert "else the nba pipeline" in text and "else the example pipeline" not in text


def test_the_as_of_option_speaks_of_no_one_pipeline(cli: Cli) -> None:
    shown = cli("run", "--help")
    assert shown.returncode == 0, shown.stderr
    text = " ".join(shown.stdout.replace("│", " ").split())
    assert "every job's as_of param" in text
    assert "sim source" not in text and "morning" not in text

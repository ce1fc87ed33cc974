"""A hundred-odd bad inputs, each answered by one line and exit 2, or by a 4xx.

Command lines, ``TIPOFF_*`` settings and pipeline files go through the ``tipoff`` entry
point in this process (``tipoff.cli.main`` with the arguments; the few where the launcher
or the interpreter's start matters run as subprocesses); HTTP requests go to a real
uvicorn server. Each case names what its message must mention, so a catch-all answer
would not pass; none may print a traceback, and read-only commands must not create the
database.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from support.cli import run_tipoff, tipoff_env
from support.web import serving
from tipoff import cli
from tipoff.cli import common as cli_common
from tipoff.engine.store import Store
from tipoff.errors import ConfigError
from tipoff.examples.noop import PIPELINE_FILE
from tipoff.nba.settings import FIRST_SEASON, LAST_SEASON
from tipoff.nba.sim.calendar import parse_season
from tipoff.settings import Settings, load_settings
from tipoff.web import create_app

EXAMPLE = PIPELINE_FILE.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Case:
    """A command line (``{tmp}`` stands for the test's folder) and the environment it
    runs in; ``expect``: text the one error line must hold."""

    args: tuple[str, ...]
    expect: str
    env: dict[str, str] = field(default_factory=dict)
    schema: bool = False  # create the engine's tables first
    files: dict[str, bytes] = field(default_factory=dict)  # written under {tmp} first
    code: int = 2
    writes: bool = False  # a command that may create the database before it refuses


def c(line: str, expect: str, **kw: object) -> Case:
    return Case(tuple(line.split()), expect, **kw)  # type: ignore[arg-type]


def setting(name: str, value: str, expect: str, line: str = "status 2025-01-01") -> Case:
    return c(line, expect, env={name: value})


def pipeline_file(old: str, new: str, expect: str) -> Case:
    assert old in EXAMPLE, old
    text = EXAMPLE.replace(old, new, 1).encode()
    return c("config validate {tmp}/p.yaml", expect, files={"p.yaml": text})


def raw_file(content: bytes, expect: str, line: str = "config validate {tmp}/p.yaml") -> Case:
    return c(line, expect, files={"p.yaml": content})


NO_TABLES = "has no tipoff tables yet"
OUTSIDE = "outside the supported dates 1900-01-01..2099-12-31"

CLI_CASES: dict[str, Case] = {
    # -- run ------------------------------------------------------------------------------
    "run-no-date": c("run", "Missing option '--date'"),
    "run-month-13": c("run --date 2025-13-01", "--date: '2025-13-01' is not a valid date"),
    "run-word-date": c("run --date yesterday", "--date: 'yesterday'"),
    "run-year-1": c("run --date 0001-01-01", f"--date: 0001-01-01 is {OUTSIDE}"),
    "run-year-9999": c("run --date 9999-12-31", f"--date: 9999-12-31 is {OUTSIDE}"),
    "run-mode": c("run --date 2025-01-01 --mode weekly", "--mode: unknown mode 'weekly'"),
    "run-source": c("run --date 2025-01-01 --source cloud", "--source: unknown source 'cloud'"),
    "run-concurrency-0": c("run --date 2025-01-01 --concurrency 0", "'--concurrency'"),
    "run-concurrency-word": c("run --date 2025-01-01 --concurrency many", "'--concurrency'"),
    "run-timeout-negative": c("run --date 2025-01-01 --timeout -1", "'--timeout'"),
    "run-timeout-inf": c("run --date 2025-01-01 --timeout inf", "inf is not a finite number"),
    "run-timeout-nan": c("run --date 2025-01-01 --timeout nan", "'--timeout'"),
    "run-param-no-equals": c("run --date 2025-01-01 --param fast", "--param: 'fast'"),
    "run-param-no-key": c("run --date 2025-01-01 --param =1", "--param: '=1'"),
    "run-as-of-word": c("run --date 2025-01-01 --as-of noon", "--as-of: 'noon'"),
    "run-as-of-year-1": c("run --date 2025-01-01 --as-of 0001-01-01T12:00", "--as-of: 0001"),
    "run-pipeline-name": c("run --date 2025-01-01 --pipeline hockey", "'hockey'"),
    "run-pipeline-missing-file": c(
        "run --date 2025-01-01 --pipeline {tmp}/none.yaml", "nor a pipeline file"
    ),
    "run-unknown-option": c("run --date 2025-01-01 --fast", "No such option: --fast"),
    "run-extra-argument": c("run --date 2025-01-01 extra", "unexpected extra argument"),
    # -- backfill -------------------------------------------------------------------------
    "backfill-no-range": c("backfill", "Missing option '--start'"),
    "backfill-reversed": c(
        "backfill --start 2025-01-10 --end 2025-01-01", "--end 2025-01-01 is before --start"
    ),
    "backfill-too-long": c("backfill --start 2020-01-01 --end 2025-01-01", "split the range"),
    "backfill-bad-start": c("backfill --start 2025-1-1x --end 2025-01-02", "--start: '2025-1-1x'"),
    "backfill-year-1": c("backfill --start 0001-01-01 --end 0001-01-02", "--start: 0001-01-01"),
    "backfill-year-9999": c("backfill --start 2025-01-01 --end 9999-12-31", "--end: 9999-12-31"),
    "backfill-mode": c("backfill --start 2025-01-01 --end 2025-01-02 --mode x", "--mode"),
    # -- status ---------------------------------------------------------------------------
    "status-word-date": c("status tomorrow", "DATE: 'tomorrow'"),
    "status-feb-30": c("status 2025-02-30", "DATE: '2025-02-30'"),
    "status-year-1-days": c("status 0001-01-01 --days 7", f"DATE: 0001-01-01 is {OUTSIDE}"),
    "status-days-0": c("status 2025-01-01 --days 0", "'--days'"),
    "status-days-367": c("status 2025-01-01 --days 367", "'--days'"),
    # the example pipeline registers no daily status (a pipeline's CLI extras do)
    "status-days-no-daily": c("status 2025-01-01 --days 3", "has no daily status", schema=True),
    "status-mode": c("status 2025-01-01 --mode weekly", "--mode: unknown mode 'weekly'"),
    "status-days-no-tables": c(
        "status 2025-01-01 --days 7", f"{NO_TABLES} (run tipoff db upgrade)"
    ),
    # -- dead letters ---------------------------------------------------------------------
    "dlq-list-no-tables": c("dlq list", NO_TABLES),
    "dlq-show-no-tables": c("dlq show 5", NO_TABLES),
    "dlq-retry-no-tables": c("dlq retry 5", NO_TABLES),
    "dlq-purge-no-tables": c("dlq purge --all", NO_TABLES),
    "dlq-retry-nothing-named": c("dlq retry", "name job ids or --all"),
    "dlq-retry-unknown-id": c("dlq retry 999999", "no job with id 999999", schema=True),
    "dlq-purge-unknown-id": c("dlq purge 999999", "no job with id 999999", schema=True),
    "dlq-show-unknown-id": c("dlq show 999999", "no job with id 999999", schema=True),
    "dlq-show-word": c("dlq show first", "'job_id'"),
    "dlq-list-limit-0": c("dlq list --limit 0", "'--limit'"),
    "dlq-unknown-command": c("dlq redo 5", "No such command 'redo'"),
    # -- trigger, heal --------------------------------------------------------------------
    "trigger-no-options": c("trigger", "Missing option '--phase'"),
    "trigger-phase-word": c("trigger --phase one --date 2025-01-01", "'--phase'"),
    "trigger-no-such-phase": c("trigger --phase 99 --date 2025-01-01", "phase 99", schema=True),
    "trigger-bad-date": c("trigger --phase 1 --date 01/02/2025", "--date: '01/02/2025'"),
    "trigger-mode": c("trigger --phase 1 --date 2025-01-01 --mode weekly", "--mode"),
    "trigger-year-9999": c("trigger --phase 1 --date 9999-12-31", "--date: 9999-12-31"),
    "heal-bad-date": c("heal --date someday", "--date: 'someday'"),
    "heal-max-heals-0": c("heal --max-heals 0", "'--max-heals'"),
    "heal-year-1": c("heal --date 0001-01-01", f"--date: 0001-01-01 is {OUTSIDE}"),
    # -- long-running commands ------------------------------------------------------------
    "worker-concurrency-0": c("worker --concurrency 0", "'--concurrency'"),
    "worker-lease-0": c("worker --lease 0", "'--lease'"),
    "worker-lease-inf": c("worker --lease inf", "'--lease'"),
    "worker-poll-nan": c("worker --poll nan", "'--poll'"),
    "scheduler-interval-0": c("scheduler --interval 0", "'--interval'"),
    "scheduler-interval-inf": c("scheduler --interval inf", "'--interval'"),
    "monitor-interval-nan": c("monitor --interval nan", "'--interval'"),
    "serve-port-0": c("serve --port 0", "'--port'"),
    "serve-port-70000": c("serve --port 70000", "'--port'"),
    "serve-port-word": c("serve --port http", "'--port'"),
    "serve-unknown-host": c("serve --host nowhere.invalid", "cannot listen on nowhere.invalid"),
    "serve-port-taken": c("serve --port {taken}", "Address already in use"),
    # -- others ---------------------------------------------------------------------------
    "demo-dates-0": c("demo --dates 0", "'--dates'"),
    "demo-dates-61": c("demo --dates 61", "'--dates'"),
    "demo-pipeline": c("demo --pipeline hockey", "'hockey'"),
    "metrics-no-tables": c("metrics", NO_TABLES),
    "export-nothing-named": c("export", "name --date D (and --only), or --players"),
    "export-month-13": c("export --date 2025-13-01", "--date: '2025-13-01'"),
    "export-year-9999": c("export --date 9999-12-31", "--date: 9999-12-31"),
    "export-only-unknown": c("export --date 2025-01-01 --only tonite", "unknown export tonite"),
    "export-only-no-date": c("export --only tonight", "--only goes with --date"),
    "export-mode": c("export --date 2025-01-01 --mode weekly", "--mode: 'weekly'"),
    "export-min-games-0": c("export --players --min-games 0", "'--min-games'"),
    "export-min-games-alone": c("export --min-games 5", "--min-games goes with --players"),
    "export-no-tables": c("export --date 2025-01-01", NO_TABLES),
    "export-schemas-out-file": c("export schemas --out {tmp}/f", "'--out'", files={"f": b"a file"}),
    "repair-month-13": c("repair 2025-13-01", "DATE: '2025-13-01' is not a valid date"),
    "repair-mode": c("repair 2025-01-01 --mode weekly", "--mode: unknown mode 'weekly'"),
    "quality-year-1": c("quality 0001-01-01", f"DATE: 0001-01-01 is {OUTSIDE}"),
    "quality-feb-30": c("quality 2025-02-30", "DATE: '2025-02-30'"),
    "sources-check-year-9999": c("sources check --date 9999-01-01", "--date: 9999-01-01"),
    "sources-check-month-13": c("sources check --date 2025-13-01", "--date: '2025-13-01'"),
    "health-pipeline": c("health --pipeline hockey", "'hockey'"),
    "db-upgrade-pipeline": c("db upgrade --pipeline hockey", "'hockey'"),
    "config-missing-file": c("config validate {tmp}/none.yaml", "nor a pipeline file"),
    "config-folder": c("config validate {tmp}", "cannot read pipeline file"),
    "unknown-command": c("frobnicate", "No such command 'frobnicate'"),
    "version-option": c("version --verbose", "No such option: --verbose"),
}

SETTING_CASES: dict[str, Case] = {
    "concurrency-0": setting("TIPOFF_WORKER_CONCURRENCY", "0", "TIPOFF_WORKER_CONCURRENCY"),
    "concurrency-word": setting("TIPOFF_WORKER_CONCURRENCY", "many", "(got 'many')"),
    "lease-inf": setting("TIPOFF_WORKER_LEASE_SECONDS", "inf", "TIPOFF_WORKER_LEASE_SECONDS"),
    "lease-nan": setting("TIPOFF_WORKER_LEASE_SECONDS", "nan", "TIPOFF_WORKER_LEASE_SECONDS"),
    "lease-negative": setting("TIPOFF_WORKER_LEASE_SECONDS", "-1", "TIPOFF_WORKER_LEASE"),
    "lease-a-year": setting("TIPOFF_WORKER_LEASE_SECONDS", "31536000", "TIPOFF_WORKER_LEASE"),
    "poll-0": setting("TIPOFF_WORKER_POLL_SECONDS", "0", "TIPOFF_WORKER_POLL_SECONDS"),
    "log-level": setting("TIPOFF_LOG_LEVEL", "LOUD", "TIPOFF_LOG_LEVEL: must be one of"),
    "log-format": setting("TIPOFF_LOG_FORMAT", "xml", "TIPOFF_LOG_FORMAT"),
    "database-not-url": setting("TIPOFF_DATABASE_URL", "my database", "not a database URL"),
    "database-mysql": setting("TIPOFF_DATABASE_URL", "mysql://h/db", "unsupported database"),
    "database-unwritable": setting(
        "TIPOFF_DATABASE_URL", "sqlite:////proc/tipoff/x.db", "/proc/tipoff", "db upgrade"
    ),
    "database-not-sqlite-status": Case(
        ("status", "2025-01-01"),
        "file is not a database",
        env={"TIPOFF_DATABASE_URL": "sqlite:///{tmp}/notes.txt"},
        files={"notes.txt": b"not a database\n" * 100},
    ),
    "database-not-sqlite-upgrade": Case(
        ("db", "upgrade"),
        "file is not a database",
        env={"TIPOFF_DATABASE_URL": "sqlite:///{tmp}/notes.txt"},
        files={"notes.txt": b"not a database\n" * 100},
    ),
    "database-folder": Case(
        ("db", "upgrade"),
        "unable to open database file",
        env={"TIPOFF_DATABASE_URL": "sqlite:///{tmp}"},
    ),
    "source": setting("TIPOFF_SOURCE", "cloud", "TIPOFF_SOURCE"),
    "season-1899": setting("TIPOFF_SIM_SEASON", "1899-00", "TIPOFF_SIM_SEASON: seasons 1990-91"),
    # before the simulator's first season: refused here, not by a traceback in the run
    "season-1950": setting(
        "TIPOFF_SIM_SEASON",
        "1950-51",
        "TIPOFF_SIM_SEASON: seasons 1990-91",
        "run --date 1950-11-10",
    ),
    "season-gap": setting("TIPOFF_SIM_SEASON", "2025-27", "the year after it starts (2025-26)"),
    "season-short": setting("TIPOFF_SIM_SEASON", "25-26", "TIPOFF_SIM_SEASON: a season is"),
    "season-2200": setting("TIPOFF_SIM_SEASON", "2200-01", "TIPOFF_SIM_SEASON"),
    "seed": setting("TIPOFF_SIM_SEED", "lucky", "TIPOFF_SIM_SEED"),
    "faults-missing": setting("TIPOFF_SIM_FAULTS", "/nonexistent/f.yaml", "TIPOFF_SIM_FAULTS"),
    "replay-missing": setting("TIPOFF_REPLAY_DATA_DIR", "/nonexistent", "TIPOFF_REPLAY_DATA"),
    "http-attempts-0": setting("TIPOFF_HTTP_MAX_ATTEMPTS", "0", "TIPOFF_HTTP_MAX_ATTEMPTS"),
    "http-connect-inf": setting(
        "TIPOFF_HTTP_CONNECT_TIMEOUT_SECONDS", "inf", "TIPOFF_HTTP_CONNECT_TIMEOUT_SECONDS"
    ),
    "http-read-negative": setting(
        "TIPOFF_HTTP_READ_TIMEOUT_SECONDS", "-3", "TIPOFF_HTTP_READ_TIMEOUT_SECONDS"
    ),
    "api-token-short": setting("TIPOFF_API_TOKEN", "hunter2", "at least 16 characters"),
    "pipeline-unknown": setting("TIPOFF_PIPELINE", "hockey", "TIPOFF_PIPELINE"),
    "monitor-interval-0": setting("TIPOFF_MONITOR_INTERVAL_SECONDS", "0", "TIPOFF_MONITOR"),
    "stale-hours-nan": setting("TIPOFF_SCHEDULE_MAX_STALE_HOURS", "nan", "TIPOFF_SCHEDULE_MAX"),
    "override-expiry": setting(
        "TIPOFF_SCHEDULE_STALENESS_OVERRIDE_EXPIRES", "next week", "OVERRIDE_EXPIRES"
    ),
    # the path of a webhook is its secret: not echoed back
    "webhook-no-scheme": setting(
        "TIPOFF_ALERT_WEBHOOK_URL",
        "hooks.example.org/services/T0/B0/Hk4Secret",
        "TIPOFF_ALERT_WEBHOOK_URL: must be an http(s) URL",
    ),
    "smtp-port": setting("TIPOFF_ALERT_SMTP_PORT", "99999", "TIPOFF_ALERT_SMTP_PORT"),
    "smtp-without-recipients": Case(
        ("monitor", "--once"),
        "TIPOFF_ALERT_EMAIL_TO is not",
        env={"TIPOFF_ALERT_SMTP_HOST": "127.0.0.1"},
    ),
    "smtp-recipients-blank": Case(
        ("monitor", "--once"),
        "TIPOFF_ALERT_EMAIL_TO is not",
        env={"TIPOFF_ALERT_SMTP_HOST": "127.0.0.1", "TIPOFF_ALERT_EMAIL_TO": " , "},
    ),
    "bucket-protocol": setting(
        "TIPOFF_BUCKET_URL",
        "foo://x",
        "Protocol not known: foo",
        "run --pipeline nba --date 2025-01-01",
    ),
    "bucket-unwritable": setting(
        "TIPOFF_BUCKET_URL",
        "/proc/tipoff-bucket",
        "cannot write there",
        "run --pipeline nba --date 2025-01-01",
    ),
    "faults-file-invalid": Case(
        ("run", "--pipeline", "nba", "--date", "2025-01-01"),
        "boxscore",
        env={"TIPOFF_SIM_FAULTS": "{tmp}/faults.yaml"},
        files={"faults.yaml": b"'2025-01-01':\n  boxscore:\n    - {kind: meteor}\n"},
        writes=True,
    ),
}

PIPELINE_CASES: dict[str, Case] = {
    "not-utf8": raw_file(b"pipeline: example\n\xff\xfe\x00phases: []\n", "not a UTF-8 text file"),
    "binary": raw_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a UTF-8 text file"),
    "not-utf8-run": raw_file(
        b"pipeline: example\n\xe9t\xe9\n",
        "not a UTF-8",
        "run --date 2025-01-01 --pipeline {tmp}/p.yaml",
    ),
    "yaml-syntax": raw_file(b"pipeline: example\nphases: [\n", "invalid YAML"),
    "yaml-tab": raw_file(b"pipeline: example\nphases:\n\t- phase: 1\n", "invalid YAML"),
    "empty": raw_file(b"", "expected a mapping at the top level"),
    "a-list": raw_file(b"- pipeline: example\n", "expected a mapping at the top level"),
    "unknown-pipeline": pipeline_file("pipeline: example", "pipeline: hockey", "'hockey'"),
    "misspelt-top-key": pipeline_file("timezone:", "timezon:", "timezon"),
    "bad-timezone": pipeline_file("America/New_York", "Mars/Olympus", "Mars/Olympus"),
    "unknown-mode": pipeline_file(
        "{name: p1_a, critical: true}", "{name: p1_a, critical: true, modes: [nightly]}", "nightly"
    ),
    "misspelt-policy-key": pipeline_file("quorum: 0.8", "quorom: 0.8", "quorom"),
    "quorum-above-1": pipeline_file("quorum: 0.8", "quorum: 1.8", "quorum"),
    "attempts-0": pipeline_file("max_attempts: 3", "max_attempts: 0", "max_attempts"),
    "timeout-negative": pipeline_file("timeout_s: 60", "timeout_s: -60", "timeout_s"),
    "unknown-processor": pipeline_file("{name: p6_e, critical: false}", "{name: p6_z}", "p6_z"),
    "duplicate-processor": pipeline_file("{name: p1_b, critical: true}", "{name: p1_a}", "p1_a"),
    "bad-cron": pipeline_file('cron: "0 9 * * *"', 'cron: "0 25 * * *"', "cron"),
    "unknown-action": pipeline_file(
        "action: run, mode: same_day", "action: fly, mode: same_day", "action"
    ),
    "phase-number-word": pipeline_file("phase: 1\n", "phase: one\n", "phase"),
}


def _expand(value: str, tmp: Path, taken: int = 0) -> str:
    return value.replace("{tmp}", str(tmp)).replace("{taken}", str(taken))


@pytest.fixture(scope="module")
def taken() -> Iterator[int]:
    """A port some other server listens on."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        yield int(sock.getsockname()[1])


@pytest.fixture
def in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean environment and working folder for ``cli.main``; the logging set-up is left
    alone (it is process-wide, and the other tests in this process rely on theirs)."""
    for name in list(os.environ):
        if name.startswith("TIPOFF_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli_common, "configure_logging", lambda **_: None)
    monkeypatch.setenv("TIPOFF_DATABASE_URL", f"sqlite:///{tmp_path / 't.db'}")
    monkeypatch.setenv("TIPOFF_PIPELINE", "example")
    monkeypatch.setenv("TIPOFF_BUCKET_URL", str(tmp_path / "bucket"))
    return tmp_path


ALL_CASES = {
    **{f"cli:{k}": v for k, v in CLI_CASES.items()},
    **{f"setting:{k}": v for k, v in SETTING_CASES.items()},
    **{f"pipeline:{k}": v for k, v in PIPELINE_CASES.items()},
}


@pytest.mark.parametrize("name", list(ALL_CASES))
def test_a_bad_input_is_one_line_and_exit_2(
    name: str,
    in_process: Path,
    taken: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = ALL_CASES[name]
    tmp = in_process
    for relative, content in case.files.items():
        (tmp / relative).write_bytes(content)
    for key, value in case.env.items():
        monkeypatch.setenv(key, _expand(value, tmp))
    if case.schema:
        store = Store(os.environ["TIPOFF_DATABASE_URL"])
        store.ensure_schema()
        store.dispose()

    with pytest.raises(SystemExit) as exited:
        cli.main([_expand(a, tmp, taken) for a in case.args])

    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert exited.value.code == case.code, captured.err
    assert "Traceback" not in captured.out + captured.err
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: "), lines[0]
    assert case.expect in lines[0], lines[0]
    if not (case.schema or case.writes):
        assert not (tmp / "t.db").exists()  # refused without creating the database


# -- through the launcher, as a user runs it ----------------------------------------------

SUBPROCESS_CASES = {
    "bad-date": (["run", "--date", "2025-02-30"], {}, "--date: '2025-02-30'"),
    "lease-inf": (["run", "--date", "2025-01-01"], {"TIPOFF_WORKER_LEASE_SECONDS": "inf"}, "LEASE"),
    "unknown-option": (["status", "--colour"], {}, "No such option: --colour"),
    "dlq-no-tables": (["dlq", "show", "1"], {}, NO_TABLES),
}


@pytest.mark.parametrize("name", list(SUBPROCESS_CASES))
def test_a_bad_input_through_the_launcher(name: str, tmp_path: Path) -> None:
    args, extra, expect = SUBPROCESS_CASES[name]
    result = run_tipoff(tipoff_env(f"sqlite:///{tmp_path / 't.db'}", **extra), tmp_path, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: ") and expect in line
    assert not (tmp_path / "t.db").exists()


# -- HTTP ---------------------------------------------------------------------------------

TOKEN = "bad-inputs-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Content-Type": "application/json"}
GOOD = {"phase": 1, "date": "2025-01-01", "mode": "same_day"}

HTTP_CASES: dict[str, tuple[str, str, dict[str, str], object, int]] = {
    # name: (method, path, headers, body (bytes, a JSON value or None), status)
    "status-word-date": ("GET", "/api/status/someday", {}, None, 422),
    "status-feb-30": ("GET", "/api/status/2025-02-30", {}, None, 422),
    "status-year-1": ("GET", "/api/status/0001-01-01", {}, None, 422),
    "status-year-9999": ("GET", "/api/status/9999-12-31", {}, None, 422),
    "status-mode": ("GET", "/api/status/2025-01-01?mode=weekly", {}, None, 422),
    "status-empty-mode": ("GET", "/api/status/2025-01-01?mode=", {}, None, 422),
    "status-pipeline": ("GET", "/api/status/2025-01-01?pipeline=hockey", {}, None, 404),
    "status-nul": ("GET", "/api/status/%00", {}, None, 422),
    "daily-year-1": ("GET", "/api/daily?date=0001-01-01", {}, None, 422),
    "daily-year-9999": ("GET", "/api/daily?date=9999-12-31", {}, None, 422),
    "daily-word-date": ("GET", "/api/daily?date=soon", {}, None, 422),
    "daily-days-0": ("GET", "/api/daily?days=0", {}, None, 422),
    "daily-days-367": ("GET", "/api/daily?days=367", {}, None, 422),
    "daily-days-word": ("GET", "/api/daily?days=week", {}, None, 422),
    "dead-letters-limit-0": ("GET", "/api/dead-letters?limit=0", {}, None, 422),
    "dead-letters-limit-word": ("GET", "/api/dead-letters?limit=all", {}, None, 422),
    "alerts-negative": ("GET", "/api/alerts?resolved=-1", {}, None, 422),
    "alerts-huge": ("GET", "/api/alerts?resolved=100000", {}, None, 422),
    "dashboard-date": ("GET", "/?date=nonsense", {}, None, 422),
    "dashboard-year-1": ("GET", "/?date=0001-01-01", {}, None, 422),
    "unknown-path": ("GET", "/api/nothing", {}, None, 404),
    "docs": ("GET", "/docs", {}, None, 404),
    "redoc": ("GET", "/redoc", {}, None, 404),
    "delete-anonymous": ("DELETE", "/api/status/2025-01-01", {}, None, 401),
    "trigger-anonymous": ("POST", "/api/trigger", JSON, GOOD, 401),
    "trigger-wrong-token": (
        "POST",
        "/api/trigger",
        {"Authorization": "Bearer wrong-token-0123456789"},
        GOOD,
        401,
    ),
    "trigger-basic-auth": (
        "POST",
        "/api/trigger",
        {"Authorization": "Basic dXNlcjpwdw=="},
        GOOD,
        401,
    ),
    "trigger-malformed-anonymous": ("POST", "/api/trigger", JSON, b'{"phase": 1,', 401),
    "trigger-malformed": ("POST", "/api/trigger", {**AUTH, **JSON}, b'{"phase": 1,', 422),
    "trigger-not-object": ("POST", "/api/trigger", AUTH, [1, 2], 422),
    "trigger-no-phase": ("POST", "/api/trigger", AUTH, {"date": "2025-01-01"}, 422),
    "trigger-phase-word": ("POST", "/api/trigger", AUTH, {**GOOD, "phase": "one"}, 422),
    "trigger-bad-date": ("POST", "/api/trigger", AUTH, {**GOOD, "date": "2025-13-01"}, 422),
    "trigger-year-1": ("POST", "/api/trigger", AUTH, {**GOOD, "date": "0001-01-01"}, 422),
    "trigger-mode": ("POST", "/api/trigger", AUTH, {**GOOD, "mode": "weekly"}, 422),
    "trigger-extra-field": ("POST", "/api/trigger", AUTH, {**GOOD, "force": True}, 422),
    "trigger-pipeline": ("POST", "/api/trigger", AUTH, {**GOOD, "pipeline": "hockey"}, 404),
    "trigger-no-such-phase": ("POST", "/api/trigger", AUTH, {**GOOD, "phase": 99}, 409),
    "trigger-too-large": (
        "POST",
        "/api/trigger",
        AUTH,
        {**GOOD, "processors": ["x" * 70_000]},
        413,
    ),
    "heal-bad-date": ("POST", "/api/heal", AUTH, {"date": "later"}, 422),
    "heal-year-9999": ("POST", "/api/heal", AUTH, {"date": "9999-12-31"}, 422),
    "heal-max-heals-0": ("POST", "/api/heal", AUTH, {"max_heals": 0}, 422),
    "heal-extra-field": ("POST", "/api/heal", AUTH, {"dates": ["2025-01-01"]}, 422),
    "heal-anonymous": ("POST", "/api/heal", {}, {}, 401),
    "put-trigger": ("PUT", "/api/trigger", AUTH, GOOD, 405),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp("service")
    settings = Settings(
        database_url=f"sqlite:///{folder / 'web.db'}", pipeline="nba", api_token=TOKEN
    )
    from tipoff import pipelines

    store = Store(settings.database_url)
    store.ensure_schema(*pipelines.load("nba").schemas)
    store.dispose()
    with serving(create_app(settings)) as base, httpx.Client(base_url=base, timeout=20) as http:
        yield http


@pytest.mark.parametrize("name", list(HTTP_CASES))
def test_a_bad_request_is_a_4xx(name: str, service: httpx.Client) -> None:
    method, path, headers, body, status = HTTP_CASES[name]
    content = body if isinstance(body, bytes) else None
    answer = service.request(
        method,
        path,
        headers=headers,
        content=content,
        json=None if content or body is None else body,
    )
    assert answer.status_code == status, answer.text
    assert "detail" in answer.json()


def test_the_seasons_the_settings_accept_are_those_the_simulator_builds() -> None:
    for start in (FIRST_SEASON, LAST_SEASON):
        assert parse_season(f"{start}-{(start + 1) % 100:02d}") == start
    for start in (FIRST_SEASON - 1, LAST_SEASON + 1):
        with pytest.raises(ValueError, match="outside the supported range"):
            parse_season(f"{start}-{(start + 1) % 100:02d}")


def test_a_refused_webhook_url_is_not_echoed() -> None:
    with pytest.raises(ConfigError, match="TIPOFF_ALERT_WEBHOOK_URL") as refused:
        load_settings(alert_webhook_url="hooks.example.org/services/T0/B0/Hk4Secret")
    assert "Hk4Secret" not in str(refused.value)


def test_the_count_of_bad_inputs() -> None:
    """The README quotes this figure."""
    total = len(ALL_CASES) + len(SUBPROCESS_CASES) + len(HTTP_CASES)
    assert total >= 100

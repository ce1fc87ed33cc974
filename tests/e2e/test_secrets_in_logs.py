"""No secret reaches a log: the ``tipoff`` command's whole output is scanned for each
secret value while things fail (the database going away under a worker, a dead alert
webhook and SMTP server), with every secret setting set."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from support.cli import run_tipoff, tipoff_env
from support.pipelines import always_fails, orchestrator_for, pipeline_from, proc
from support.proxy import TcpProxy
from support.waiting import wait_for
from tipoff.engine import queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store

DB_PASSWORD = "Pw7dbSecretQx"
API_TOKEN = "tok-9f3KqLmNsecretApiToken0042"
ODDS_KEY = "OddsKeySecret123"
SMTP_PASSWORD = "SmtpSecretPw99"
HOOK_PATH = "/services/T0SECRET/B0SECRET/Hk4SecretWebhookPath"


def _dead_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _secret_env(database_url: str) -> dict[str, str]:
    port = _dead_port()
    return tipoff_env(
        database_url,
        TIPOFF_LOG_LEVEL="DEBUG",
        TIPOFF_API_TOKEN=API_TOKEN,
        TIPOFF_ODDS_API_KEY=ODDS_KEY,
        TIPOFF_ALERT_WEBHOOK_URL=f"http://127.0.0.1:{port}{HOOK_PATH}",
        TIPOFF_ALERT_SMTP_HOST="127.0.0.1",
        TIPOFF_ALERT_SMTP_PORT=str(port),
        TIPOFF_ALERT_SMTP_USERNAME="ops",
        TIPOFF_ALERT_SMTP_PASSWORD=SMTP_PASSWORD,
        TIPOFF_ALERT_EMAIL_TO="ops@example.org",
    )


def _assert_no_secret(text: str) -> None:
    for secret in (DB_PASSWORD, API_TOKEN, ODDS_KEY, SMTP_PASSWORD, "Hk4SecretWebhookPath"):
        assert secret not in text, f"{secret!r} appears {text.count(secret)} time(s) in:\n{text}"
    assert "/services/T0SECRET" not in text


def test_a_worker_whose_database_goes_away_logs_no_secret(
    postgres_url: str, tmp_path: Path
) -> None:
    """The database host vanishes under a running worker: its loops log their errors (with
    tracebacks), and neither those nor anything else shows the database password."""
    url = sa.make_url(postgres_url)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    through_proxy = url.set(port=proxy.port, password=DB_PASSWORD)  # trust auth ignores it
    database_url = through_proxy.render_as_string(hide_password=False)
    env = _secret_env(database_url)
    assert run_tipoff(env, tmp_path, "db", "upgrade").returncode == 0
    log_path = tmp_path / "worker.log"
    with open(log_path, "wb") as log:
        worker = subprocess.Popen(
            [sys.executable, "-m", "tipoff", "worker", "--poll", "0.05"],
            env={**env, "PYTHONUNBUFFERED": "1"},
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(
            lambda: "SIGTERM or Ctrl-C stops it" in log_path.read_text(),
            60,
            message="the worker to start",
        )
        proxy.vanish()
        # a loop's error logged in full (the LISTEN loop's one-line warning may come first)
        wait_for(
            lambda: "Traceback" in log_path.read_text(),
            60,
            message="the worker to log its database errors with their tracebacks",
        )
        worker.terminate()
        worker.wait(60)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    output = log_path.read_text()
    assert "Traceback" in output  # the errors were logged in full ...
    _assert_no_secret(output)  # ... without a secret in them


def test_failing_alerts_log_no_secret(db_url: str, tmp_path: Path) -> None:
    """A dead letter makes the monitor alert; the webhook and the SMTP server are down."""
    store = Store(db_url)
    try:
        pipeline = pipeline_from([[proc("flaky")]], max_attempts=1)
        clock = ManualClock()
        orch = orchestrator_for(store, pipeline, {"flaky": always_fails}, clock=clock)
        orch.start_run(date(2025, 3, 10), "same_day")
        [job] = queue.claim(store, worker_id="w", limit=1, now=clock.now(), lease_s=60)
        orch.executor("w").run(job)
    finally:
        store.dispose()
    env = _secret_env(db_url)
    result = run_tipoff(env, tmp_path, "monitor", "--once")
    output = result.stdout + result.stderr
    assert "1 dead letter(s)" in output, output
    assert "notifier_failed" in output and "webhook" in output and "email" in output, output
    _assert_no_secret(output)


def test_the_command_s_own_messages_blank_the_secrets(tmp_path: Path) -> None:
    """What the command prints beside the log (an error line, a supervised loop's failed
    turn) passes the same redaction: here a value typed where a secret was meant to go."""
    env = _secret_env(f"sqlite:///{tmp_path / 't.db'}")
    refused = run_tipoff(env, tmp_path, "status", "2025-03-10", "--pipeline", ODDS_KEY)
    assert refused.returncode == 2, refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert (
        line == "error: pipeline '***': neither a pipeline name (example, nba) nor a pipeline file"
    )
    _assert_no_secret(refused.stdout + refused.stderr)


def test_a_database_password_given_as_a_query_parameter_is_not_shown(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'none.db'}?password={DB_PASSWORD}"
    shown = run_tipoff(tipoff_env(url), tmp_path, "status", "2025-03-10")
    assert shown.returncode == 1, shown.stderr
    assert "none.db?password=*** has no tipoff tables yet" in shown.stdout
    _assert_no_secret(shown.stdout + shown.stderr)


def test_db_upgrade_names_the_database_without_a_query_password(
    postgres_url: str, tmp_path: Path
) -> None:
    url = f"{postgres_url}&password={DB_PASSWORD}"  # trust auth: the server ignores it
    upgraded = run_tipoff(tipoff_env(url), tmp_path, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert "&password=*** is up to date" in upgraded.stdout, upgraded.stdout
    _assert_no_secret(upgraded.stdout + upgraded.stderr)

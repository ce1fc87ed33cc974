"""A processor's error carrying secrets is stored without them, so nothing shows them.

Two processors fail with the settings' secrets in their messages, in a chained exception
and in their frames' locals: one raising, one whose write raises inside the commit. The
database password (PostgreSQL: the store's own URL has one), the odds API key, the alert
webhook and the API token must then appear nowhere: not in a row of any engine table, not
in what ``tipoff dlq list/show`` print, not in the alerts and the morning summary, not in
any answer of the HTTP API. The service shows a job's traceback to the API token's holder
only; without the token an error shows its first line.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from support.cli import run_tipoff, tipoff_env
from support.inbox import Inbox
from support.pipelines import EFFECTS_SCHEMA, drain, pipeline_from, proc, registry_for
from support.web import serving
from tipoff.engine.alerts import AlertBook
from tipoff.engine.breaker import CircuitBreaker
from tipoff.engine.clock import ManualClock
from tipoff.engine.health import health
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import metadata
from tipoff.engine.status import date_status, to_json
from tipoff.engine.store import Store
from tipoff.engine.summary import morning_summary
from tipoff.settings import load_settings
from tipoff.web import create_app

D = date(2025, 6, 2)
DB_PASSWORD = "pg-pw-Vq81xZ"
ODDS_KEY = "odds-key-3f9c27ab"
WEBHOOK = "https://hooks.slack.com/services/T0SECRET1/B0SECRET2/x0secret3x0secret3"
API_TOKEN = "api-token-7b1e5d0c9a4f"
ODDS_URL = f"https://api.the-odds-api.com/v4/sports/basketball_nba/odds?apiKey={ODDS_KEY}"


def with_password(url: str) -> str:
    """PostgreSQL: the test server trusts its clients, so a password in the URL is sent
    and ignored; the store holds a URL with a password as a real deployment's does."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    return parsed.set(username="postgres", password=DB_PASSWORD).render_as_string(
        hide_password=False
    )


def secrets_of(url: str) -> list[str]:
    """What must show nowhere: each secret and the parts of one that would give it away."""
    found = [ODDS_KEY, WEBHOOK, "/services/T0SECRET1/B0SECRET2", "x0secret3x0secret3", API_TOKEN]
    return found + ([DB_PASSWORD] if sa.make_url(url).password else [])


def leaky(url: str) -> Any:
    def raising(ctx: JobContext) -> Result:
        password = DB_PASSWORD  # locals a traceback could show
        settings = {"odds_api_key": ODDS_KEY, "webhook": WEBHOOK, "token": API_TOKEN}
        try:
            raise ConnectionError(f"connecting to {url} (password {password}) refused")
        except ConnectionError as exc:
            raise RuntimeError(
                f"odds {ODDS_URL} answered 401 for key {settings['odds_api_key']}\n"
                f"alerting {settings['webhook']} with bearer {settings['token']}"
            ) from exc

    return raising


def leaky_write(ctx: JobContext) -> Result:
    def write(conn: sa.Connection) -> int:
        key = ODDS_KEY
        raise ValueError(f"cannot store odds for key {key}: webhook {WEBHOOK} said no")

    return Result(records=1, write=write)


def everything_stored(store: Store) -> str:
    """Every row of every engine table, as text."""
    with store.read() as conn:
        return "\n".join(
            json.dumps([list(r) for r in conn.execute(sa.select(table))], default=str)
            for table in metadata.sorted_tables
        )


def assert_clean(where: str, text: str, secrets: list[str]) -> None:
    shown = [s for s in secrets if s in text]
    assert not shown, f"{where} shows {shown}:\n{text[:4000]}"


def test_secrets_in_a_processors_error_are_never_stored_or_shown(
    db_url: str, tmp_path: Path
) -> None:
    url = with_password(db_url)
    settings = load_settings(
        database_url=url, odds_api_key=ODDS_KEY, alert_webhook_url=WEBHOOK, api_token=API_TOKEN
    )
    secrets = secrets_of(url)
    store = Store(url, secrets=settings.secret_values())
    clock = ManualClock()
    pipeline = pipeline_from([[proc("odds"), proc("lines")]], max_attempts=2, retry_cap_s=1)
    registry = registry_for(pipeline, {"odds": leaky(url), "lines": leaky_write})
    try:
        orch = Orchestrator(
            store, pipeline, registry, clock=clock, schemas=[EFFECTS_SCHEMA], resources={}
        )
        orch.start_run(D, "same_day")
        drain(orch, clock, advance_s=5)
        # a source's failure on its circuit breaker, stored the same way
        CircuitBreaker(store, "odds-api", clock=clock).record_failure(f"GET {ODDS_URL}: 401")
        inbox = Inbox()
        Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock).check()
        report = health(store, orch.pipelines, clock=clock, day=D)
        morning = datetime(2025, 6, 2, 8, tzinfo=orch.pipeline().zone)
        summary = morning_summary(store, orch.pipeline(), report, at=morning)

        with store.read() as conn:
            errors = conn.execute(
                sa.text("SELECT last_error, last_traceback FROM jobs ORDER BY processor")
            ).all()
        # dead letters both, each error kept readable with its secrets blanked
        assert [e[0].splitlines()[0] for e in errors] == [
            "ValueError: cannot store odds for key ***: webhook *** said no",
            "RuntimeError: odds https://api.the-odds-api.com/v4/sports/basketball_nba/odds"
            "?apiKey=*** answered 401 for key ***",
        ]
        assert all("Traceback" in e[1] for e in errors)
        assert "ConnectionError: connecting to" in errors[1][1]  # the chained exception
        assert_clean("the database", everything_stored(store), secrets)
        assert inbox.events, "the monitor raised no dead-letter alert"
        assert_clean("the alerts", "\n".join(e.text() for e in inbox.events), secrets)
        assert_clean("the morning summary", f"{summary.message}\n{summary.details}", secrets)
        status = json.dumps(to_json(date_status(store, orch.pipeline(), D)), default=str)
        assert "answered 401" in status
        assert_clean("tipoff status --json", status, secrets)
        with store.read() as conn:
            dead = dict(conn.execute(sa.text("SELECT processor, id FROM jobs")).all())

        with serving(create_app(orch, api_token=API_TOKEN)) as base:
            public = [httpx.get(f"{base}/api/jobs/{j}") for j in dead.values()]
            token = {"Authorization": f"Bearer {API_TOKEN}"}
            holder = {p: httpx.get(f"{base}/api/jobs/{j}", headers=token) for p, j in dead.items()}
            reads = [
                httpx.get(f"{base}{path}")
                for path in (
                    "/api/dead-letters",
                    f"/api/status/{D}",
                    f"/api/timeline/{D}",
                    f"/api/grid?date={D}",
                    "/api/alerts",
                    "/api/engine",
                    "/api/health",
                )
            ]
    finally:
        store.dispose()

    for answer in [*public, *holder.values(), *reads]:
        assert answer.status_code == 200, answer.text
        assert_clean(str(answer.url), answer.text, secrets)
    for answer in public:  # no traceback, each error's first line
        job = answer.json()
        assert job["last_traceback"] is None and job["traceback_withheld"] is True
        assert job["last_error"] and "\n" not in job["last_error"]
        assert all("\n" not in (a["error"] or "") for a in job["history"])
        assert len(job["history"]) == 2  # a failed attempt, then the dead one
    for answer in holder.values():  # the token's holder reads the traceback, redacted all the same
        job = answer.json()
        assert "Traceback" in job["last_traceback"] and job["traceback_withheld"] is False
    assert "alerting *** with bearer ***" in holder["odds"].json()["last_error"]

    env = tipoff_env(
        url,
        TIPOFF_ODDS_API_KEY=ODDS_KEY,
        TIPOFF_ALERT_WEBHOOK_URL=WEBHOOK,
        TIPOFF_API_TOKEN=API_TOKEN,
    )
    commands = [["list", "--wide"], ["list", "--json"], *(["show", str(j)] for j in dead.values())]
    shown = [run_tipoff(env, tmp_path, "dlq", *args) for args in commands]
    for done in shown:
        assert done.returncode == 0, done.stderr
        assert_clean(f"tipoff {' '.join(done.args[3:])}", done.stdout + done.stderr, secrets)
    printed = "".join(done.stdout for done in shown)
    assert "Traceback" in printed and "apiKey=***" in printed

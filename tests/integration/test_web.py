"""The HTTP service on both databases: a real uvicorn server, spoken to with httpx."""

from __future__ import annotations

from datetime import timedelta

import httpx
import sqlalchemy as sa
from prometheus_client import CONTENT_TYPE_LATEST
from prometheus_client.parser import text_string_to_metric_families

from support import db
from support.pipelines import EFFECTS_SCHEMA, pipeline_from, proc, registry_for
from support.scenes import BREAKER, DAY, troubled_day
from support.web import serving
from tipoff.engine.clock import ManualClock
from tipoff.engine.migrations import schema_versions
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.schema import jobs, runs
from tipoff.engine.status import date_status, to_json
from tipoff.engine.store import ENGINE_SCHEMA, Store
from tipoff.web import create_app

TOKEN = "s3cret-token-for-tests"


def test_probes_metrics_and_the_read_api(store: Store) -> None:
    scene = troubled_day(store)
    app = create_app(scene.orch, schemas=[EFFECTS_SCHEMA])
    with serving(app) as base, httpx.Client(base_url=base, timeout=10) as http:
        assert http.get("/health").json() == {"status": "ok"}

        ready = http.get("/ready")
        assert ready.status_code == 200, ready.text
        assert ready.json()["status"] == "ready"
        assert ready.json()["schemas"]["engine"] == ENGINE_SCHEMA.version

        scraped = http.get("/metrics")
        assert scraped.status_code == 200
        assert scraped.headers["content-type"] == CONTENT_TYPE_LATEST
        samples = {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for f in text_string_to_metric_families(scraped.text)
            for s in f.samples
        }
        assert samples[("tipoff_dead_letters", ())] == 1
        assert samples[("tipoff_circuit_breaker_state", (("breaker", BREAKER),))] == 2

        status = http.get(f"/api/status/{DAY.isoformat()}", params={"pipeline": "t"})
        assert status.status_code == 200
        expected = to_json(date_status(store, scene.orch.pipeline(), DAY))
        assert status.json() == expected
        assert status.json()["runs"][0]["status"] == "complete"
        assert http.get("/api/status/today").json() == expected  # the clock's date

        bad = http.get("/api/status/2025-02-30")
        assert bad.status_code == 422
        assert bad.json()["detail"] == (
            "date: '2025-02-30' is not a valid date (day is out of range for month); "
            "expected YYYY-MM-DD"
        )
        assert http.get("/api/status/2025-12-29", params={"mode": "nightly"}).status_code == 422
        unknown = http.get("/api/status/2025-12-29", params={"pipeline": "nba"})
        assert unknown.status_code == 404 and "unknown pipeline 'nba'" in unknown.json()["detail"]
        assert http.get("/api/daily").status_code == 404  # the NBA pipeline's only

        report = http.get("/api/health").json()
        failing = {c["name"] for c in report["checks"] if not c["ok"]}
        assert report["needs_person"] and "circuit breakers" in failing
        # the dead processor b is optional: listed, as a warning, not a person's problem
        dead = next(c for c in report["checks"] if c["name"] == "dead letters")
        assert dead["ok"] and dead["detail"].endswith("(optional processors only: a warning)")

        engine = http.get("/api/engine").json()
        assert engine["dead_letters"] == 1
        assert engine["breakers"][0]["state"] == "open"
        assert {"pipeline": "t", "processor": "flaky", "count": 1} in engine["retried_jobs"]

        [dead] = http.get("/api/dead-letters").json()
        assert (dead["processor"], dead["data_date"], dead["attempts"]) == ("b", "2025-12-29", 2)
        assert http.get("/api/alerts").json() == {"open": [], "resolved": []}

        page = http.get("/", params={"date": "2025-12-29"})
        assert page.status_code == 200
        assert 'data-loaded="0"' in page.text and "__TIPOFF_" not in page.text  # filled in
        assert '<strong id="shown-date">2025-12-29</strong>' in page.text


def test_ready_is_503_without_the_schema_or_with_a_newer_one(store: Store) -> None:
    clock = ManualClock()
    pipeline = pipeline_from([[proc("a")]])
    orch = Orchestrator(store, pipeline, registry_for(pipeline), clock=clock, prepare=False)
    with serving(create_app(orch)) as base, httpx.Client(base_url=base, timeout=10) as http:
        missing = http.get("/ready")
        assert missing.status_code == 503
        assert missing.json()["status"] == "unavailable"
        assert "has no tipoff schema: run tipoff db upgrade" in missing.json()["reason"]
        # The metrics need the tables too; they say so rather than fail opaquely.
        assert http.get("/metrics").status_code == 503

        store.ensure_schema()
        assert http.get("/ready").status_code == 200
        with store.transaction() as conn:
            conn.execute(
                sa.update(schema_versions)
                .where(schema_versions.c.component == ENGINE_SCHEMA.name)
                .values(version=ENGINE_SCHEMA.version + 1)
            )
        newer = http.get("/ready")
        assert newer.status_code == 503
        assert newer.json()["reason"] == (
            f"schema 'engine' is at version {ENGINE_SCHEMA.version + 1}, newer than this "
            f"code's {ENGINE_SCHEMA.version}: upgrade tipoff"
        )


def test_manual_triggers_need_the_configured_token(store: Store) -> None:
    scene = troubled_day(store)
    body = {"phase": 1, "date": DAY.isoformat(), "mode": "same_day", "processors": ["b"]}
    with (
        serving(create_app(scene.orch)) as base,
        httpx.Client(base_url=base, timeout=10) as http,
    ):
        refused = http.post("/api/trigger", json=body)
        assert refused.status_code == 403
        assert refused.json()["detail"] == (
            "manual triggers over HTTP are disabled: set TIPOFF_API_TOKEN"
        )
        assert http.post("/api/heal", json={}).status_code == 403

    jobs_before = db.count(store, jobs)
    with (
        serving(create_app(scene.orch, api_token=TOKEN)) as base,
        httpx.Client(base_url=base, timeout=10) as http,
    ):
        assert http.post("/api/trigger", json=body).status_code == 401
        wrong = http.post("/api/trigger", json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        assert wrong.headers["www-authenticate"] == "Bearer"
        assert db.count(store, jobs) == jobs_before  # nothing was enqueued

        auth = {"Authorization": f"Bearer {TOKEN}"}
        done = http.post("/api/trigger", json=body, headers=auth)
        assert done.status_code == 202, done.text
        assert done.json() == {
            "pipeline": "t",
            "date": "2025-12-29",
            "mode": "same_day",
            "phase": 1,
            "run_id": scene.run.id,
            "forced_previous": False,
            "enqueued": ["b"],
        }
        rerun = db.rows(
            store,
            sa.select(jobs).where(jobs.c.processor == "b", jobs.c.trigger_source == "manual"),
        )
        assert len(rerun) == 1 and rerun[0]["status"] == "queued"

        conflict = http.post("/api/trigger", json={**body, "phase": 3}, headers=auth)
        assert conflict.status_code == 409
        assert "has no phase 3" in conflict.json()["detail"]
        invalid = http.post("/api/trigger", json={**body, "date": "tomorrow"}, headers=auth)
        assert invalid.status_code == 422

        healed = http.post("/api/heal", json={"date": "2025-12-29"}, headers=auth)
        assert healed.status_code == 200, healed.text
        assert set(healed.json()) == {"acted", "triggered", "requeued", "forced", "gave_up"}


def test_a_refused_trigger_over_http_writes_nothing(store: Store) -> None:
    scene = troubled_day(store)
    before = {t.name: db.count(store, t) for t in (runs, jobs)}
    later = (DAY + timedelta(days=1)).isoformat()  # a date without a run
    with (
        serving(create_app(scene.orch, api_token=TOKEN)) as base,
        httpx.Client(base_url=base, timeout=10) as http,
    ):
        auth = {"Authorization": f"Bearer {TOKEN}"}
        body = {"phase": 2, "date": later, "mode": "same_day"}
        refused = http.post("/api/trigger", json=body, headers=auth)
        assert refused.status_code == 409
        assert "has not started" in refused.json()["detail"]
    assert {t.name: db.count(store, t) for t in (runs, jobs)} == before


def test_a_database_error_answers_503_without_the_secrets_it_quotes(store: Store) -> None:
    """The driver's message reaches the client as one line, the settings' secrets blanked."""
    secret = "s3cr3t-password-in-a-driver-message"
    redacting = Store(store.url.render_as_string(hide_password=False), secrets=[secret])
    pipeline = pipeline_from([[proc("a")]])
    orch = Orchestrator(
        redacting, pipeline, registry_for(pipeline), clock=ManualClock(), prepare=False
    )
    app = create_app(orch)

    def broken() -> None:
        raise sa.exc.OperationalError(
            "SELECT 1", {}, Exception(f"auth failed for {secret}\nline 2")
        )

    app.add_api_route("/broken", broken)
    try:
        with serving(app) as base, httpx.Client(base_url=base, timeout=10) as http:
            answer = http.get("/broken")
        assert answer.status_code == 503
        assert answer.json() == {"detail": "database: auth failed for ***"}
    finally:
        redacting.dispose()

"""Every answer of the service matches its own OpenAPI schema (schemathesis, bounded).

Schemathesis reads ``/openapi.json`` from the app and generates requests for each read
endpoint from it (dates, days, job ids, view names, pipelines), over the simulated NBA days
(runs, a dead letter, predictions, grades); generated values seldom name a real date or
view, so the requests an operator's page makes are sent as well. Each answer must not be a
server error, must have a documented status and content type, and its body must validate
against the schema of that status: the pydantic models of the status, health, grid,
timeline, SLOs and jobs, and the refusals' ``{"detail": ...}``.
"""

from __future__ import annotations

from typing import Any

import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from support.sim_days import SimDays
from tipoff.engine.schema import jobs
from tipoff.web import create_app

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 25  # per endpoint: cheap on 2 cores, and reproducible (derandomized)


def test_every_answer_matches_the_schema(simulated_days: SimDays) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(simulated_days.orch))
    operations = {
        op.path: op for op in (r.ok() for r in schema.include(method="GET").get_all_operations())
    }
    assert set(operations) >= {"/api/status/{day}", "/api/grid", "/api/timeline/{day}"}
    for operation in operations.values():

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def answers_as_documented(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS)

        answers_as_documented()

    with simulated_days.orch.store.read() as conn:
        job_ids = [conn.execute(sa.select(sa.func.min(jobs.c.id))).scalar_one()]
        job_ids += conn.execute(sa.select(jobs.c.id).where(jobs.c.status == "dead")).scalars()
    dates = [*map(str, simulated_days.backfilled), str(simulated_days.stuck), "latest"]
    real: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
        ("/api/grid", {}, {"date": "latest", "days": 14}),
        *[("/api/status/{day}", {"day": d}, {}) for d in dates],
        *[("/api/timeline/{day}", {"day": d}, {}) for d in dates],
        *[("/api/jobs/{job_id}", {"job_id": j}, {}) for j in job_ids],
        *[
            ("/api/views/{name}", {"name": name}, {"date": d, "days": days})
            for name, days in (("predictions", 1), ("performance", 30), ("daily", 7))
            for d in dates
        ],
        ("/api/views/{name}", {"name": "no-such-view"}, {}),
        ("/api/slo", {}, {}),
        ("/api/alerts", {}, {"resolved": 10}),
        ("/api/dead-letters", {}, {}),
    ]
    for path, params, query in real:
        case = operations[path].Case(path_parameters=params, query=query)
        answer = case.call_and_validate(checks=CHECKS)
        expected = 404 if params.get("name") == "no-such-view" else 200
        assert answer.status_code == expected, (path, params, query, answer.text[:300])

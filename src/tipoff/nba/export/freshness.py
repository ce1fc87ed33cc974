"""How old the exports a website polls are, against what their schedules allow.

The files a page reads without knowing the date (``results/latest.json``,
``performance/latest.json``, ``tonight/all-players.json``) are rewritten by a daily
schedule at the latest: the results by the 05:00 ``results-export``, tonight's slate by the
13:00 ``tonight-export-backup`` (earlier when the day's run gets there first). A file is
stale once its schedule's latest run plus a grace (for the grading and exports that run
sets off, with their retries) has passed and it was not rewritten since; the age it may
have is the time since that run. The monitor alerts on a stale one
(``tipoff.engine.outputs``). The age is read from the document's own ``generated_at``, so
it holds whatever the bucket (a folder, object storage).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import structlog
from croniter import croniter

from tipoff.engine.outputs import OutputAge
from tipoff.engine.pipeline import PipelineDef
from tipoff.nba.export import keys
from tipoff.nba.export.processors import export_blueprint

log = structlog.get_logger("tipoff.nba.export")

GRACE_S = 2 * 3600.0  # the grading and exports a schedule sets off, with their retries

# each file and the schedule that rewrites it at the latest
LATEST = {
    keys.results_latest(): "results-export",
    keys.performance_latest(): "results-export",
    keys.tonight_all_players(): "tonight-export-backup",
}


@export_blueprint.outputs
def latest_exports(
    pipeline: PipelineDef, resources: Mapping[str, Any], now: float
) -> list[OutputAge]:
    bucket = resources.get("bucket")
    if bucket is None:
        return []
    schedules = {s.name: s for s in pipeline.schedules}
    local = datetime.fromtimestamp(now, tz=pipeline.zone)
    ages = []
    for key, name in LATEST.items():
        sched = schedules.get(name)
        if sched is None:  # a pipeline file without it: nothing promises the file
            continue
        # the schedule's latest run whose grace is over: the file must be newer than it
        due = croniter(sched.cron, local - timedelta(seconds=GRACE_S)).get_prev(datetime)
        age = None
        if bucket.exists(key):
            try:
                written = datetime.fromisoformat(json.loads(bucket.get_bytes(key))["generated_at"])
            except (ValueError, KeyError, TypeError) as exc:  # not an export of ours
                log.warning("export_unreadable", key=key, error=repr(exc))
            else:
                age = max(0.0, now - written.timestamp())
        rule = (
            f"not rewritten since {name} ran at {due:%a %H:%M %Z} "
            f"(due by {due + timedelta(seconds=GRACE_S):%H:%M})"
        )
        ages.append(OutputAge(key, age, now - due.timestamp(), rule))
    return ages

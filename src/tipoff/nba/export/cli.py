"""``tipoff export``: write exports by hand, and publish their JSON Schemas.

- ``tipoff export --date D [--only tonight,results]``: the date's exports, now;
- ``tipoff export --players [--min-games 5] [--date D]``: the player profiles (the weekly
  schedule's), as of the date (default today); with ``--only`` the date's exports too;
- ``tipoff export schemas [--out DIR]``: the JSON Schema of every document, under
  ``v1/schemas/`` in the bucket (or in a folder).

The exports run as jobs of their processors (under fresh keys, one attempt each) on an
embedded worker, so they are logged like any other run of them, and the command reports
which succeeded and how many files each wrote. Exit codes as the main command's: 0 every
export succeeded, 1 some failed (each says why), 2 bad input, one line on standard error.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from tipoff.errors import ConfigError

if TYPE_CHECKING:
    from tipoff.bucket import Bucket

EXIT_FAILED = 1
SCHEMAS_PREFIX = "v1/schemas"
WAIT_S = 600.0  # a guard against a hung export, not a speed limit

# what --only names, and the processor that writes it (see processors.py for the files)
KINDS = {
    "tonight": "export_tonight",  # predictions, streaks (same_day: tonight/*, best-bets)
    "results": "export_results",  # results, best-bets with outcomes, the latest.json copies
}

out = Console(highlight=False, soft_wrap=True)

app = typer.Typer(
    help="Exports for a website: write them by hand, publish their JSON Schemas.",
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback(invoke_without_command=True)
def export(
    ctx: typer.Context,
    date_: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="The date to export, YYYY-MM-DD (with --players: the profiles' date, "
            "default today; add --only for the date's exports too).",
        ),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(
            "--only",
            help="Comma-separated: tonight (predictions, streaks; for today also the tonight "
            "files and best bets), results (results, best bets, the latest.json copies). "
            "Default: both.",
        ),
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option(
            "--mode",
            help="same_day (rewrites the tonight files) or backfill (the date's own files "
            "only). Default: same_day for today (New York time), backfill otherwise.",
        ),
    ] = None,
    players: Annotated[
        bool, typer.Option("--players", help="The player profiles (players/<id>.json).")
    ] = False,
    min_games: Annotated[
        int | None,
        typer.Option(
            "--min-games",
            min=1,
            help="With --players: games this season a player needs (default: the "
            "pipeline's profile_min_games, 5).",
        ),
    ] = None,
) -> None:
    """Write the exports of a date (--date) or the player profiles (--players) now, and
    report which succeeded."""
    if ctx.invoked_subcommand is not None:
        return
    from tipoff.dates import parse_data_date
    from tipoff.nba.game_status import ET

    if min_games is not None and not players:
        raise ConfigError("--min-games goes with --players")
    if mode is not None and date_ is None:
        raise ConfigError("--mode goes with --date")
    if only is not None and date_ is None:
        raise ConfigError("--only goes with --date")
    if date_ is None and not players:
        raise ConfigError("name --date D (and --only), or --players")
    try:
        day = parse_data_date(date_, "--date") if date_ is not None else None
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    kinds = [k.strip() for k in (only or ",".join(KINDS)).split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise ConfigError(f"--only: unknown export {', '.join(unknown) or '(none)'} "
                          f"(known: {', '.join(KINDS)})")  # fmt: skip
    if mode not in (None, "same_day", "backfill"):
        raise ConfigError(f"--mode: {mode!r} is not same_day or backfill")
    today = datetime.now(ET).date()
    jobs: list[tuple[str, str, date, str | None, dict[str, Any]]] = []
    # with --players, --date is the profiles' date; the date's own exports need --only
    if day is not None and (only is not None or not players):
        run_mode = mode or ("same_day" if day == today else "backfill")
        jobs += [(k, KINDS[k], day, run_mode, {}) for k in kinds]
    if players:
        extra = {} if min_games is None else {"profile_min_games": min_games}
        jobs.append(("players", "export_player_profiles", day or today, None, extra))
    failed = _run(jobs)
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _run(jobs: list[tuple[str, str, date, str | None, dict[str, Any]]]) -> int:
    """Enqueue the exports, run them on an embedded worker, report each; the failures."""
    import sqlalchemy as sa

    from tipoff import pipelines
    from tipoff.engine import queue
    from tipoff.engine.schema import jobs as jobs_table
    from tipoff.engine.states import JobStatus
    from tipoff.engine.store import existing_store
    from tipoff.logs import configure_logging
    from tipoff.redact import redact_url
    from tipoff.settings import load_settings

    settings = load_settings()
    configure_logging(
        level=settings.log_level, fmt=settings.log_format, secrets=settings.secret_values()
    )
    store = existing_store(settings.database_url, secrets=settings.secret_values())
    if store is None:
        raise ConfigError(
            f"the database {redact_url(settings.database_url)} has no tipoff tables yet "
            "(run tipoff db upgrade --pipeline nba)"
        )
    orch = pipelines.load("nba").orchestrator(settings, store, prepare=False)
    clock = orch.clock
    pipeline = orch.pipeline()
    batch = uuid.uuid4().hex[:12]
    specs = []
    for kind, name, day, mode, extra in jobs:
        proc = pipeline.processor(name)
        specs.append(
            queue.JobSpec(
                key=f"manual/export/{batch}/{kind}/{day.isoformat()}",
                pipeline=pipeline.pipeline,
                processor=name,
                data_date=day,
                mode=mode,
                params={**proc.params, **extra},
                max_attempts=1,  # by hand: a failure is reported now, not retried later
                timeout_s=pipeline.timeout_s(proc),
                trigger_source="manual",
            )
        )
    with store.transaction() as conn:
        ids = queue.enqueue(store, conn, specs, now=clock.now())
    worker = orch.worker(concurrency=max(1, min(len(ids), settings.worker_concurrency)))
    worker.start()
    settled = (JobStatus.SUCCEEDED.value, JobStatus.DEAD.value)
    deadline = time.monotonic() + WAIT_S
    try:
        while True:
            with store.read() as conn:
                rows = {
                    r.id: r
                    for r in conn.execute(
                        sa.select(
                            jobs_table.c.id,
                            jobs_table.c.status,
                            jobs_table.c.records,
                            jobs_table.c.last_error,
                        ).where(jobs_table.c.id.in_(ids))
                    )
                }
            if all(r.status in settled for r in rows.values()) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    finally:
        worker.stop()
    failed = 0
    for (kind, _name, day, mode, _extra), job_id in zip(jobs, ids, strict=True):
        row = rows[job_id]
        what = f"{kind} {day.isoformat()}" + (f" ({mode})" if mode else "")
        if row.status == JobStatus.SUCCEEDED.value:
            out.print(f"ok     {what}: {row.records or 0} file(s) written", markup=False)
            continue
        failed += 1
        why = (row.last_error or f"still {row.status} after {WAIT_S:.0f} s").splitlines()[0]
        out.print(f"FAILED {what}: {why} (job {job_id}; tipoff dlq show {job_id})", markup=False)
    return failed


@app.command("schemas")
def schemas_command(
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write them in this folder instead of the bucket's v1/schemas/.",
            file_okay=False,
        ),
    ] = None,
) -> None:
    """Publish the JSON Schema of every export document and an index, in v1/schemas/."""
    from tipoff.bucket import Bucket
    from tipoff.settings import load_settings

    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        written = publish_schemas(Bucket(str(out_dir)), prefix="")
        where = str(out_dir)
    else:
        url = load_settings().bucket_url
        written = publish_schemas(Bucket(url))
        where = f"{url.rstrip('/')}/{SCHEMAS_PREFIX}"
    out.print(f"{len(written)} schema file(s) written under {where}:", markup=False)
    for key in written:
        out.print(f"  {key}", markup=False)


def publish_schemas(bucket: Bucket, prefix: str = SCHEMAS_PREFIX) -> list[str]:
    """Write ``<Document>.schema.json`` for every document and ``index.json`` (document
    path under v1/ → its schema file); returns the keys written."""
    from tipoff.nba.export.models import DOCUMENTS, SCHEMA_VERSION

    def key(name: str) -> str:
        return f"{prefix}/{name}" if prefix else name

    written = []
    index: dict[str, str] = {}
    for path, model in DOCUMENTS.items():
        name = f"{model.__name__}.schema.json"
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  **model.model_json_schema()}  # fmt: skip
        bucket.put_bytes(key(name), json.dumps(schema, indent=1, sort_keys=True).encode())
        written.append(key(name))
        index[f"{path}.json"] = name
    body = {"schema_version": SCHEMA_VERSION, "documents": index}
    bucket.put_bytes(key("index.json"), json.dumps(body, indent=1, sort_keys=True).encode())
    return [*written, key("index.json")]

"""tipoff dlq show: every attempt, numbered without repeats, and those lost to
infrastructure told apart from the processor's own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa

from support.cli import run_tipoff, tipoff_env
from support.pipelines import always_fails, drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import manual, queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.store import Store

D = date(2025, 6, 2)


def test_dlq_show_numbers_attempts_on_and_counts_those_lost_apart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tipoff.db'}"
    store = Store(url)
    clock = ManualClock()

    def broken(ctx: JobContext) -> Result:
        raise RuntimeError("upstream answers 0 teams")

    try:
        orch = orchestrator_for(
            store, pipeline_from([[proc("a")]], max_attempts=1), {"a": broken}, clock=clock
        )
        orch.start_run(D, "same_day")
        # its first worker dies (an attempt lost, not charged), then it fails on its own
        queue.claim(store, worker_id="doomed", limit=1, now=clock.now(), lease_s=30)
        clock.advance(31)
        orch.executor("sweeper").recover_expired()
        drain(orch, clock)
        [dead] = manual.dead_letters(store)
        first = run_tipoff(tipoff_env(url), tmp_path, "dlq", "show", str(dead.job_id))
        assert first.returncode == 0, first.stderr
        assert first.stdout.splitlines()[0].endswith(
            "dead after 1 attempt(s) and 1 lost to infrastructure (not counted)"
        )
        # put back once and failing again: the attempt numbers go on
        manual.retry_dead(store, [dead.job_id], now=clock.now())
        drain(orch, clock)
    finally:
        store.dispose()
    shown = run_tipoff(tipoff_env(url), tmp_path, "dlq", "show", str(dead.job_id))
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].endswith("dead after 1 attempt(s)")  # fresh attempts after the retry
    attempts = [line.split(":")[0].strip() for line in lines if line.startswith("  attempt ")]
    assert attempts == ["attempt 1", "attempt 2", "attempt 3"]
    assert "  attempt 1: lost lease expired" in shown.stdout


def tables(url: str) -> set[str]:
    store = Store(url)
    try:
        return set(sa.inspect(store.engine).get_table_names())
    finally:
        store.dispose()


def test_dlq_retry_leaves_the_schema_as_it_is(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tipoff.db'}"
    store = Store(url)
    clock = ManualClock()
    try:  # a dead letter in a database with the engine's tables only
        pipeline = pipeline_from([[proc("a")]], max_attempts=1)
        orch = orchestrator_for(store, pipeline, {"a": always_fails}, clock=clock)
        orch.start_run(D, "same_day")
        drain(orch, clock)
        [dead] = manual.dead_letters(store)
    finally:
        store.dispose()
    before = tables(url)
    env = tipoff_env(url, TIPOFF_PIPELINE="nba", TIPOFF_BUCKET_URL=str(tmp_path / "bucket"))
    refused = run_tipoff(env, tmp_path, "dlq", "retry", "999999")
    assert refused.returncode == 2, refused.stderr
    assert "no job with id 999999" in refused.stderr
    retried = run_tipoff(env, tmp_path, "dlq", "retry", str(dead.job_id))
    assert retried.returncode == 0, retried.stderr
    assert "requeued 1 dead letter(s)" in retried.stdout
    assert tables(url) == before  # the NBA pipeline's warehouse tables were not created


LONG_ERROR = (
    "QuarantinedDocument: the roster of 2025-06-02 failed validation at "
    "bucket://tipoff-raw/nba/rosters/2025-06-02/a-very-long-document-name-without-spaces.json: "
    "0 players for 30 teams (expected at least 13 a team); first rows: "
    + ", ".join(f"team {i} has no players" for i in range(12))
)


def dead_letters_with_long_errors(url: str, n: int) -> None:
    store = Store(url)
    clock = ManualClock()

    def broken(ctx: JobContext) -> Result:
        raise RuntimeError(LONG_ERROR + "\nTraceback line that is not the message")

    try:
        orch = orchestrator_for(
            store,
            pipeline_from([[proc(f"raw_player_props_{i}") for i in range(n)]], max_attempts=1),
            {f"raw_player_props_{i}": broken for i in range(n)},
            clock=clock,
        )
        orch.start_run(D, "same_day")
        drain(orch, clock)
    finally:
        store.dispose()


def test_dlq_list_reads_at_80_columns_and_wide_gives_a_line_a_job(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tipoff.db'}"
    dead_letters_with_long_errors(url, 3)
    env = tipoff_env(url, COLUMNS="80")
    shown = run_tipoff(env, tmp_path, "dlq", "list")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "3 dead letter(s), newest first"
    # 80 columns at most; only a word longer than a line (the document's path) overflows,
    # alone on its line, whole, so it can be copied
    assert all(len(line) <= 80 or len(line.split()) == 1 for line in lines), lines
    heads = [line for line in lines if line.startswith("job ")]
    assert len(heads) == 3
    for head in heads:  # the job's facts on one line, not one word per line
        assert head.split()[3:] == ["phase", "1", "2025-06-02", "same_day", "1", "attempt(s)"]
    # each error in full, on lines of its own below its job, wrapped between words only
    blocks = shown.stdout.split("\njob ")[1:]
    expected = f"RuntimeError: {LONG_ERROR}".split()
    for block in blocks:
        words = [w for line in block.splitlines()[1:] for w in line.split()]
        assert words == expected, block
        assert all(line.startswith("    ") for line in block.splitlines()[1:])
    assert "Traceback line" not in shown.stdout  # the first line of the error only

    wide = run_tipoff(env, tmp_path, "dlq", "list", "--wide")
    assert wide.returncode == 0, wide.stderr
    [title, *jobs] = wide.stdout.splitlines()
    assert title == "3 dead letter(s), newest first" and len(jobs) == 3
    assert all(line.startswith("job ") and line.endswith(LONG_ERROR) for line in jobs), jobs

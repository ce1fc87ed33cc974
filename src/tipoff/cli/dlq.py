"""``tipoff dlq``: the dead letters, jobs that failed their last attempt."""

from __future__ import annotations

import functools
import json
import textwrap
from typing import Annotated, Any

import typer

from tipoff.cli.common import orchestrator, out, read_settings, say, tipoff_store
from tipoff.engine.store import Store
from tipoff.errors import BadInput
from tipoff.settings import Settings

dlq_app = typer.Typer(
    help="Dead letters: jobs that failed their last attempt.", no_args_is_help=True
)


@dlq_app.command("list")
def dlq_list(
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    wide: Annotated[
        bool,
        typer.Option("--wide", help="One line per job, the error's first line in full."),
    ] = False,
) -> None:
    """Dead-lettered jobs, newest first: each job on a line, its error on the next lines
    (wrapped between words to the terminal's width)."""
    from tipoff.engine.manual import dead_letters

    store = tipoff_store(read_settings())
    dead = dead_letters(store, limit=limit)
    if as_json:
        out.print_json(json.dumps([{**d.__dict__, "data_date": str(d.data_date)} for d in dead]))
        return
    if not dead:
        say("no dead letters")
        return
    say(f"{len(dead)} dead letter(s), newest first")
    for line in _dead_letter_lines(dead, width=None if wide else max(out.width, 40)):
        say(line)  # soft wrap: a --wide line is never folded


def _dead_letter_lines(dead: list[Any], *, width: int | None) -> list[str]:
    """Each dead letter's job on a line (columns aligned while they fit) and its error's
    first line under it, wrapped between words to ``width``; ``None``: one line a job."""
    rows = [
        (
            f"job {d.job_id}",
            f"{d.pipeline}/{d.processor}",
            f"phase {d.phase or '-'}",
            str(d.data_date or "-"),
            d.mode or "-",
            f"{d.attempts} attempt(s)",
        )
        for d in dead
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines: list[str] = []
    for d, row in zip(dead, rows, strict=True):
        head = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        error = (d.error or "").strip()
        first = error.splitlines()[0] if error else ""
        if width is None:
            lines.append(f"{head}  {first}".rstrip())
            continue
        if len(head) > width:
            head = " ".join(row)
        # a word longer than a line (a document's path) stays whole, on a line of its own
        wrap = functools.partial(
            textwrap.wrap, width=width, break_long_words=False, break_on_hyphens=False
        )
        lines += wrap(head, subsequent_indent="  ")
        error_line = first or "(no error recorded)"
        lines += wrap(error_line, initial_indent=" " * 4, subsequent_indent=" " * 4)
    return lines


@dlq_app.command("show")
def dlq_show(job_id: Annotated[int, typer.Argument(help="Job id.")]) -> None:
    """One dead letter: its error, traceback and every attempt."""
    from tipoff.engine.manual import dead_letter_detail

    detail = dead_letter_detail(tipoff_store(read_settings()), job_id)
    job = detail["job"]
    say(
        f"job {job['id']} {job['pipeline']}/{job['processor']} {job['data_date']} "
        f"({job['mode']}): {job['status']} after {job['attempts']} attempt(s)"
        + (
            f" and {job['infra_attempts']} lost to infrastructure (not counted)"
            if job["infra_attempts"]
            else ""
        )
    )
    for a in detail["attempts"]:
        say(f"  attempt {a['attempt']}: {a['status']} {a['error'] or ''}")
    if job["last_traceback"]:
        say(job["last_traceback"])


def _dead_letter_target(
    settings: Settings, job_ids: list[int] | None, all_: bool
) -> tuple[Store, list[int] | None]:
    """The store and the dead letters a command acts on (None: all of them)."""
    if not job_ids and not all_:
        raise BadInput("name job ids or --all")
    return tipoff_store(settings), None if all_ else job_ids


@dlq_app.command("retry")
def dlq_retry(
    job_ids: Annotated[list[int] | None, typer.Argument(help="Job ids.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every dead letter.")] = False,
) -> None:
    """Put dead letters back in the queue with fresh attempts; a job that reads another
    processor's output (input_from) has that one re-run first, under a fresh key."""
    from tipoff.engine.manual import retry_with_inputs

    settings = read_settings()
    store, targets = _dead_letter_target(settings, job_ids, all_)
    # the pipelines say which jobs read another's output; the schema is left as it is
    orch = orchestrator(settings, None, store=store, prepare=False)
    done = retry_with_inputs(orch.store, orch.pipelines, targets, now=orch.clock.now())
    for r in done:
        say(f"retry: {r.describe()}")
    say(f"requeued {len(done)} dead letter(s)")


@dlq_app.command("purge")
def dlq_purge(
    job_ids: Annotated[list[int] | None, typer.Argument(help="Job ids.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every dead letter.")] = False,
) -> None:
    """Delete dead letters (their execution-log rows stay)."""
    from tipoff.engine.manual import purge_dead

    store, ids = _dead_letter_target(read_settings(), job_ids, all_)
    n = purge_dead(store, ids)
    say(f"purged {n} dead letter(s)")

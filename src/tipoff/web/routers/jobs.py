"""Jobs: one job with its attempts (``tipoff dlq show``) and the dead letters (``tipoff dlq
list``). Reads are public, but an error's whole text and a traceback are the token
holder's only: a traceback quotes code and the messages of chained exceptions, which an
error's first line leaves out."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from tipoff.engine import manual
from tipoff.engine.timeline import first_line
from tipoff.errors import QueueError
from tipoff.web import models
from tipoff.web.service import StoreDep, TokenHolder

MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL; a larger one is no job's

router = APIRouter()


@router.get("/api/jobs/{job_id}", response_model=models.JobOut)
def job(
    job_id: Annotated[int, Path(ge=1, le=MAX_ID)], store: StoreDep, holder: TokenHolder
) -> dict[str, Any]:
    """With ``Authorization: Bearer <TIPOFF_API_TOKEN>``: the errors whole and the
    traceback. Without: each error's first line, no traceback (it quotes code and the
    messages of chained exceptions, which the first line leaves out)."""
    try:
        found = manual.dead_letter_detail(store, job_id)
    except QueueError:
        raise HTTPException(404, f"no job with id {job_id}") from None
    j = found["job"]
    shown = {
        **j,
        "data_date": None if j["data_date"] is None else str(j["data_date"]),
        "history": found["attempts"],
        "traceback_withheld": False,
    }
    if holder:
        return shown
    return {
        **shown,
        "last_error": first_line(j["last_error"]),
        "last_traceback": None,
        "traceback_withheld": j["last_traceback"] is not None,
        "history": [{**a, "error": first_line(a["error"])} for a in found["attempts"]],
    }


@router.get("/api/dead-letters", response_model=list[models.DeadLetterOut])
def dead_letters(
    store: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 50
) -> list[dict[str, Any]]:
    return [
        {
            **d.__dict__,
            "data_date": None if d.data_date is None else str(d.data_date),
            "error": first_line(d.error),  # the whole error with the token (/api/jobs)
        }
        for d in manual.dead_letters(store, limit=limit)
    ]

"""What the benchmarks share: a throwaway database, quiet logs, one JSON line out.

Every benchmark prints exactly one JSON object on stdout (so results can be collected and
compared over time) and sends everything else to stderr. A failure prints its traceback
to stderr and exits non-zero.

PostgreSQL runs use ``TIPOFF_DATABASE_URL`` (default below), each in a fresh schema
``bench_<random>`` selected through the connection's ``search_path`` and dropped
afterwards. SQLite runs use a file in a temporary directory (WAL, as in production),
removed afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
import structlog

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgres")


def quiet_logs() -> None:
    """Warnings and errors only, all on stderr: stdout carries the result alone."""
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
    )


def parser(description: str, *, backends: Sequence[str] = BACKENDS) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--backend", choices=backends, default=backends[0])
    return p


def postgres_base_url() -> sa.URL:
    url = sa.make_url(os.environ.get("TIPOFF_DATABASE_URL") or DEFAULT_POSTGRES_URL)
    if url.get_backend_name() != "postgresql":
        raise SystemExit(f"TIPOFF_DATABASE_URL is not a PostgreSQL URL: {url!r}")
    return url.set(drivername="postgresql+psycopg")


def _libpq(url: sa.URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@contextlib.contextmanager
def database(backend: str) -> Iterator[str]:
    """Yield the URL of an empty database for one benchmark run; remove it afterwards."""
    if backend == "sqlite":
        directory = tempfile.mkdtemp(prefix="tipoff-bench-")
        try:
            yield f"sqlite:///{directory}/bench.db"
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        return

    import psycopg
    from psycopg import sql

    base = postgres_base_url()
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(base), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(base), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


def machine() -> dict[str, Any]:
    """What else the machine was doing: figures from a busy 2-core box are not comparable."""
    return {"cpus": os.cpu_count(), "load_1m_at_start": round(os.getloadavg()[0], 2)}


def check_alive(procs: Sequence[Any]) -> None:
    """Fail fast when a worker process died instead of waiting for a timeout."""
    dead = [f"{p.name} (exit {p.exitcode})" for p in procs if p.exitcode is not None]
    if dead:
        raise RuntimeError(f"worker process(es) exited early: {', '.join(dead)}")


def wait_ready(ready: Any, procs: Sequence[Any], timeout_s: float) -> None:
    """Wait until every worker process released ``ready`` once (its worker is started)."""
    deadline = time.monotonic() + timeout_s
    started = 0
    while started < len(procs):
        if ready.acquire(timeout=0.1):
            started += 1
            continue
        check_alive(procs)
        if time.monotonic() > deadline:
            raise RuntimeError(f"worker processes not ready after {timeout_s:g}s")


def peak_rss_mb() -> float:
    """This process's peak resident set size so far (Linux reports ru_maxrss in KiB)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kib / 1024, 1)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil
    return ordered[int(rank) - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def run_main(bench: Callable[[], dict[str, Any]]) -> None:
    """Run a benchmark; print its result as one JSON object, or fail with a non-zero exit."""
    quiet_logs()
    context = machine()
    try:
        result = {**bench(), **context}
    except Exception:
        traceback.print_exc(file=sys.stderr)
        sys.exit(1)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def stop_workers(stop: Any, procs: Sequence[Any], timeout_s: float = 30.0) -> None:
    """Tell worker processes to stop, wait for them, kill any that hang."""
    stop.set()
    for proc in procs:
        proc.join(timeout=timeout_s)
        if proc.is_alive():
            proc.kill()

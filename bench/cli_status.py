"""How long `tipoff status DATE` takes, start to exit, as a person or a script would run it.

The database holds one completed run of the example pipeline for the date (so the answer
is a full report); each sample is a fresh ``tipoff status`` process. The target is under
a second; the figures are the median and the slowest of the samples, and the median of
the same report made in a process that has already loaded its libraries (as the HTTP
service's ``/api/status/{date}`` does), which separates the work from the imports, and
the median of the command run without the entry point's collector pause
(``tipoff.launcher``), which shows what the pause saves.

    python bench/cli_status.py [--backend sqlite|postgres] [--samples N]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from _common import database, median, ms, parser, run_main
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.status import date_status, render_text
from tipoff.engine.store import Store
from tipoff.pipelines import load

DAY = date(2025, 12, 29)
TIPOFF = Path(sys.executable).with_name("tipoff")
DIRECT = "import sys; sys.argv[0] = 'tipoff'; from tipoff.cli import main; main()"


def bench() -> dict[str, Any]:
    cli = parser("Time `tipoff status DATE` from start to exit.")
    cli.add_argument("--samples", type=int, default=10)
    args = cli.parse_args()
    samples = args.samples
    with database(args.backend) as url:
        loaded = load("example")
        store = Store(url)
        orch = Orchestrator(store, loaded.definition, loaded.registry, schemas=loaded.schemas)
        [state] = orch.run_dates([DAY], "backfill", concurrency=2, timeout_s=60)
        assert state.finished, state
        work = []  # the same answer in a process that has its imports loaded (the service)
        for _ in range(samples):
            start = time.perf_counter()
            render_text(date_status(store, loaded.definition, DAY))
            work.append(time.perf_counter() - start)
        store.dispose()
        env = {**os.environ, "TIPOFF_DATABASE_URL": url, "TIPOFF_PIPELINE": "example"}
        args_ = ["status", DAY.isoformat()]
        times = _timed([str(TIPOFF), *args_], env, samples)
        # the same command without the launcher (the collector left on while loading)
        direct = _timed([sys.executable, "-c", DIRECT, *args_], env, samples)
    return {
        "bench": "cli_status",
        "backend": args.backend,
        "samples": samples,
        "status_median_ms": ms(median(times)),
        "status_max_ms": ms(max(times)),
        "in_process_median_ms": ms(median(work)),
        "without_launcher_median_ms": ms(median(direct)),
        "target_ms": 1000,
    }


def _timed(command: list[str], env: dict[str, str], samples: int) -> list[float]:
    """Seconds per run of ``command``, a fresh process each time."""
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode != 0 or "_triggered: TRUE" not in done.stdout:
            raise RuntimeError(f"tipoff status failed ({done.returncode}): {done.stderr}")
    return times


if __name__ == "__main__":
    run_main(bench)

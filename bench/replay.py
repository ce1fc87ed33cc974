"""Replay benchmark: real seasons backfilled through the whole pipeline, as a user runs them.

    .venv/bin/python bench/replay.py [--backend sqlite|postgres] [--data-dir DIR]
                                     [--train-seasons 2015-16..2019-20]
                                     [--seasons 2020-21,2021-22,2022-23,2023-24]
                                     [--model-bucket URL] [--days N]

The commands a user types, as subprocesses: ``tipoff model train`` on the training seasons
(skipped with ``--model-bucket``, a bucket that already holds a model), then, season after
season in one database, ``tipoff backfill --source replay --param prediction_mode=fallback``
from the season's first game day to its last (every day in between, as a backfill walks the
calendar). The replay source serves the shared data's game logs (``../shared/data/nba``)
through the same HTTP client stack as the live source.

One JSON object: the training's seconds, then per season its dates, the dates complete,
jobs, dead letters, wall and CPU seconds, seconds per date and the backfill process's peak
RSS; the totals; the database's size (SQLite only); and the machine's load. A season
replayed into an empty database has nobody's history at first: its opening dates skip
every player as ``needs_bootstrap`` and end ``complete_degraded``, which is counted, not
failed. Any other incomplete date or a dead letter fails the benchmark (exit 1) after
printing what it got.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "nba"
TIPOFF = str(Path(sys.executable).with_name("tipoff"))
MISSED = re.compile(r"outcome missed: (?P<date>\d{4}-\d{2}-\d{2}) ")
SUMMARY = re.compile(
    r"backfill: (?P<complete>\d+)/(?P<dates>\d+) dates complete"
    r"(?: \((?P<degraded>\d+) complete_degraded\))?, (?P<jobs>\d+) jobs, (?P<dead>\d+) dead letters"
)


def season_span(data_dir: Path, season: str, days: int | None) -> tuple[str, str]:
    """The first and last game day of a season's player game log (ISO dates); with
    ``days``, the last of its first ``days`` game days."""
    path = data_dir / "player_logs" / f"player_logs_{season}.csv"
    if not path.is_file():
        raise SystemExit(f"{path}: no player game log for season {season}")
    with path.open(newline="") as f:
        game_days = sorted({row["GAME_DATE"][:10] for row in csv.DictReader(f)})
    if not game_days:
        raise SystemExit(f"{path}: no games")
    return game_days[0], game_days[: days or len(game_days)][-1]


def timed(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run one command; its wall and CPU seconds, peak RSS, exit code and output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=err)
        # wait4 reports this child's own resource usage (CPU, peak RSS), not all children's.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {
            "exit": proc.returncode,
            "wall_s": round(wall, 1),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "stdout": out.read().decode(errors="replace"),
            "stderr": err.read().decode(errors="replace"),
        }


def bench(args: Any) -> dict[str, Any]:
    data_dir = Path(args.data_dir).resolve()
    if not (data_dir / "player_logs").is_dir():
        raise SystemExit(f"{data_dir}: not the shared NBA data (no player_logs/)")
    seasons = [s.strip() for s in args.seasons.split(",") if s.strip()]
    spans = {season: season_span(data_dir, season, args.days) for season in seasons}
    with _common.database(args.backend) as url, tempfile.TemporaryDirectory() as work:
        bucket = args.model_bucket or str(Path(work) / "bucket")
        env = {
            **os.environ,
            "TIPOFF_DATABASE_URL": url,
            "TIPOFF_BUCKET_URL": bucket,
            "TIPOFF_NBA_DATA": str(Path(work) / "data"),
            "TIPOFF_REPLAY_DATA_DIR": str(data_dir),
            "TIPOFF_LOG_LEVEL": "WARNING",
        }
        result: dict[str, Any] = {"backend": args.backend, "seasons": {}}
        if args.model_bucket:
            result["train_s"] = None
        else:
            train = timed([TIPOFF, "model", "train", "--train-seasons", args.train_seasons], env)
            if train["exit"] != 0:
                raise RuntimeError(f"model train failed: {train['stderr'][-2000:]}")
            result["train_s"] = train["wall_s"]
            result["train_cpu_s"] = train["cpu_s"]
            print(f"trained in {train['wall_s']} s", file=sys.stderr)
        failed = []
        for season, (start, end) in spans.items():
            run = timed(
                [
                    TIPOFF,
                    "backfill",
                    "--start",
                    start,
                    "--end",
                    end,
                    "--source",
                    "replay",
                    "--param",
                    "prediction_mode=fallback",
                ],
                env,
            )
            match = SUMMARY.search(run["stdout"])
            if match is None:
                raise RuntimeError(
                    f"{season}: no backfill summary (exit {run['exit']}): {run['stderr'][-2000:]}"
                )
            figures = {k: int(v or 0) for k, v in match.groupdict().items()}
            # A season replayed into an empty database starts with nobody's history: its
            # first dates skip every player as needs_bootstrap (a degraded outcome, not a
            # failure). Any other reason is a failure of the benchmark. Counted by date, so
            # one date said twice cannot stand for another.
            bootstrap: set[str] = set()
            other = []
            for line in run["stderr"].splitlines():
                missed = MISSED.match(line)
                if missed is None:
                    continue
                if "predicted (skipped: needs_bootstrap" in line:
                    bootstrap.add(missed["date"])
                else:
                    other.append(line)
            figures["degraded_bootstrap_only"] = len(bootstrap)
            result["seasons"][season] = {
                "start": start,
                "end": end,
                **figures,
                "wall_s": run["wall_s"],
                "cpu_s": run["cpu_s"],
                "s_per_date": round(run["wall_s"] / max(1, figures["dates"]), 2),
                "peak_rss_mb": run["peak_rss_mb"],
                "exit": run["exit"],
            }
            print(f"{season}: {result['seasons'][season]}", file=sys.stderr)
            if other:
                print("\n".join(other), file=sys.stderr)
            if figures["complete"] + len(bootstrap) != figures["dates"] or figures["dead"] or other:
                failed.append(season)
        per = result["seasons"].values()
        result["total"] = {
            "dates": sum(s["dates"] for s in per),
            "complete": sum(s["complete"] for s in per),
            "degraded": sum(s["degraded"] for s in per),
            "jobs": sum(s["jobs"] for s in per),
            "dead": sum(s["dead"] for s in per),
            "backfill_wall_s": round(sum(s["wall_s"] for s in per), 1),
            "backfill_cpu_s": round(sum(s["cpu_s"] for s in per), 1),
        }
        if args.backend == "sqlite":
            result["db_mb"] = round(Path(url.removeprefix("sqlite:///")).stat().st_size / 2**20, 1)
    if failed:
        print(json_line(result), flush=True)
        raise RuntimeError(f"dates left incomplete in {', '.join(failed)}")
    return result


def json_line(result: dict[str, Any]) -> str:
    return json.dumps({**result, **_common.machine()})


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def main() -> None:
    p = _common.parser(__doc__.splitlines()[0])
    p.add_argument("--data-dir", default=os.environ.get("TIPOFF_REPLAY_DATA_DIR") or DEFAULT_DATA)
    p.add_argument("--train-seasons", default="2015-16..2019-20")
    p.add_argument("--seasons", default="2020-21,2021-22,2022-23,2023-24")
    p.add_argument("--model-bucket", default=None)
    p.add_argument(
        "--days", type=_positive, default=None, help="only each season's first N game days"
    )
    args = p.parse_args()
    _common.run_main(lambda: bench(args))


if __name__ == "__main__":
    main()

"""Engine processes for the multi-process tests, run by file path with the venv's Python.

    python tests/support/worker_proc.py work URL --pipeline grid --stop-file F [...]
    python tests/support/worker_proc.py start-run URL --pipeline mini --date 2024-01-01

``work`` runs a Worker on the named test pipeline until the stop file exists or SIGTERM
arrives, then stops it gracefully and exits 0. ``start-run`` opens a run and exits (so
its jobs are enqueued, and NOTIFY sent, by a process other than the worker's).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import date
from pathlib import Path

# Run by file path: make ``support`` importable (``tipoff`` is installed in the venv).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from support.pipelines import (
    EFFECTS_SCHEMA,
    PIPELINE_FILES,
    file_pipeline,
    file_registry,
)
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.store import Store


def _orchestrator(store: Store, pipeline: str, marker_dir: str | None) -> Orchestrator:
    return Orchestrator(
        store,
        file_pipeline(pipeline),
        file_registry(),
        resources={"marker_dir": marker_dir} if marker_dir else {},
        schemas=[EFFECTS_SCHEMA],
    )


def work(args: argparse.Namespace) -> int:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop_file = Path(args.stop_file) if args.stop_file else None
    store = Store(args.url)
    try:
        orch = _orchestrator(store, args.pipeline, args.marker_dir)
        worker = orch.worker(
            concurrency=args.concurrency,
            lease_s=args.lease_s,
            poll_s=args.poll_s,
            sweep_s=args.sweep_s,
            heartbeat_s=args.heartbeat_s,
        ).start()
        if args.ready_file:
            Path(args.ready_file).write_text(worker.worker_id)
        try:
            while not stop.wait(0.02):
                if stop_file is not None and stop_file.exists():
                    break
        finally:
            worker.stop(grace_s=10.0)
        if worker.errors:
            print("worker errors:", *worker.errors, sep="\n  ", file=sys.stderr)
            return 3
        return 0
    finally:
        store.dispose()


def start_run(args: argparse.Namespace) -> int:
    store = Store(args.url)
    try:
        run = _orchestrator(store, args.pipeline, None).start_run(
            date.fromisoformat(args.date), args.mode
        )
        print(run.id)
        return 0
    finally:
        store.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="worker_proc")
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("work")
    w.add_argument("url")
    w.add_argument("--pipeline", choices=sorted(PIPELINE_FILES), required=True)
    w.add_argument("--concurrency", type=int, default=4)
    w.add_argument("--lease-s", type=float, default=30.0)
    w.add_argument("--poll-s", type=float, default=0.05)
    w.add_argument("--sweep-s", type=float, default=1.0)
    w.add_argument("--heartbeat-s", type=float, default=None)
    w.add_argument("--stop-file")
    w.add_argument("--ready-file")
    w.add_argument("--marker-dir")
    w.set_defaults(fn=work)
    s = sub.add_parser("start-run")
    s.add_argument("url")
    s.add_argument("--pipeline", choices=sorted(PIPELINE_FILES), required=True)
    s.add_argument("--date", required=True)
    s.add_argument("--mode", default="same_day")
    s.set_defaults(fn=start_run)
    args = parser.parse_args(argv)
    return int(args.fn(args))


if __name__ == "__main__":
    sys.exit(main())

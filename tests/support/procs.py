"""Start engine subprocesses (``worker_proc.py``) and always reap them."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

WORKER_PROC = Path(__file__).resolve().with_name("worker_proc.py")


class EngineProcess:
    """One ``worker_proc.py`` subprocess, its output captured in a log file."""

    def __init__(self, args: Sequence[str], log_path: Path) -> None:
        self.args = [sys.executable, str(WORKER_PROC), *args]
        self.log_path = log_path
        self._log: IO[bytes] | None = open(log_path, "wb")  # noqa: SIM115 (closed in reap)
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(self.args, stdout=self._log, stderr=subprocess.STDOUT, env=env)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait(self, timeout: float) -> int:
        """Wait for the process to exit by itself; AssertionError (with its log) if not."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(
                f"process {self.pid} still running after {timeout:g}s\n{self.log_tail()}"
            ) from None

    def terminate(self, timeout: float = 15.0) -> int:
        """SIGTERM (graceful stop) and wait."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.wait(timeout)

    def reap(self) -> None:
        """Kill if still running, wait, close the log: safe to call more than once."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return f"(no log at {self.log_path})"
        tail = "\n".join(text.splitlines()[-lines:])
        return f"--- {self.log_path.name} (pid {self.pid}) ---\n{tail}"


@contextlib.contextmanager
def engine_processes() -> Iterator[list[EngineProcess]]:
    """A list to start processes into; every one is killed and reaped on exit."""
    started: list[EngineProcess] = []
    try:
        yield started
    finally:
        for p in started:
            p.reap()


def worker_args(
    url: str,
    pipeline: str,
    *,
    stop_file: Path | None = None,
    concurrency: int = 4,
    lease_s: float = 30.0,
    poll_s: float = 0.05,
    sweep_s: float = 1.0,
    heartbeat_s: float | None = None,
    marker_dir: Path | None = None,
    ready_file: Path | None = None,
) -> list[str]:
    args = ["work", url, "--pipeline", pipeline, "--concurrency", str(concurrency)]
    args += ["--lease-s", str(lease_s), "--poll-s", str(poll_s), "--sweep-s", str(sweep_s)]
    if heartbeat_s is not None:
        args += ["--heartbeat-s", str(heartbeat_s)]
    if stop_file is not None:
        args += ["--stop-file", str(stop_file)]
    if marker_dir is not None:
        args += ["--marker-dir", str(marker_dir)]
    if ready_file is not None:
        args += ["--ready-file", str(ready_file)]
    return args

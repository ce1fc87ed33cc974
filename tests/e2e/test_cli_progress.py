"""Progress bars of the long commands: drawn on a terminal's standard error, a step per
date, and nowhere else (not in piped output, not among JSON logs)."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading
from pathlib import Path

from support.cli import TIMEOUT_S, tipoff_env

# a bar: its title, the bar rich draws (heavy lines), the steps done out of all
BAR = re.compile(r"(backfill|demo) +━+ +\d+/\d+")


def on_terminal(env: dict[str, str], cwd: Path, *args: str) -> tuple[int, str, str]:
    """Run ``tipoff`` with standard error on a pseudo-terminal and standard output piped;
    returns (exit code, standard output, what the terminal received)."""
    main, side = pty.openpty()
    received: list[bytes] = []

    def read() -> None:
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the other side closed (EIO on Linux)
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tipoff", *args],
            env={**env, "COLUMNS": "100"},
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=side,
            stdin=subprocess.DEVNULL,
            text=True,
            timeout=TIMEOUT_S,
        )
    finally:
        os.close(side)
    reader.join(timeout=60)
    os.close(main)
    shown = b"".join(received).decode(errors="replace")
    return proc.returncode, proc.stdout, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)  # colours


def backfill_args() -> list[str]:
    return ["backfill", "--start", "2025-01-06", "--end", "2025-01-08", "--concurrency", "2"]


def test_backfill_draws_a_step_per_date_on_a_terminal(tmp_path: Path) -> None:
    env = tipoff_env(f"sqlite:///{tmp_path / 'tipoff.db'}")
    code, stdout, terminal = on_terminal(env, tmp_path, *backfill_args())
    assert code == 0, terminal
    assert "2025-01-08 complete" in terminal, terminal
    assert re.search(r"backfill +━+ +3/3", terminal), terminal
    # standard output has the report only, as without a terminal
    assert not BAR.search(stdout) and "backfill: 3/3 dates complete" in stdout


def test_no_bar_when_standard_error_is_not_a_terminal_or_logs_are_json(tmp_path: Path) -> None:
    piped = subprocess.run(
        [sys.executable, "-m", "tipoff", *backfill_args()],
        env=tipoff_env(f"sqlite:///{tmp_path / 'piped.db'}"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    assert piped.returncode == 0, piped.stderr
    assert not BAR.search(piped.stderr + piped.stdout) and "━" not in piped.stderr
    env = tipoff_env(
        f"sqlite:///{tmp_path / 'json.db'}", TIPOFF_LOG_FORMAT="json", TIPOFF_LOG_LEVEL="INFO"
    )
    code, _stdout, terminal = on_terminal(env, tmp_path, *backfill_args())
    assert code == 0, terminal
    assert not BAR.search(terminal) and "━" not in terminal
    assert '"event": "worker_started"' in terminal  # the logs, one JSON object a line


def test_demo_draws_a_step_per_date_on_a_terminal(tmp_path: Path) -> None:
    env = tipoff_env(f"sqlite:///{tmp_path / 'tipoff.db'}")
    code, stdout, terminal = on_terminal(env, tmp_path, "demo", "--pipeline", "example")
    assert code == 0, terminal
    assert re.search(r"demo +━+ +3/3", terminal), terminal
    assert not BAR.search(stdout)

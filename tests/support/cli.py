"""The ``tipoff`` command as a subprocess, with an environment of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TIMEOUT_S = 600  # a guard against a hung command, not a speed limit: CI machines are busy


def tipoff_env(database_url: str, **extra: str) -> dict[str, str]:
    """This process's environment without its TIPOFF_ settings, plus the test's own (the
    fast example pipeline unless a test names another)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIPOFF_")}
    env.update(
        TIPOFF_DATABASE_URL=database_url, TIPOFF_LOG_LEVEL="WARNING", TIPOFF_PIPELINE="example"
    )
    env.update(extra)
    return env


def run_tipoff(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tipoff", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )

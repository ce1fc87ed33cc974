"""The entry point pauses the garbage collector only while the CLI loads."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc
import tipoff.cli

def probe():
    print(gc.isenabled(), gc.get_freeze_count() > 0)

tipoff.cli.main = probe
from tipoff.launcher import main
main()
"""


def test_the_command_runs_with_the_collector_on_and_the_loaded_code_frozen() -> None:
    # a worker or the scheduler runs for days inside the command: it needs the collector
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["True", "True"]

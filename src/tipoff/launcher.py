"""The ``tipoff`` command's entry point: the CLI loaded with the garbage collector paused.

A short command such as ``tipoff status`` spends most of its life importing SQLAlchemy,
pydantic, Typer and Rich, and then shutting the interpreter down. The cyclic collector
runs dozens of passes over those import-time objects while they load, and one more over
the whole heap at shutdown; none of them frees anything worth having, and together they
cost about a third of the command's time (``bench/cli_status.py``). So the collector is
off while the CLI loads, what was loaded is frozen (moved out of the collector's sight,
as ``gc.freeze`` is meant for long-lived objects), the collector is back on for the
command itself (a worker or the scheduler runs for days), and everything is frozen again
at exit so shutdown skips the last pass. Objects are still freed by reference counting.
"""

from __future__ import annotations

import atexit
import gc


def main() -> None:
    gc.disable()
    try:
        from tipoff.cli import main as cli_main
    finally:
        gc.freeze()
        gc.enable()
    atexit.register(gc.freeze)
    cli_main()

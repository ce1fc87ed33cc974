"""The entry point pauses the garbage collector only while the CLI loads."""

from __future__ import annotations

import subprocess
import sys

# Watches the collector while ``tipoff.cli`` is being imported (a finder asked first for
# every module), then replaces the CLI's main with a probe of the state the command runs in.
PROBE = """
import gc, importlib.abc, sys

during = []

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "tipoff.cli":
            during.append(gc.isenabled())
        return None

sys.meta_path.insert(0, Watch())

import tipoff.launcher

def probe():
    print(during, gc.isenabled(), gc.get_freeze_count() > 0)

real_import = __builtins__.__import__

def patched(name, *args, **kw):
    module = real_import(name, *args, **kw)
    if name == "tipoff.cli":
        sys.modules["tipoff.cli"].main = probe
    return module

__builtins__.__import__ = patched
tipoff.launcher.main()
"""


def test_the_cli_loads_with_the_collector_off_and_runs_with_it_on() -> None:
    # a worker or the scheduler runs for days inside the command: it needs the collector
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["[False]", "True", "True"], done.stderr

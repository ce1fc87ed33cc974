"""``python -m tipoff``: the same as the ``tipoff`` command."""

from tipoff.cli import main

main()

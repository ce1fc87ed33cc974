"""``python -m tipoff``: the same as the ``tipoff`` command."""

from tipoff.launcher import main

main()

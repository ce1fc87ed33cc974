"""``python -m tipoff.cli``: the same as the ``tipoff`` command."""

from tipoff.cli.application import main

main()

"""tipoff: a daily NBA player-points prop pipeline on a transactional SQL orchestration engine.

The package is three layers, each in its own folder:

- ``tipoff.engine``: generic orchestration (store, queue, transitions, workers). It knows
  nothing about basketball and never imports ``tipoff.nba``.
- ``tipoff.nba``: the NBA pipeline, declared on the engine.
- ``tipoff.cli`` / ``tipoff.web``: thin layers over both.
"""

__version__ = "0.1.0"

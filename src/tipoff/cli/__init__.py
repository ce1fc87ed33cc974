"""The ``tipoff`` command: a thin layer over the engine and the pipelines.

It reads the settings (the only place besides the web layer that reads the environment),
loads the pipeline and its processor code, and calls the orchestrator. Exit codes:

- 0: done (the run completed, the file is valid, ...)
- 1: nothing to show (``status`` of a date without a run)
- 2: bad input: a bad option or date, an invalid pipeline file or setting, a database
  error (one line, no traceback)
- 3: a run is stuck: blocked, or still running when ``--timeout`` ran out

===============  ====================================================================
``application``  the Typer application, the pipelines' commands mounted, :func:`main`
``common``       consoles, exit codes, shared options; settings to store and orchestrator
``run``          ``demo``, ``run``, ``backfill``, ``trigger``, ``repair``
``workers``      ``worker``, ``scheduler``, ``monitor``, ``heal``: the supervised loops
``notifiers``    the alert book of the settings' notifiers
``dlq``          ``dlq list|show|retry|purge``
``status``       ``status`` (one date, or the pipeline's daily status) and ``health``
``admin``        ``config validate``, ``db upgrade``, ``metrics``, ``serve``, ``version``
===============  ====================================================================

What a pipeline adds (its commands, its demo, its daily status, its settings) comes from
its package (:mod:`tipoff.pipeline_package`), found by :mod:`tipoff.pipelines`; nothing
here names a pipeline.
"""

from tipoff.cli.application import app, main

__all__ = ["app", "main"]

"""Phase 4 of the NBA pipeline: shooting splits, composite factors, the daily cache and
the feature store, for a date's players from the games before it.

The processors live in :mod:`.processors` (blueprint ``precompute_blueprint``); their
tables are in :mod:`tipoff.nba.analytics.tables`.
"""

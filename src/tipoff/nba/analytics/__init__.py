"""Phase 3 of the NBA pipeline: per-game summaries and the context of upcoming games.

The processors live in :mod:`.processors` (blueprint ``analytics_blueprint``); the tables
of phases 3 and 4 in :mod:`.tables` (schema component ``NBA_ANALYTICS_SCHEMA``).
"""

"""A deterministic NBA league simulator: the model behind the pipeline's ``sim`` source.

``League(season="2025-26", seed=7)`` is a whole regular season (real teams and players from
``nba_api``'s static tables, an 82-game schedule, rosters with trades and signings,
injuries and the injury report, box scores, bookmakers' points lines) that answers as of
any moment what a source would have returned then::

    league = League(season="2025-26", seed=7)
    league.schedule("2025-11-03", as_of="2025-11-03T18:00")
    league.box_scores("2025-11-03", as_of="2025-11-04T09:00").players
    league.injury_report("2025-11-03", as_of="2025-11-03T17:00")
    league.props("2025-11-03", as_of="2025-11-03T17:00")
    league.roster(1610612738, "2026-02-10")
    league.player_game_logs()  # the whole season in the LeagueGameLog layout

Modules, one idea each: ``streams`` (keyed random streams), ``calendar`` (season dates),
``identities`` (players), ``matchups`` (the 82-game formula), ``slotting`` (games on
days), ``schedule`` (tip-offs, game ids), ``talent`` (latent ability and form), ``rosters``
(who is where, trades, signings), ``injuries`` (injuries and the report), ``minutes``
(rotations), ``scoring`` (shots and free throws), ``game`` (one game's box score),
``bookmaker`` (lines and prices), ``season`` (the model wired together), ``frames``
(NBA.com column layouts), ``league`` (as-of queries). The teams are ``tipoff.nba.teams``.
"""

from tipoff.nba.sim.league import BoxScores, League

__all__ = ["BoxScores", "League"]

"""The upstream payload shapes of ``tipoff.nba.documents``, rendered from plain data.

The simulator's transport and the replay source both answer through these functions, so
what they serve has the keys, header lists and value formats a live fetch returns and one
parser per document kind reads all three. Inputs are pandas frames in NBA.com's column
layouts (the simulator's ``frames`` and the ``nba_api`` game logs) or plain dicts; outputs
are JSON-ready dicts, turned into bytes by :func:`encode`.

What the inputs cannot know is filled as the real endpoint does when it has nothing:
``None`` for quarter scores, arena, broadcasters and a player's height or school; ``""``
for a jersey number or a bench player's position.

One module per document kind, as the parsers have: ``schedule`` (scoreboardv2 and v3),
``roster`` (commonteamroster), ``boxscore`` (boxscoretraditionalv3), ``injuries`` (the
official report), ``odds`` (The Odds API's events and event odds); ``values`` holds what
they share. What the sources and their tests call is re-exported here, so a source calls
``payloads.scoreboard_v3``.
"""

from tipoff.nba.sources.payloads.boxscore import BOX_STAT_KEYS, boxscore_traditional_v3
from tipoff.nba.sources.payloads.injuries import injury_report
from tipoff.nba.sources.payloads.odds import (
    EVENT_MARKETS,
    PLAYER_POINTS,
    event_odds,
    odds_event,
    odds_events,
)
from tipoff.nba.sources.payloads.roster import common_team_roster
from tipoff.nba.sources.payloads.schedule import scoreboard_v2, scoreboard_v3
from tipoff.nba.sources.payloads.values import encode, plain, slug, split_name

__all__ = [
    "BOX_STAT_KEYS",
    "EVENT_MARKETS",
    "PLAYER_POINTS",
    "boxscore_traditional_v3",
    "common_team_roster",
    "encode",
    "event_odds",
    "injury_report",
    "odds_event",
    "odds_events",
    "plain",
    "scoreboard_v2",
    "scoreboard_v3",
    "slug",
    "split_name",
]

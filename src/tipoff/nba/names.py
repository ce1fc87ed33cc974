"""Matching the names other sources give players and teams to NBA.com ids.

Sportsbooks and the injury report name players, not ids, and spell them their own way:
"Nikola Jokic" for "Nikola Jokić", "Jaren Jackson Jr" for "Jaren Jackson Jr.", "P.J.
Washington" for "PJ Washington", "Tatum, Jayson" on the injury report. A name is matched
on its *key*: accents folded, punctuation dropped, the suffixes Jr/Sr/II/III/IV removed,
lower case, single spaces; then a few known aliases map one key onto another ("nicolas
claxton" is "nic claxton"). Two players whose keys collide are left unmatched rather
than guessed.

Rosters are not the only place a name is found: a :class:`PlayerLookup` may fall back on
other indexes, tried in order once the rosters fail. The raw processors give it the
players seen in box scores and then nba_api's static table of every player NBA.com ever
listed (active players first, so a retired namesake does not make a current player
ambiguous), so prop lines and injury rows get ids in every mode, with rosters or without.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from nba_api.stats.static import players as static_players
from nba_api.stats.static import teams as static_teams

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Letters that Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae",
     "Æ": "AE", "\u0131": "i"}  # the last is the dotless i
)  # fmt: skip
# Apostrophes (straight, curly, accents used as such) and periods join: "D'Angelo", "P.J.".
_APOSTROPHES = re.compile("['`.\u2018\u2019\u00b4]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")

# Sportsbook spelling -> NBA.com spelling, both as keys (see ``name_key``).
PLAYER_ALIASES: Mapping[str, str] = {
    "nicolas claxton": "nic claxton",
    "herb jones": "herbert jones",
    "mohamed bamba": "mo bamba",
    "joshua giddey": "josh giddey",
}

# First names written short or long by one source and the other ("Cam Johnson" is
# NBA.com's "Cameron Johnson", "Cameron Thomas" its "Cam Thomas"): tried when the name as
# written matches nobody.
FIRST_NAME_VARIANTS: Mapping[str, tuple[str, ...]] = {
    "cam": ("cameron",),
    "cameron": ("cam",),
    "nic": ("nicolas", "nicholas"),
    "nicolas": ("nic",),
    "herb": ("herbert",),
    "herbert": ("herb",),
    "mo": ("mohamed", "moritz"),
    "josh": ("joshua",),
    "joshua": ("josh",),
    "alex": ("alexander",),
    "nick": ("nicholas", "nicolas"),
    "kj": ("kenyon",),
}

# Names some sources use for a team that NBA.com's static table spells otherwise.
TEAM_ALIASES: Mapping[str, str] = {
    "la clippers": "los angeles clippers",
    "la lakers": "los angeles lakers",
}


def normalize_name(name: str) -> str:
    """Accents folded, punctuation and suffixes dropped: "Luka Dončić Jr." → "luka doncic"."""
    text = _APOSTROPHES.sub("", name.translate(_FOLD))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    # Hyphens, spaces and any other punctuation separate words.
    words = [w for w in _SEPARATORS.split(text) if w]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words)


def name_key(name: str, aliases: Mapping[str, str] = PLAYER_ALIASES) -> str:
    """The key a player's name is matched on: normalised, then through the aliases."""
    key = normalize_name(name)
    return aliases.get(key, key)


def first_last(name: str) -> str:
    """The injury report's "Last, First" as "First Last" ("Jackson Jr., Jaren" too)."""
    last, sep, first = name.rpartition(",")
    if not sep:
        return name.strip()
    return f"{first.strip()} {last.strip()}".strip()


class NameIndex:
    """Player ids by name key; a key shared by two different players matches nobody."""

    def __init__(self, players: Iterable[tuple[int, str]] = ()) -> None:
        self._ids: dict[str, int | None] = {}
        self._initials: dict[str, int | None] = {}  # "j isaac" -> Jonathan Isaac's id
        for player_id, name in players:
            self.add(player_id, name)

    def add(self, player_id: int, name: str) -> None:
        key = name_key(name)
        if not key:
            return
        known = self._ids.get(key, player_id)
        self._ids[key] = player_id if known == player_id else None
        first, _, rest = key.partition(" ")
        if rest:
            short = f"{first[0]} {rest}"
            known = self._initials.get(short, player_id)
            self._initials[short] = player_id if known == player_id else None

    def match(self, name: str) -> int | None:
        """By the name's key, else with its first name's other forms ("Cam"/"Cameron")."""
        key = name_key(name)
        found = self._ids.get(key)
        if found is not None:
            return found
        first, _, rest = key.partition(" ")
        for other in FIRST_NAME_VARIANTS.get(first, ()):
            found = self._ids.get(f"{other} {rest}")
            if found is not None:
                return found
        return None

    def match_initial(self, name: str) -> int | None:
        """A name written with an initial ("J. Isaac"): the one player it can be, if one."""
        first, _, rest = name_key(name).partition(" ")
        return self._initials.get(f"{first} {rest}") if len(first) == 1 and rest else None

    def __len__(self) -> int:
        return len(self._ids)


class PlayerLookup:
    """Who a named player is on a date: by team first, then across the league.

    Built from the date's rosters. The league-wide fallback finds a player whose team
    changed since the roster was taken, as long as his name is unique in the league.
    """

    def __init__(
        self,
        roster: Iterable[tuple[int, int, str]] = (),
        *,
        fallbacks: Sequence[NameIndex] = (),
    ) -> None:
        self._by_team: dict[int, NameIndex] = {}
        self._league = NameIndex()
        self._team_of: dict[int, int] = {}
        self.fallbacks = list(fallbacks)
        for team_id, player_id, name in roster:
            self.add(team_id, player_id, name)

    def add(self, team_id: int, player_id: int, name: str) -> None:
        self._by_team.setdefault(team_id, NameIndex()).add(player_id, name)
        self._league.add(player_id, name)
        self._team_of[player_id] = team_id

    def match(self, name: str, teams: int | Sequence[int] | None = None) -> int | None:
        """The player's id: in ``teams`` (in order; there an initial for the first name is
        enough if it fits one player), league-wide, then in the fallbacks."""
        team_ids = [teams] if isinstance(teams, int) else list(teams or ())
        for team in team_ids:
            index = self._by_team.get(team)
            found = index.match(name) if index is not None else None
            if found is not None:
                return found
        for team in team_ids:  # an initial is trusted only among the game's two teams
            index = self._by_team.get(team)
            found = index.match_initial(name) if index is not None else None
            if found is not None:
                return found
        found = self._league.match(name)
        for index in self.fallbacks:
            if found is not None:
                break
            found = index.match(name)
        return found

    def team_of(self, player_id: int) -> int | None:
        return self._team_of.get(player_id)

    def __len__(self) -> int:
        return len(self._team_of)


@cache
def static_player_indexes() -> tuple[NameIndex, NameIndex]:
    """nba_api's static players (offline): the active ones, and everyone ever listed."""
    everyone = static_players.get_players()
    active = NameIndex((int(p["id"]), str(p["full_name"])) for p in everyone if p["is_active"])
    return active, NameIndex((int(p["id"]), str(p["full_name"])) for p in everyone)


def team_key(name: str) -> str:
    key = normalize_name(name)
    return TEAM_ALIASES.get(key, key)


@cache
def _teams() -> dict[str, int]:
    by_name: dict[str, int] = {}
    for team in static_teams.get_teams():
        tid = int(team["id"])
        by_name[team_key(team["full_name"])] = tid
        by_name[team_key(team["abbreviation"])] = tid
    return by_name


def team_id(name: str) -> int | None:
    """NBA.com team id for a full name ("Boston Celtics", "LA Clippers") or a tricode."""
    return _teams().get(team_key(name))

"""Name keys: how sportsbook and injury-report spellings meet NBA.com's."""

from __future__ import annotations

import pytest

from tipoff.nba.names import NameIndex, PlayerLookup, first_last, name_key, normalize_name, team_id


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Nikola Jokić", "nikola jokic"),
        ("Kristaps Porziņģis", "kristaps porzingis"),
        ("Luka Dončić", "luka doncic"),
        ("Jaren Jackson Jr.", "jaren jackson"),
        ("Jaren Jackson Jr", "jaren jackson"),
        ("Gary Payton II", "gary payton"),
        ("Robert Williams III", "robert williams"),
        ("Marvin Bagley IV", "marvin bagley"),
        ("Larry Nance Sr.", "larry nance"),
        ("P.J. Washington", "pj washington"),
        ("PJ Washington", "pj washington"),
        ("D'Angelo Russell", "dangelo russell"),
        ("De\u2019Aaron Fox", "deaaron fox"),
        ("Shai Gilgeous-Alexander", "shai gilgeous alexander"),
        ("  Karl-Anthony   TOWNS ", "karl anthony towns"),
        ("Dāvis Bertāns", "davis bertans"),
        ("Nikola Đurišić", "nikola durisic"),
        ("Jr.", "jr"),  # a lone suffix is kept rather than leaving nothing
    ],
)
def test_normalize_name(name: str, key: str) -> None:
    assert normalize_name(name) == key


@pytest.mark.parametrize(
    ("book", "nba"),
    [
        ("Nicolas Claxton", "Nic Claxton"),
        ("Herb Jones", "Herbert Jones"),
        ("Mohamed Bamba", "Mo Bamba"),
        ("Joshua Giddey", "Josh Giddey"),
    ],
)
def test_aliases_meet_the_nba_spelling(book: str, nba: str) -> None:
    assert name_key(book) == name_key(nba)
    assert NameIndex([(7, nba)]).match(book) == 7


def test_first_last_reads_the_injury_report_order() -> None:
    assert first_last("Tatum, Jayson") == "Jayson Tatum"
    assert first_last("Jackson Jr., Jaren") == "Jaren Jackson Jr."
    assert name_key(first_last("Jackson Jr., Jaren")) == name_key("Jaren Jackson Jr.")
    assert first_last("Nene") == "Nene"


def test_a_shared_key_matches_nobody() -> None:
    index = NameIndex([(1, "Marcus Morris"), (2, "Marcus Morris Sr."), (3, "Jalen Brunson")])
    assert index.match("Marcus Morris") is None  # two players, one key: not guessed
    assert index.match("jalen brunson") == 3
    assert index.match("Nobody Known") is None


def test_player_lookup_prefers_the_team_then_the_league() -> None:
    lookup = PlayerLookup(
        [(10, 1, "Jalen Williams"), (20, 2, "Jalen Williams"), (20, 3, "Josh Hart")]
    )
    assert lookup.match("Jalen Williams", 10) == 1
    assert lookup.match("Jalen Williams", [30, 20]) == 2
    assert lookup.match("Jalen Williams") is None  # ambiguous league-wide
    assert lookup.match("Josh Hart", 10) == 3  # traded since the roster: unique in the league
    assert lookup.team_of(3) == 20 and len(lookup) == 3


def test_team_ids_by_name_and_tricode() -> None:
    assert team_id("Boston Celtics") == 1610612738
    assert team_id("LA Clippers") == team_id("Los Angeles Clippers") == 1610612746
    assert team_id("NYK") == 1610612752
    assert team_id("Seattle SuperSonics") is None


def test_a_first_name_written_short_or_long_still_matches() -> None:
    index = NameIndex([(1, "Cameron Johnson"), (2, "Cam Thomas")])
    assert index.match("Cam Johnson") == 1  # a sportsbook's spelling of NBA.com's name
    assert index.match("Cameron Thomas") == 2
    assert index.match("Cam Reddish") is None


def test_an_initial_is_trusted_only_within_the_game_s_teams() -> None:
    lookup = PlayerLookup([(10, 1, "Jonathan Isaac"), (20, 2, "Jalen Isaac")])
    assert lookup.match("J. Isaac", 10) == 1
    assert lookup.match("J. Isaac", [30, 20]) == 2
    assert lookup.match("J. Isaac") is None  # league-wide an initial could be anyone


def test_the_fallbacks_are_asked_in_order_after_the_rosters() -> None:
    seen, static = NameIndex([(7, "Bruce Brown")]), NameIndex([(8, "Bruce Brown"), (9, "X Y")])
    lookup = PlayerLookup([(10, 1, "Jalen Brunson")], fallbacks=(seen, static))
    assert lookup.match("Jalen Brunson", 10) == 1
    assert lookup.match("Bruce Brown Jr") == 7  # the box scores' player before the table's
    assert lookup.match("X Y") == 9 and lookup.match("Nobody") is None

"""One season rule for every date, at its boundaries, and the roster season apart."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from tipoff.nba.season import roster_season, season_label, season_of, season_start, seasons_of

BOUNDARIES = [
    (date(2023, 10, 11), "2022-23"),  # the day before a label starts
    (date(2023, 10, 12), "2023-24"),  # the first day of the label
    (date(2023, 10, 24), "2023-24"),  # opening night
    (date(2023, 12, 31), "2023-24"),
    (date(2024, 1, 1), "2023-24"),  # across the new year
    (date(2024, 6, 30), "2023-24"),  # the finals, and after them
    (date(2024, 7, 1), "2023-24"),  # the summer still belongs to the season that ended
    (date(2020, 8, 14), "2019-20"),  # the bubble's regular-season games
    (date(2020, 10, 11), "2019-20"),  # the bubble's last game
    (date(2020, 12, 22), "2020-21"),
    (date(1999, 11, 2), "1999-00"),  # the century's turn keeps two digits
    (date(2000, 2, 29), "1999-00"),
]


@pytest.mark.parametrize(("day", "season"), BOUNDARIES)
def test_a_date_has_one_season(day: date, season: str) -> None:
    assert season_of(day) == season
    assert season_of(pd.Timestamp(day)) == season
    assert season_label(season_start(day).year) == season
    assert season_start(day) <= day < season_start(day).replace(year=season_start(day).year + 1)


def test_the_column_rule_is_the_date_rule() -> None:
    days = [d for d, _ in BOUNDARIES] + [
        date(2023, 10, 12) + timedelta(days=n) for n in range(-400, 400, 7)
    ]
    column = seasons_of(pd.Series(pd.to_datetime(days)))
    assert column.tolist() == [season_of(d) for d in days]


@pytest.mark.parametrize(
    ("day", "roster", "season"),
    [
        (date(2025, 6, 30), "2024-25", "2024-25"),
        (date(2025, 7, 1), "2025-26", "2024-25"),  # free agency: the coming season's roster
        (date(2025, 10, 11), "2025-26", "2024-25"),  # preseason
        (date(2025, 10, 12), "2025-26", "2025-26"),  # from here on the two agree
        (date(2026, 1, 1), "2025-26", "2025-26"),
    ],
)
def test_the_roster_season_turns_on_july_1(day: date, roster: str, season: str) -> None:
    assert (roster_season(day), season_of(day)) == (roster, season)

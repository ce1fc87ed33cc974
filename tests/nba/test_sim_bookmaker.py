"""Bookmakers: lines as good as real books' (and no better), prices around -110."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from tipoff.nba.sim import League
from tipoff.nba.sim.bookmaker import BOOKS, SKEW, american, book_name, price

# Real books miss covered players by about 4.9-5.3 points (DraftKings' main line on the
# 2024-03..04 games of the shared props data: 5.3, over hit 47.9%); a little slack each way.
MAE_RANGE = (4.7, 5.6)
OVER_RANGE = (0.45, 0.55)


@pytest.fixture(scope="module")
def graded(league: League) -> pd.DataFrame:
    """Closing lines of every book on every 4th date, joined to the points scored."""
    days = league.game_dates()[3::4]
    props = pd.concat([league.props(d) for d in days], ignore_index=True)
    box = pd.concat([league.box_scores(d).players for d in days], ignore_index=True)
    played = box[box.COMMENT == ""][["GAME_ID", "PLAYER_ID", "PTS"]]
    out = props.merge(
        played, left_on=["game_id", "player_id"], right_on=["GAME_ID", "PLAYER_ID"], how="left"
    )
    return out


@pytest.mark.parametrize("book", sorted(BOOKS))
def test_lines_miss_like_real_books(graded: pd.DataFrame, book: str) -> None:
    lines = graded[(graded.bookmaker == book) & graded.PTS.notna()]
    assert len(lines) > 1500
    actual = lines.PTS.astype(float)
    mae = float((actual - lines.line).abs().mean())
    over = float((actual > lines.line).mean())
    lo, hi = MAE_RANGE
    assert lo <= mae <= hi, f"{book}: MAE {mae:.2f} vs real books 4.9-5.3"
    lo, hi = OVER_RANGE
    assert lo <= over <= hi, f"{book}: over hit {over:.3f} vs real 0.479 (DraftKings)"


def test_board_shape(graded: pd.DataFrame) -> None:
    assert (graded.line % 1 == 0.5).all()
    assert graded.line.between(0.5, 60).all()
    per_event = graded[graded.bookmaker == "draftkings"].groupby("event_id").player_id.nunique()
    assert 7 <= per_event.mean() <= 14, per_event.mean()  # real: about 10.7 per event
    assert graded.event_id.str.fullmatch(r"[0-9a-f]{32}").all()
    assert graded.groupby("game_id").event_id.nunique().eq(1).all()
    odds = pd.concat([graded.over_odds, graded.under_odds])
    assert (odds.abs() >= 100).all()
    assert -125 <= odds.median() <= -105, odds.median()
    assert graded.bookmaker.nunique() == len(BOOKS)
    # Few lines for players who then did not play: books pull the ones they hear about.
    assert graded.PTS.isna().mean() < 0.03
    assert not graded.player.map(lambda s: bool(re.search(r"[^\x00-\x7f]", s))).any()


def test_prices_carry_the_margin() -> None:
    skew = 1 - SKEW
    assert price(20.5 / skew, 0.048) == (20.5, -110, -110)
    line, over, under = price(20.1 / skew, 0.048)
    assert line == 20.5 and under < over < 0  # the under is the favourite
    line, over, under = price(20.9 / skew, 0.07)
    assert line == 20.5 and over < under < 0

    def implied(odds: int) -> float:
        return -odds / (-odds + 100) if odds < 0 else 100 / (odds + 100)

    assert implied(over) + implied(under) > 1.02
    assert american(0.5238) == -110 and american(0.4) == 150 and american(0.5) == -100
    assert book_name("Nikola Jokić") == "Nikola Jokic"


def test_lines_track_the_model_mean(league: League, graded: pd.DataFrame) -> None:
    """Books know who is good: their line correlates strongly with what players score."""
    lines = graded[graded.PTS.notna()]
    corr = float(np.corrcoef(lines.line, lines.PTS.astype(float))[0, 1])
    assert 0.55 < corr < 0.85, corr

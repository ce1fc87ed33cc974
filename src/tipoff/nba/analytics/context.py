"""What was knowable before a date's games: rest, availability, form counts, book lines.

Everything here reads history strictly before the date, plus the date's own pre-game
facts (schedule, rosters, injury report, prop lines). The date's box scores enter only
through the backfill universe (who played), and, in backfill without an injury report, to
count the teammates who sat out injured.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import sqlalchemy as sa

from tipoff.nba import game_lines
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics import stats
from tipoff.nba.names import PlayerLookup
from tipoff.nba.prices import fair_over, implied_probability
from tipoff.nba.raw import reads
from tipoff.nba.season import season_start
from tipoff.nba.universe import PlayerUniverse

TEAM_WINDOW = 10
# A DNP whose reason is the coach's decision is a healthy player: not "out".
HEALTHY_DNP = "coach"


def team_rest(conn: sa.Connection, day: date) -> dict[int, int]:
    """team → days since its last game this season before ``day`` (1: yesterday)."""
    dates = reads.team_game_dates(conn, before=day)
    if dates.empty:
        return {}
    dates = dates[pd.to_datetime(dates["game_date"]) >= pd.Timestamp(season_start(day))]
    last = dates.groupby("team_id")["game_date"].max()
    return {int(t): (day - d).days for t, d in zip(last.index.tolist(), last.tolist(), strict=True)}


def rest_columns(days: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(rest_days, back_to_back) from days since the last game (NaN: none this season)."""
    rest = (days - 1).astype("Int64")
    b2b = days.map(lambda d: None if pd.isna(d) else bool(d == 1))
    return rest, b2b


def player_history_counts(conn: sa.Connection, day: date, player_ids: list[int]) -> pd.DataFrame:
    """player_id, last_played (any season) and games_played_season, before ``day``."""
    b = raw.raw_player_boxscores.c
    if not player_ids:
        return pd.DataFrame(columns=["player_id", "last_played", "games_played_season"])
    start = season_start(day)
    stmt = (
        sa.select(
            b.player_id,
            sa.func.max(b.game_date).label("last_played"),
            sa.func.sum(sa.case((b.game_date >= start, 1), else_=0)).label("games_played_season"),
        )
        .where(b.game_date < day, b.played.is_(True), b.player_id.in_(player_ids))
        .group_by(b.player_id)
    )
    return reads.frame(conn, stmt)


def main_lines(props: pd.DataFrame) -> pd.DataFrame:
    """One line per player: ``book_line`` and the best price of each side at it.

    Each book's main line is the one whose over and under prices are most balanced (a
    book may quote alternates); the player's line is the lower median of the books' main
    lines, so it is always a line some book offers. Its prices are shopped across the
    books whose main line it is: the highest American price of each side (the best for the
    bettor; a tie goes to the quote updated last, then the book's name), ``bookmaker``
    offering the over's and ``under_bookmaker`` the under's, so a pick is made, recorded
    and graded at a price a bettor could have taken. ``book_p_over`` averages the vig-free
    P(over) (:func:`tipoff.nba.prices.fair_over`) of those books, and ``book_line_spread``
    is the highest main line less the lowest. Columns: player_id, book_line,
    book_over_price, book_under_price, bookmaker, under_bookmaker, books_quoting,
    book_p_over, book_line_spread.
    """
    columns = ["player_id", "book_line", "book_over_price", "book_under_price", "bookmaker",
               "under_bookmaker", "books_quoting", "book_p_over", "book_line_spread"]  # fmt: skip
    if props.empty:
        return pd.DataFrame(columns=columns)
    p = props.copy()
    p["imbalance"] = np.abs(
        implied_probability(p["over_price"].to_numpy(dtype=float))
        - implied_probability(p["under_price"].to_numpy(dtype=float))
    )
    p["imbalance"] = p["imbalance"].fillna(np.inf)
    p["updated"] = p["last_update"].fillna(-np.inf)
    p = p.sort_values(
        ["player_id", "bookmaker", "imbalance", "updated", "line"],
        ascending=[True, True, True, False, True],
        kind="stable",
    )
    per_book = p.drop_duplicates(["player_id", "bookmaker"], keep="first")
    lines = per_book.sort_values(["player_id", "line"], kind="stable")
    n = lines.groupby("player_id")["line"].transform("size")
    rank = lines.groupby("player_id").cumcount()
    median = lines[rank == (n - 1) // 2][["player_id", "line"]]
    median = median.rename(columns={"line": "book_line"})
    at_line = per_book.merge(median, on="player_id")
    at_line = at_line[at_line["line"] == at_line["book_line"]].copy()
    at_line["fair"] = fair_over(
        at_line["over_price"].to_numpy(dtype=float), at_line["under_price"].to_numpy(dtype=float)
    )
    market = at_line.groupby("player_id")["fair"].mean().rename("book_p_over").reset_index()
    out = median
    for side, price, book in (
        ("over_price", "book_over_price", "bookmaker"),
        ("under_price", "book_under_price", "under_bookmaker"),
    ):
        best = at_line[at_line[side].notna()].sort_values(
            ["player_id", side, "updated", "bookmaker"],
            ascending=[True, False, False, True],
            kind="stable",
        )
        best = best.drop_duplicates("player_id", keep="first")
        best = best.rename(columns={side: price, "bookmaker": book})[["player_id", price, book]]
        out = out.merge(best, on="player_id", how="left")
    by_player = per_book.groupby("player_id")["line"]
    books = by_player.size().rename("books_quoting").reset_index()
    books["book_line_spread"] = (by_player.max() - by_player.min()).to_numpy()
    out = out.merge(books, on="player_id").merge(market, on="player_id", how="left")
    return out[columns]


def match_props(props: pd.DataFrame, universe: PlayerUniverse) -> pd.DataFrame:
    """``props`` with the players phase 2 could not name matched on the universe.

    Phase 2 matches names on the rosters, which a backfill run does not load; the box
    score's players (the backfill universe) name them just as well, within the event's game.
    Lines of players outside the universe are dropped.
    """
    if props.empty:
        return props
    lookup = PlayerLookup((p.team_id, p.player_id, p.player_name) for p in universe)
    teams: dict[str, list[int]] = {}
    for p in universe:
        teams.setdefault(p.game_id, [])
        if p.team_id not in teams[p.game_id]:
            teams[p.game_id].append(p.team_id)
    ids = [
        pid if pd.notna(pid) else lookup.match(str(name), teams.get(str(game), []))
        for pid, name, game in zip(
            props["player_id"].tolist(), props["player_name"].tolist(), props["game_id"].tolist(),
            strict=True,
        )
    ]  # fmt: skip
    out = props.assign(player_id=pd.array(ids, dtype="Int64"))
    known = set(universe.player_ids)
    out = out[out["player_id"].isin(known)]
    return out.astype({"player_id": "int64"})


def teammates_out(conn: sa.Connection, universe: PlayerUniverse) -> dict[int, int]:
    """player → teammates out for the date (by the injury report, or backfill DNPs)."""
    u = universe.frame()
    if u.empty:
        return {}
    if u["injury_status"].notna().any():
        out = u["injury_status"] == "out"
        per_team = out.groupby(u["team_id"]).sum()
        own = out.astype(int)
        return {
            int(p): int(per_team[t] - o)
            for p, t, o in zip(u["player_id"], u["team_id"], own, strict=True)
        }
    if universe.mode != "backfill":
        return {int(p): 0 for p in u["player_id"]}
    box = reads.player_boxes(
        conn, on=universe.day, columns=("team_id", "player_id", "played", "dnp_reason")
    )
    reason = box["dnp_reason"].fillna("").str.lower()
    injured = ~box["played"].astype(bool) & ~reason.str.contains(HEALTHY_DNP)
    per_team = injured.groupby(box["team_id"]).sum()
    return {
        int(p): int(per_team.get(t, 0)) for p, t in zip(u["player_id"], u["team_id"], strict=True)
    }


def player_context(conn: sa.Connection, universe: PlayerUniverse) -> pd.DataFrame:
    """The ``upcoming_player_game_context`` rows of the universe's players."""
    u = universe.frame()
    if u.empty:
        return u
    day = universe.day
    counts = player_history_counts(conn, day, [int(p) for p in u["player_id"]])
    u = u.merge(counts, on="player_id", how="left")
    rest = team_rest(conn, day)
    days = u["team_id"].map(rest).astype(float)
    u["rest_days"], u["back_to_back"] = rest_columns(days)
    last = pd.to_datetime(u["last_played"])
    u["days_since_last_game"] = (pd.Timestamp(day) - last).dt.days.astype("Int64")
    u["games_played_season"] = u["games_played_season"].fillna(0).astype(int)
    out = teammates_out(conn, universe)
    u["teammates_out"] = u["player_id"].map(out).fillna(0).astype(int)
    lines = main_lines(match_props(reads.player_props(conn, day), universe))
    u = u.merge(lines, on="player_id", how="left")
    u["books_quoting"] = u["books_quoting"].fillna(0).astype(int)
    u["game_date"] = day
    u["universe_mode"] = universe.mode.value
    return u


def market_context(conn: sa.Connection, day: date, games: pd.DataFrame) -> pd.DataFrame:
    """Per team of ``day``'s games: team_spread, game_total, implied_team_total and
    game_line_books, from the books' pre-game spreads and totals (:mod:`tipoff.nba.game_lines`)."""
    columns = ["game_id", "team_id", "team_spread", "game_total", "implied_team_total",
               "game_line_books"]  # fmt: skip
    quotes = reads.game_line_quotes(conn, day)
    quotes = quotes[quotes["game_id"].notna()]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    agreed = game_lines.consensus(quotes)
    ids = quotes.drop_duplicates("event_id").set_index("event_id")["game_id"]
    agreed["game_id"] = agreed["event_id"].map(ids)
    per_game = games[["game_id", "home_team_id", "away_team_id"]].merge(agreed, on="game_id")
    per_game = per_game.drop_duplicates("game_id")
    out = game_lines.team_lines(per_game)
    books = per_game.set_index("game_id")["spread_books"]
    out["game_line_books"] = out["game_id"].map(books).astype("Int64")
    return out[columns]


def team_form(teams: pd.DataFrame, day: date) -> pd.DataFrame:
    """Per team, before ``day``: season games, wins, losses; last-10 pace and ratings."""
    columns = ["team_id", "games_played", "wins", "losses", "games_l10", "pace_l10",
               "off_rating_l10", "def_rating_l10"]  # fmt: skip
    if teams.empty:
        return pd.DataFrame(columns=columns)
    g = stats.team_games(teams)
    g["game_date"] = pd.to_datetime(g["game_date"])
    g = g.sort_values(["team_id", "game_date", "game_id"], kind="stable")
    season = g[g["game_date"] >= pd.Timestamp(season_start(day))]
    record = season.groupby("team_id").size().rename("games_played").to_frame()
    record["wins"] = (season["pts"] > season["opp_pts"]).groupby(season["team_id"]).sum()
    record["losses"] = record["games_played"] - record["wins"]
    last = g.groupby("team_id").tail(TEAM_WINDOW)
    sums = last.groupby("team_id").agg(
        games_l10=("game_id", "size"),
        poss=("game_possessions", "sum"),
        pts=("pts", "sum"),
        opp_pts=("opp_pts", "sum"),
        player_minutes=("minutes", "sum"),
    )
    sums["pace_l10"] = stats.ratio(48.0 * sums["poss"], sums["player_minutes"] / 5.0)
    sums["off_rating_l10"] = stats.ratio(sums["pts"], sums["poss"], 100.0)
    sums["def_rating_l10"] = stats.ratio(sums["opp_pts"], sums["poss"], 100.0)
    form = sums.join(record, how="left").reset_index()
    for c in ("games_played", "wins", "losses"):
        form[c] = form[c].fillna(0).astype(int)
    return form[columns]


def team_context(conn: sa.Connection, universe: PlayerUniverse) -> pd.DataFrame:
    """The ``upcoming_team_game_context`` rows of the date's scheduled games."""
    day = universe.day
    games = reads.schedule(conn, day)
    if games.empty:
        return pd.DataFrame()
    home = pd.DataFrame(
        {"game_id": games["game_id"], "team_id": games["home_team_id"],
         "opponent_team_id": games["away_team_id"], "is_home": True}
    )  # fmt: skip
    away = pd.DataFrame(
        {"game_id": games["game_id"], "team_id": games["away_team_id"],
         "opponent_team_id": games["home_team_id"], "is_home": False}
    )  # fmt: skip
    t = pd.concat([home, away], ignore_index=True)
    rest = team_rest(conn, day)
    days = t["team_id"].map(rest).astype(float)
    opp_days = t["opponent_team_id"].map(rest).astype(float)
    t["rest_days"], t["back_to_back"] = rest_columns(days)
    t["opponent_rest_days"], t["opponent_back_to_back"] = rest_columns(opp_days)
    form = team_form(reads.team_boxes(conn, before=day), day)
    t = t.merge(form, on="team_id", how="left")
    for c in ("games_played", "wins", "losses", "games_l10"):
        t[c] = t[c].fillna(0).astype(int)
    t = t.merge(market_context(conn, day, games), on=["game_id", "team_id"], how="left")
    u = universe.frame()
    counts = pd.DataFrame(
        {
            "team_id": u["team_id"].astype("int64"),
            "players": 1,
            "players_out": (u["injury_status"] == "out").astype(int),
            "players_doubtful_or_questionable": u["injury_status"]
            .isin(["doubtful", "questionable"])
            .astype(int),
        }
    )
    per_team = counts.groupby("team_id").sum()
    for column in ("players", "players_out", "players_doubtful_or_questionable"):
        t[column] = t["team_id"].map(per_team[column]).fillna(0).astype(int)
    t["game_date"] = day
    t["universe_mode"] = universe.mode.value
    t["roster_date"] = t["team_id"].map(universe.roster_dates)
    return t

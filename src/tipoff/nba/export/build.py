"""Rows to export documents: pure functions, each returning a validated model."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tipoff.nba.export import models as m
from tipoff.nba.grade.outcomes import CONFIDENCE_BUCKETS, EV_BUCKETS, Tally, confidence_bucket
from tipoff.nba.names import team_identity
from tipoff.nba.predict import quality_figures
from tipoff.nba.prop_lines import vig_free_over

Row = Mapping[str, Any]
INJURY_STATUSES = ("out", "doubtful", "questionable", "probable", "available")
DIGITS = 4
RECENT_GAMES = 10


def _r(value: Any) -> float | None:
    return None if value is None else round(float(value), DIGITS)


def _f(value: Any) -> float:
    return round(float(value), DIGITS)


# -- predictions -------------------------------------------------------------------------


def _tip_off(game: Row | None) -> datetime | None:
    start = None if game is None else game.get("tip_off")
    return None if start is None else datetime.fromtimestamp(float(start), UTC)


def _team(team_id: int, game: Row | None) -> tuple[str | None, str | None]:
    """(tricode, name) of a team: nba_api's static table, else the schedule's tricode."""
    known = team_identity(team_id)
    if known is not None:
        return known
    if game is not None:
        side = "home" if game.get("home_team_id") == team_id else "away"
        return game.get(f"{side}_tricode"), None
    return None, None


def _player_status(status: Row | None) -> dict[str, Any]:
    status = status or {}
    injury = status.get("injury_status")
    return {
        "position": status.get("position"),
        "injury_status": injury if injury in INJURY_STATUSES else None,
        "injury_reason": status.get("injury_reason") if injury in INJURY_STATUSES else None,
    }


def player_predictions(
    rows: Iterable[Row],
    names: Mapping[int, str],
    games: Mapping[str, Row] | None = None,
    statuses: Mapping[int, Row] | None = None,
) -> list[m.PlayerPrediction]:
    """One document per player from his prediction rows (one per line); ``games`` (see
    ``data.games``) and ``statuses`` (``data.player_status``) add the teams' tricodes and
    names, the tip-off, the position and the injury status."""
    games, statuses = games or {}, statuses or {}
    by_player: dict[int, list[Row]] = defaultdict(list)
    for r in rows:
        by_player[int(r["player_id"])].append(r)
    out = []
    for pid, lines in sorted(by_player.items()):
        lines.sort(key=lambda r: float(r["line"]))
        centre = next((r for r in lines if int(r["line_offset"]) == 0), lines[len(lines) // 2])
        game = games.get(str(centre["game_id"]))
        team_tricode, team_name = _team(int(centre["team_id"]), game)
        opponent_tricode, opponent_name = _team(int(centre["opponent_team_id"]), game)
        out.append(
            m.PlayerPrediction(
                player_id=pid,
                player_name=names.get(pid),
                game_id=str(centre["game_id"]),
                team_id=int(centre["team_id"]),
                opponent_team_id=int(centre["opponent_team_id"]),
                is_home=bool(centre["is_home"]),
                mean=_f(centre["mean"]),
                spread=_f(centre["spread"]),
                line_source=centre["line_source"],
                book_line=_r(centre["book_line"]),
                bookmaker=centre["bookmaker"],
                over_price=centre["over_price"],
                under_price=centre["under_price"],
                recommendation=centre["recommendation"],
                confidence=_f(centre["confidence"]),
                edge=_r(centre["edge"]),
                p_market=_r(centre.get("p_market")),
                p_blend=_r(centre.get("p_blend")),
                ev=_r(centre.get("ev")),
                price=centre.get("price"),
                team_spread=_r(centre.get("team_spread")),
                game_total=_r(centre.get("game_total")),
                implied_team_total=_r(centre.get("implied_team_total")),
                model_version=str(centre["model_version"]),
                feature_quality_score=_r(centre["feature_quality_score"]),
                prediction_mode=centre["prediction_mode"],
                lines=[
                    m.LinePrediction(
                        line=float(r["line"]),
                        offset=int(r["line_offset"]),
                        is_book_line=bool(r["is_book_line"]),
                        p_over=_f(r["p_over"]),
                        p_under=_f(r["p_under"]),
                        p_push=_f(r["p_push"]),
                        recommendation=r["recommendation"],
                        confidence=_f(r["confidence"]),
                        edge=_r(r["edge"]),
                    )
                    for r in lines
                ],
                team_tricode=team_tricode,
                team_name=team_name,
                opponent_tricode=opponent_tricode,
                opponent_name=opponent_name,
                tip_off=_tip_off(game),
                **_player_status(statuses.get(pid)),
            )
        )
    return out


def completion(
    batch: Row | None,
    predicted: int,
    forced_phases: Iterable[int] = (),
    shortfall: str | None = None,
) -> m.Completion:
    """Expected vs predicted players; failed = expected jobs without rows. ``shortfall``:
    why the date missed its outcome (see ``tipoff.nba.predict.delivery``), if it did."""
    forced = sorted(forced_phases)
    verdict: dict[str, Any] = {
        "outcome": "complete_degraded" if shortfall else "complete",
        "outcome_reason": shortfall,
    }
    if batch is None:
        return m.Completion(
            universe=predicted, expected=predicted, predicted=predicted, failed=0,
            needs_bootstrap=0, skipped={}, completion_pct=100.0 if predicted else 0.0,
            forced_phases=forced, **verdict,
        )  # fmt: skip
    expected = int(batch["expected"])
    skipped = {str(k): len(v) for k, v in dict(batch["skipped"] or {}).items()}
    return m.Completion(
        universe=int(batch["universe"]),
        expected=expected,
        predicted=predicted,
        failed=max(0, expected - predicted),
        needs_bootstrap=int(batch["needs_bootstrap"]),
        skipped=skipped,
        # nobody fanned out of a non-empty universe is 0%, not 100%
        completion_pct=(
            round(100.0 * min(predicted, expected) / expected, 2)
            if expected
            else (0.0 if int(batch["universe"]) else 100.0)
        ),
        forced_phases=forced,
        **verdict,
    )


def quality(rows: Iterable[Row]) -> m.QualityDistribution:
    """The confidence distribution of the centre lines (see QualityDistribution)."""
    s = quality_figures.spread(rows)
    histogram = {label: 0 for _, label in CONFIDENCE_BUCKETS}
    for c in s.confidences:
        histogram[confidence_bucket(c)] += 1
    return m.QualityDistribution(
        predictions=s.predictions,
        confidence_histogram=histogram,
        mean_confidence=_r(s.mean_confidence),
        fallback_share=_r(s.fallback_share),
        coin_flip_share=_r(s.coin_flip_share),
    )


def tonight(
    day: date,
    now: datetime,
    players: Sequence[m.PlayerPrediction],
    done: m.Completion,
    spread: m.QualityDistribution,
    schedule: Mapping[str, Row] | None = None,
) -> m.TonightAllPlayers:
    games: dict[str, list[m.PlayerPrediction]] = defaultdict(list)
    for p in players:
        games[p.game_id].append(p)
    out = []
    for game_id, members in sorted(games.items()):
        home = next((p.team_id for p in members if p.is_home), None)
        away = next((p.team_id for p in members if not p.is_home), None)
        if home is None and away is not None:
            home = members[0].opponent_team_id
        if away is None and home is not None:
            away = next((p.opponent_team_id for p in members if p.is_home), None)
        game = (schedule or {}).get(game_id)
        home_tricode, home_name = _team(home, game) if home is not None else (None, None)
        away_tricode, away_name = _team(away, game) if away is not None else (None, None)
        out.append(
            m.TonightGame(
                game_id=game_id,
                home_team_id=home,
                away_team_id=away,
                players=list(members),
                home_tricode=home_tricode,
                home_team_name=home_name,
                away_tricode=away_tricode,
                away_team_name=away_name,
                tip_off=_tip_off(game),
            )
        )
    return m.TonightAllPlayers(
        game_date=day,
        generated_at=now,
        model_versions=sorted({p.model_version for p in players}),
        completion=done,
        quality=spread,
        games=out,
    )


def recent_games(logs: Iterable[Row], limit: int = RECENT_GAMES) -> dict[int, list[m.RecentGame]]:
    by_player: dict[int, list[m.RecentGame]] = defaultdict(list)
    for g in logs:
        by_player[int(g["player_id"])].append(
            m.RecentGame(
                game_date=g["game_date"],
                game_id=str(g["game_id"]),
                opponent_team_id=int(g["opponent_team_id"]),
                is_home=bool(g["is_home"]),
                minutes=_f(g["minutes"]),
                points=int(g["pts"]),
            )
        )
    return {pid: games[-limit:][::-1] for pid, games in by_player.items()}


def streaks(
    day: date,
    now: datetime,
    history: Iterable[Row],
    players: Sequence[m.PlayerPrediction],
    min_length: int,
) -> m.StreaksFile:
    """Players whose last ``min_length``+ graded games fell on the same side of the line."""
    tonight_of = {p.player_id: p for p in players}
    runs: dict[int, tuple[str, int, date]] = {}
    closed: set[int] = set()
    for h in history:  # newest first per player
        pid = int(h["player_id"])
        if pid in closed or not h["played"]:
            continue
        side = h["actual_side"]
        current = runs.get(pid)
        if side not in ("OVER", "UNDER") or (current is not None and current[0] != side):
            closed.add(pid)
            continue
        runs[pid] = (side, (current[1] if current else 0) + 1, h["game_date"])
    out = []
    for pid, (side, length, since) in sorted(runs.items(), key=lambda kv: (-kv[1][1], kv[0])):
        if length < min_length:
            continue
        p = tonight_of.get(pid)
        out.append(
            m.Streak(
                player_id=pid,
                player_name=p.player_name if p else None,
                direction=side,  # type: ignore[arg-type]
                length=length,
                since=since,
                tonight_line=p.book_line if p else None,
                tonight_recommendation=p.recommendation if p else None,
            )
        )
    return m.StreaksFile(game_date=day, generated_at=now, min_length=min_length, streaks=out)


# -- grades and rates --------------------------------------------------------------------


def _summary(t: Tally) -> dict[str, Any]:
    roi, low, high = t.roi
    return {
        "predictions": t.predictions,
        "wins": t.wins,
        "losses": t.losses,
        "pushes": t.pushes,
        "no_action": t.no_action,
        "hit_rate": _r(t.hit_rate),
        "mae": _r(t.mae),
        "staked": t.staked,
        "profit": _r(t.profit_sum) if t.staked else None,
        "roi": _r(roi),
        "roi_ci_low": _r(low),
        "roi_ci_high": _r(high),
        "clv": _r(t.clv),
        "clv_count": t.clv_count,
    }


def _tallies(rows: Iterable[Row]) -> dict[tuple[str, str], Tally]:
    out: dict[tuple[str, str], Tally] = {}
    for r in rows:
        out.setdefault((str(r["dimension"]), str(r["bucket"])), Tally()).merge(r)
    return out


_LABELLED = {"confidence": CONFIDENCE_BUCKETS, "ev": EV_BUCKETS}


def _bucket_order(dimension: str, bucket: str) -> tuple[float, str]:
    if dimension in _LABELLED:
        labels = [label for _, label in _LABELLED[dimension]]
        return (float(labels.index(bucket)) if bucket in labels else 99.0, bucket)
    if dimension == "line_offset":
        try:
            return (float(bucket), bucket)
        except ValueError:
            return (99.0, bucket)
    return (0.0, bucket)


def _rates(tallies: Mapping[tuple[str, str], Tally], dimension: str) -> list[m.BucketRate]:
    found = [(b, t) for (d, b), t in tallies.items() if d == dimension]
    found.sort(key=lambda bt: _bucket_order(dimension, bt[0]))
    return [m.BucketRate(bucket=b, **_summary(t)) for b, t in found]


def _calibration(tallies: Mapping[tuple[str, str], Tally]) -> list[m.CalibrationBucket]:
    out = []
    for (d, b), t in sorted(tallies.items()):
        if d == "p_over" and t.decided:
            out.append(
                m.CalibrationBucket(
                    bucket=b,
                    count=t.decided,
                    predicted_over_rate=_f(t.p_over_sum / t.decided),
                    actual_over_rate=_f(t.overs / t.decided),
                )
            )
    return out


def results(
    day: date, now: datetime, grades: Iterable[Row], perf: Iterable[Row], names: Mapping[int, str]
) -> m.ResultsFile:
    tallies = _tallies(perf)
    by_player: dict[int, list[Row]] = defaultdict(list)
    for g in grades:
        by_player[int(g["player_id"])].append(g)
    players = []
    for pid, rows in sorted(by_player.items()):
        rows.sort(key=lambda r: float(r["line"]))
        centre = next((r for r in rows if int(r["line_offset"]) == 0), rows[len(rows) // 2])
        players.append(
            m.GradedPlayer(
                player_id=pid,
                player_name=names.get(pid),
                game_id=str(centre["game_id"]),
                played=bool(centre["played"]),
                actual_points=centre["actual_points"],
                mean=_f(centre["mean"]),
                abs_error=_r(centre["abs_error"]),
                recommendation=centre["recommendation"],
                outcome=centre["outcome"],
                lines=[
                    m.GradedLine(
                        line=float(r["line"]),
                        offset=int(r["line_offset"]),
                        recommendation=r["recommendation"],
                        confidence=_f(r["confidence"]),
                        actual_side=r["actual_side"],
                        outcome=r["outcome"],
                    )
                    for r in rows
                ],
            )
        )
    overall = tallies.get(("all", "all"), Tally())
    return m.ResultsFile(
        game_date=day,
        generated_at=now,
        summary=m.RateSummary(**_summary(overall)),
        by_confidence=_rates(tallies, "confidence"),
        by_line_offset=_rates(tallies, "line_offset"),
        players=players,
    )


def performance_window(
    name: str, start: date, end: date, perf: Iterable[Row]
) -> m.PerformanceWindow:
    tallies = _tallies(r for r in perf if start <= r["game_date"] <= end)
    return m.PerformanceWindow(
        name=name,
        start=start,
        end=end,
        summary=m.RateSummary(**_summary(tallies.get(("all", "all"), Tally()))),
        by_confidence=_rates(tallies, "confidence"),
        by_line_offset=_rates(tallies, "line_offset"),
        calibration=_calibration(tallies),
        by_ev=_rates(tallies, "ev"),
    )


def performance(
    as_of: date, now: datetime, perf: Sequence[Row], season_start: date, windows: Sequence[int]
) -> m.PerformanceFile:
    out = [
        performance_window(f"last_{n}_days", as_of - timedelta(days=n - 1), as_of, perf)
        for n in windows
    ]
    out.append(performance_window("season", season_start, as_of, perf))
    return m.PerformanceFile(as_of=as_of, generated_at=now, windows=out)


# -- best bets ---------------------------------------------------------------------------


def best_bets(
    day: date,
    now: datetime,
    rows: Iterable[Row],
    grades: Iterable[Row],
    names: Mapping[int, str],
    *,
    min_confidence: float,
    limit: int,
) -> m.BestBetsFile:
    """The picks (book lines whose blended expected value at the price cleared the
    prediction's margin) with the largest expected value, above min_confidence."""
    candidates = [
        r
        for r in rows
        if r["is_book_line"]
        and r["recommendation"] in ("OVER", "UNDER")
        and r.get("ev") is not None
        and r.get("price") is not None
        and float(r["ev"]) > 0
        and float(r["confidence"]) >= min_confidence
    ]
    candidates.sort(key=lambda r: (-float(r["ev"]), int(r["player_id"])))
    graded = {(int(g["player_id"]), float(g["line"])): g for g in grades}
    picks = []
    tally_ = Tally()
    for rank, r in enumerate(candidates[:limit], start=1):
        fair_over = r["p_market"]
        if fair_over is None:
            fair_over = vig_free_over(r["over_price"], r["under_price"])
        side = r["recommendation"]
        p_blend = float(r["p_blend"])
        p_side = p_blend if side == "OVER" else 1.0 - p_blend
        g = graded.get((int(r["player_id"]), float(r["line"])))
        if g is not None:
            tally_.add(g, errors=True)
        picks.append(
            m.BestBet(
                rank=rank,
                player_id=int(r["player_id"]),
                player_name=names.get(int(r["player_id"])),
                game_id=str(r["game_id"]),
                line=float(r["line"]),
                side=side,
                model_probability=_f(p_side),
                implied_probability=_f(fair_over if side == "OVER" else 1.0 - fair_over),
                edge=_f(r["edge"] if r["edge"] is not None else 0.0),
                ev=_f(r["ev"]),
                price=int(r["price"]),
                confidence=_f(r["confidence"]),
                bookmaker=r["bookmaker"],
                over_price=r["over_price"],
                under_price=r["under_price"],
                actual_points=None if g is None else g["actual_points"],
                outcome=None if g is None else g["outcome"],
                profit=None if g is None else _r(g.get("profit")),
            )
        )
    return m.BestBetsFile(
        game_date=day,
        generated_at=now,
        min_confidence=min_confidence,
        picks=picks,
        record=m.RateSummary(**_summary(tally_)) if tally_.predictions else None,
    )


# -- player profiles ---------------------------------------------------------------------


def profiles(
    as_of: date,
    now: datetime,
    season: str,
    logs: Iterable[Row],
    centre_grades: Iterable[Row],
    names: Mapping[int, str],
    *,
    min_games: int,
) -> list[m.PlayerProfile]:
    games: dict[int, list[Row]] = defaultdict(list)
    for g in logs:
        games[int(g["player_id"])].append(g)
    graded: dict[int, dict[date, Row]] = defaultdict(dict)
    for g in centre_grades:
        graded[int(g["player_id"])][g["game_date"]] = g
    out = []
    for pid, rows in sorted(games.items()):
        if len(rows) < min_games:
            continue
        pts = [int(r["pts"]) for r in rows]
        mins = [float(r["minutes"]) for r in rows]
        record = Tally()
        for done in graded.get(pid, {}).values():
            record.add({**done, "actual_side": None, "p_over": 0.0}, errors=True)
        recent = []
        for r in rows[-RECENT_GAMES:][::-1]:
            hit = graded.get(pid, {}).get(r["game_date"])
            recent.append(
                m.ProfileGame(
                    game_date=r["game_date"],
                    game_id=str(r["game_id"]),
                    opponent_team_id=int(r["opponent_team_id"]),
                    is_home=bool(r["is_home"]),
                    minutes=_f(r["minutes"]),
                    points=int(r["pts"]),
                    book_line=None if hit is None else _r(hit["book_line"]),
                    predicted_mean=None if hit is None else _r(hit["mean"]),
                    recommendation=None if hit is None else hit["recommendation"],
                    outcome=None if hit is None else hit["outcome"],
                )
            )
        last = pts[-RECENT_GAMES:]
        out.append(
            m.PlayerProfile(
                player_id=pid,
                player_name=names.get(pid),
                as_of=as_of,
                generated_at=now,
                season=season,
                games=len(rows),
                points_avg=_f(sum(pts) / len(pts)),
                minutes_avg=_f(sum(mins) / len(mins)),
                points_last_10_avg=_f(sum(last) / len(last)),
                record=m.RateSummary(**_summary(record)),
                recent_games=recent,
            )
        )
    return out

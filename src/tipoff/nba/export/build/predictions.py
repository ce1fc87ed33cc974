"""Prediction rows to the documents of a date's slate: the players' predictions, the
completion and quality blocks, tonight's games, recent games and streaks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from tipoff.nba.export import models as m
from tipoff.nba.export.build.player_lines import player_lines
from tipoff.nba.export.build.rounding import rounded, rounded_or_none
from tipoff.nba.pick_outcomes import CONFIDENCE_BUCKETS, confidence_bucket
from tipoff.nba.predict import quality_figures
from tipoff.nba.teams import team_by_id

Row = Mapping[str, Any]
INJURY_STATUSES = ("out", "doubtful", "questionable", "probable", "available")
RECENT_GAMES = 10


def _tip_off(game: Row | None) -> datetime | None:
    start = None if game is None else game.get("tip_off")
    return None if start is None else datetime.fromtimestamp(float(start), UTC)


def _team(team_id: int, game: Row | None) -> tuple[str | None, str | None]:
    """(tricode, name) of a team: the NBA's teams, else the schedule's tricode."""
    try:
        team = team_by_id(team_id)
    except KeyError:
        if game is not None:
            side = "home" if game.get("home_team_id") == team_id else "away"
            return game.get(f"{side}_tricode"), None
        return None, None
    return team.abbreviation, team.full_name


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
    out = []
    for pid, lines, centre in player_lines(rows):
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
                mean=rounded(centre["mean"]),
                spread=rounded(centre["spread"]),
                line_source=centre["line_source"],
                book_line=rounded_or_none(centre["book_line"]),
                bookmaker=centre["bookmaker"],
                over_price=centre["over_price"],
                under_price=centre["under_price"],
                recommendation=centre["recommendation"],
                confidence=rounded(centre["confidence"]),
                edge=rounded_or_none(centre["edge"]),
                p_market=rounded_or_none(centre.get("p_market")),
                p_blend=rounded_or_none(centre.get("p_blend")),
                ev=rounded_or_none(centre.get("ev")),
                price=centre.get("price"),
                team_spread=rounded_or_none(centre.get("team_spread")),
                game_total=rounded_or_none(centre.get("game_total")),
                implied_team_total=rounded_or_none(centre.get("implied_team_total")),
                model_version=str(centre["model_version"]),
                feature_quality_score=rounded_or_none(centre["feature_quality_score"]),
                prediction_mode=centre["prediction_mode"],
                lines=[
                    m.LinePrediction(
                        line=float(r["line"]),
                        offset=int(r["line_offset"]),
                        is_book_line=bool(r["is_book_line"]),
                        p_over=rounded(r["p_over"]),
                        p_under=rounded(r["p_under"]),
                        p_push=rounded(r["p_push"]),
                        recommendation=r["recommendation"],
                        confidence=rounded(r["confidence"]),
                        edge=rounded_or_none(r["edge"]),
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
        mean_confidence=rounded_or_none(s.mean_confidence),
        fallback_share=rounded_or_none(s.fallback_share),
        coin_flip_share=rounded_or_none(s.coin_flip_share),
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
                minutes=rounded(g["minutes"]),
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

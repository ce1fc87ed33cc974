"""Grades and tallies to the rate documents: a date's results and the performance over
windows of dates (hit rate, ROI, MAE, calibration, rates by bucket)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from tipoff.nba.export import models as m
from tipoff.nba.export.build.player_lines import player_lines
from tipoff.nba.export.build.rounding import rounded, rounded_or_none
from tipoff.nba.pick_outcomes import CONFIDENCE_BUCKETS, EV_BUCKETS, Tally

Row = Mapping[str, Any]


def rate_summary(t: Tally) -> dict[str, Any]:
    """A tally as the fields of :class:`~tipoff.nba.export.models.RateSummary`."""
    roi, low, high = t.roi
    return {
        "predictions": t.predictions,
        "wins": t.wins,
        "losses": t.losses,
        "pushes": t.pushes,
        "no_action": t.no_action,
        "hit_rate": rounded_or_none(t.hit_rate),
        "mae": rounded_or_none(t.mae),
        "staked": t.staked,
        "profit": rounded_or_none(t.profit_sum) if t.staked else None,
        "roi": rounded_or_none(roi),
        "roi_ci_low": rounded_or_none(low),
        "roi_ci_high": rounded_or_none(high),
        "clv": rounded_or_none(t.clv),
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
    return [m.BucketRate(bucket=b, **rate_summary(t)) for b, t in found]


def _calibration(tallies: Mapping[tuple[str, str], Tally]) -> list[m.CalibrationBucket]:
    out = []
    for (d, b), t in sorted(tallies.items()):
        if d == "p_over" and t.decided:
            out.append(
                m.CalibrationBucket(
                    bucket=b,
                    count=t.decided,
                    predicted_over_rate=rounded(t.p_over_sum / t.decided),
                    actual_over_rate=rounded(t.overs / t.decided),
                )
            )
    return out


def results(
    day: date, now: datetime, grades: Iterable[Row], perf: Iterable[Row], names: Mapping[int, str]
) -> m.ResultsFile:
    tallies = _tallies(perf)
    players = []
    for pid, rows, centre in player_lines(grades):
        players.append(
            m.GradedPlayer(
                player_id=pid,
                player_name=names.get(pid),
                game_id=str(centre["game_id"]),
                played=bool(centre["played"]),
                actual_points=centre["actual_points"],
                mean=rounded(centre["mean"]),
                abs_error=rounded_or_none(centre["abs_error"]),
                recommendation=centre["recommendation"],
                outcome=centre["outcome"],
                lines=[
                    m.GradedLine(
                        line=float(r["line"]),
                        offset=int(r["line_offset"]),
                        recommendation=r["recommendation"],
                        confidence=rounded(r["confidence"]),
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
        summary=m.RateSummary(**rate_summary(overall)),
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
        summary=m.RateSummary(**rate_summary(tallies.get(("all", "all"), Tally()))),
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

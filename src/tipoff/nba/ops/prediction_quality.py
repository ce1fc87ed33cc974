"""Prediction quality: how a date's model certainties are spread, and when that looks
wrong.

The checks judge the model's **certainty** of its likelier side on each centre line
(:func:`~tipoff.nba.predict.quality_figures.certainty`), not the stored ``confidence``: at
a priced book line that is the pick's expected value over ``FULL_EV``
(:mod:`tipoff.nba.prop_lines`), near 0 for most players since the blend stays close to the
market, a scale of its own that would set book lines against model lines and move with the
share of priced lines rather than with the model. Per date :func:`quality_report` measures
(with :mod:`.quality_statistics`):

- the **histogram** of confidences in ``BINS`` equal bins over [0, 1];
- the **coin-flip share**: of the book lines, those whose P(over) (pushes aside) lies in
  0.49-0.51 (:mod:`tipoff.nba.predict.quality_figures`);
- **bimodality**: Sarle's bimodality coefficient of the confidences. A uniform
  distribution has BC = 5/9; two separate clusters push it towards 1. But skew raises it
  too, and confidences are skewed: a healthy half-normal spread with a third of it scaled
  by the fallback multiplier tops 5/9 in about one slate of three. So the coefficient is
  judged only when strict and fallback predictions are mixed, and only together with the
  **separation** of the two groups, Ashman's D of the strict and the fallback
  confidences: two modes that are the two modes of prediction;
- the **shift** from the trailing :data:`TRAILING_DAYS` days (the dates strictly before,
  never the date itself or later): the population stability index over the same bins and
  the two-sample Kolmogorov-Smirnov statistic and p-value.

(the figures say "confidence" for that certainty, as in ``tipoff quality``.) The report's
``*_alarm`` properties say which figures are out of bounds; :mod:`.quality_alerts` turns
them into the monitor's alerts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from tipoff.nba.ops.quality_statistics import (
    BINS,
    bimodality_coefficient,
    histogram,
    ks,
    psi,
    separation,
)
from tipoff.nba.predict.quality_figures import (
    COIN_FLIP_ALERT_SHARE,
    Row,
    centre_lines,
    certainty,
    spread,
)
from tipoff.nba.predict.tables import player_prop_predictions

# Judged from 20 book lines: at the 10% base rate, 6 or more of 20 happen 1% of the time.
MIN_COIN_FLIP_LINES = 20
# Sarle's threshold: the coefficient of a uniform distribution, between one mode and two.
BIMODALITY_ALERT = 5 / 9
MIN_PREDICTIONS = 30  # fewer: sample skewness, kurtosis and a 10-bin PSI are mostly noise
# Mixing means the smaller of strict and fallback holds at least this share; one odd
# fallback prediction among a hundred strict ones is not a second population.
FALLBACK_MIX_MIN_SHARE = 0.1
# Ashman's D above 2: two normal components cleanly apart (Ashman et al., 1994). The
# fallback multiplier alone (0.7) leaves the groups at D of about 0.5.
SEPARATION_ALERT = 2.0
TRAILING_DAYS = 14
MIN_TRAILING_PREDICTIONS = 50  # fewer in the trailing window: no reference, no shift judged
# The usual reading of PSI: under 0.1 stable, 0.1-0.25 a moderate change worth noting,
# over 0.25 a significant one.
PSI_NOTE = 0.1
PSI_ALERT = 0.25
# A small slate alone can reach PSI 0.25 by chance (its expected value for an unchanged
# distribution is about (bins - 1) / n), so the shift alert also needs the KS test to call
# the two samples different at this level.
KS_ALERT_P = 0.01


@dataclass(frozen=True)
class QualityReport:
    """The distribution of one date's model certainties (:func:`certainty`; the fields say
    confidence) and its checks."""

    game_date: date
    predictions: int
    histogram: tuple[int, ...]  # BINS equal bins of certainty over [0, 1]
    mean_confidence: float | None  # mean certainty
    book_lines: int
    coin_flip_share: float | None  # of the book lines
    fallback_share: float | None
    bimodality: float | None  # Sarle's coefficient of the confidences
    separation: float | None  # Ashman's D of the strict and the fallback confidences
    trailing_start: date  # the trailing window, dates strictly before game_date
    trailing_end: date
    trailing_predictions: int
    psi: float | None  # None: a sample too small to judge
    ks_statistic: float | None
    ks_pvalue: float | None

    @property
    def fallback_mixed(self) -> bool:
        """Strict and fallback predictions both make up a real part of the date."""
        share = self.fallback_share
        return share is not None and min(share, 1.0 - share) >= FALLBACK_MIX_MIN_SHARE

    @property
    def coin_flips_alarm(self) -> bool:
        return (
            self.coin_flip_share is not None
            and self.book_lines >= MIN_COIN_FLIP_LINES
            and self.coin_flip_share > COIN_FLIP_ALERT_SHARE
        )

    @property
    def bimodal_alarm(self) -> bool:
        return (
            self.bimodality is not None
            and self.predictions >= MIN_PREDICTIONS
            and self.fallback_mixed
            and self.bimodality > BIMODALITY_ALERT
            and self.separation is not None
            and self.separation > SEPARATION_ALERT
        )

    @property
    def shift_judged(self) -> bool:
        return self.psi is not None

    @property
    def shift_level(self) -> str | None:
        """The usual reading of the PSI: stable, moderate or significant."""
        if self.psi is None:
            return None
        if self.psi < PSI_NOTE:
            return "stable"
        return "moderate" if self.psi <= PSI_ALERT else "significant"

    @property
    def shift_alarm(self) -> bool:
        return (
            self.psi is not None
            and self.ks_pvalue is not None
            and self.psi > PSI_ALERT
            and self.ks_pvalue < KS_ALERT_P
        )

    def to_json(self) -> dict[str, Any]:
        body = asdict(self)
        for key in ("game_date", "trailing_start", "trailing_end"):
            body[key] = body[key].isoformat()
        body["histogram"] = list(self.histogram)
        body["bins"] = BINS
        body["fallback_mixed"] = self.fallback_mixed
        body["shift_judged"] = self.shift_judged
        body["shift_level"] = self.shift_level
        return body


def _centre_rows(conn: sa.Connection, first: date, last: date) -> list[Row]:
    p = player_prop_predictions
    stmt = (
        sa.select(
            p.c.game_date,
            p.c.line_offset,
            p.c.is_book_line,
            p.c.p_over,
            p.c.p_under,
            p.c.raw_confidence,
            p.c.confidence_multiplier,
            p.c.prediction_mode,
        )
        .where(p.c.game_date >= first, p.c.game_date <= last, p.c.line_offset == 0)
        .order_by(p.c.game_date, p.c.player_id)
    )
    return [dict(r._mapping) for r in conn.execute(stmt)]


def _strict(rows: Iterable[Row]) -> list[float]:
    return [certainty(r) for r in centre_lines(rows) if r["prediction_mode"] != "fallback"]


def report_of(
    day: date, rows: Sequence[Row], trailing: Sequence[Row], *, trailing_days: int = TRAILING_DAYS
) -> QualityReport:
    """The report of ``day`` from its rows and the trailing window's (pure)."""
    s = spread(rows, certainty)
    t = spread(trailing, certainty)
    current_hist = histogram(s.confidences)
    psi_value = ks_stat = ks_p = None
    if s.predictions >= MIN_PREDICTIONS and t.predictions >= MIN_TRAILING_PREDICTIONS:
        psi_value = psi(current_hist, histogram(t.confidences))
        ks_stat, ks_p = ks(s.confidences, t.confidences)
    return QualityReport(
        game_date=day,
        predictions=s.predictions,
        histogram=current_hist,
        mean_confidence=s.mean_confidence,
        book_lines=s.book_lines,
        coin_flip_share=s.coin_flip_share,
        fallback_share=s.fallback_share,
        bimodality=bimodality_coefficient(s.confidences),
        separation=separation(_strict(rows), s.fallback_confidences),
        trailing_start=day - timedelta(days=trailing_days),
        trailing_end=day - timedelta(days=1),
        trailing_predictions=t.predictions,
        psi=psi_value,
        ks_statistic=ks_stat,
        ks_pvalue=ks_p,
    )


def quality_report(
    conn: sa.Connection, day: date, *, trailing_days: int = TRAILING_DAYS
) -> QualityReport:
    """The quality report of ``day``'s predictions against the ``trailing_days`` before."""
    rows = _centre_rows(conn, day - timedelta(days=trailing_days), day)
    today = [r for r in rows if r["game_date"] == day]
    trailing = [r for r in rows if r["game_date"] < day]
    return report_of(day, today, trailing, trailing_days=trailing_days)


def quality_reports(
    conn: sa.Connection, first: date, last: date, *, trailing_days: int = TRAILING_DAYS
) -> list[QualityReport]:
    """The reports of the dates from ``first`` to ``last`` that have predictions, from one
    read of the rows (each date's trailing window overlaps the others')."""
    rows = _centre_rows(conn, first - timedelta(days=trailing_days), last)
    days = sorted({r["game_date"] for r in rows if r["game_date"] >= first})
    return [
        report_of(
            day,
            [r for r in rows if r["game_date"] == day],
            [r for r in rows if day - timedelta(days=trailing_days) <= r["game_date"] < day],
            trailing_days=trailing_days,
        )
        for day in days
    ]


def latest_prediction_date(conn: sa.Connection) -> date | None:
    p = player_prop_predictions
    latest: date | None = conn.execute(sa.select(sa.func.max(p.c.game_date))).scalar_one()
    return latest

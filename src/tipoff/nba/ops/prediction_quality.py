"""Prediction quality: how a date's confidences are spread, and when that looks wrong.

One prediction is a player's centre line (offset 0: the book's line, or the model's own
when no book has one). The checks judge the model's **certainty** of its likelier side,
``2 * p_side - 1`` times the fallback multiplier (the stored ``raw_confidence *
confidence_multiplier``, :func:`certainty`), not the stored ``confidence``: at a priced
book line that is the pick's expected value over ``FULL_EV`` (:mod:`tipoff.nba.prop_lines`),
near 0 for most players since the blend stays close to the market, a scale of its own that
would set book lines against model lines and move with the share of priced lines rather
than with the model. Per date :func:`quality_report` measures:

- the **histogram** of confidences in :data:`BINS` equal bins over [0, 1];
- the **coin-flip share**: of the book lines, those whose P(over) (pushes aside) lies in
  0.49-0.51. A model line sits at the projected mean by construction, so it would count
  as a coin flip without saying anything; only book lines are counted;
- **bimodality**: Sarle's bimodality coefficient of the confidences,
  ``BC = (g^2 + 1) / (k + 3(n-1)^2 / ((n-2)(n-3)))`` with g the sample skewness and k the
  sample excess kurtosis (both bias-corrected). A uniform distribution has BC = 5/9; two
  separate clusters push it towards 1. But skew raises it too, and confidences are
  skewed: a healthy half-normal spread with a third of it scaled by the fallback
  multiplier tops 5/9 in about one slate of three. So the coefficient is judged only when
  strict and fallback predictions are mixed, and only together with the **separation**
  of the two groups, Ashman's ``D = sqrt(2) |m1 - m2| / sqrt(s1^2 + s2^2)`` of the strict
  and the fallback confidences: two modes that are the two modes of prediction;
- the **shift** from the trailing :data:`TRAILING_DAYS` days (the dates strictly before,
  never the date itself or later): the population stability index over the same bins,
  ``PSI = sum((a - e) * ln(a / e))`` with empty bins floored at :data:`PSI_EPSILON`, and
  the two-sample Kolmogorov-Smirnov statistic and p-value.

(the figures say "confidence" for that certainty, as in ``tipoff quality``.)

:func:`quality_alerts` turns a report into alerts (``quality:<date>:coin_flip``,
``...:bimodal``, ``...:shift``); their ``state`` is a coarse band of the figure, so an
alert book does not re-notify while the figure only wobbles inside its band. The export
publishes the spread of the stored confidences per date (:func:`spread`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from tipoff.engine.alerts import Alert, Severity
from tipoff.engine.store import Store
from tipoff.nba.game_status import ET
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.predict.tables import player_prop_predictions

Row = Mapping[str, Any]

BINS = 10  # equal-width confidence bins over [0, 1]: the histogram and the PSI's bins
COIN_FLIP_LOW, COIN_FLIP_HIGH = 0.49, 0.51  # a book line's P(over) in here: a coin flip
# A sound model leaves at most about one book line in ten this close to 0.5 (a side
# probability spread of 0.08 around it); a quarter is over twice that: a model answering
# near 0.5 for everyone, as it does from empty or constant features.
COIN_FLIP_ALERT_SHARE = 0.25
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
PSI_EPSILON = 1e-4  # the share given to an empty bin, so that ln(a/e) stays finite
# The usual reading of PSI: under 0.1 stable, 0.1-0.25 a moderate change worth noting,
# over 0.25 a significant one.
PSI_NOTE = 0.1
PSI_ALERT = 0.25
# A small slate alone can reach PSI 0.25 by chance (its expected value for an unchanged
# distribution is about (bins - 1) / n), so the shift alert also needs the KS test to call
# the two samples different at this level.
KS_ALERT_P = 0.01

# coarse bands of each figure: the alerts' state, so a wobble inside a band is not news
COIN_FLIP_BANDS = (0.25, 0.5, 0.75)
BIMODALITY_BANDS = (0.55, 0.7, 0.85)
PSI_BANDS = (0.25, 0.5, 1.0, 2.0)


# -- the figures of one date (also published by the export) ----------------------------


def centre_lines(rows: Iterable[Row]) -> list[Row]:
    """One row per prediction: the player's centre line (offset 0)."""
    return [r for r in rows if int(r["line_offset"]) == 0]


def over_probability(row: Row) -> float | None:
    """P(over) with pushes aside (``p_over / (p_over + p_under)``); None if both are 0."""
    decided = float(row["p_over"]) + float(row["p_under"])
    return float(row["p_over"]) / decided if decided > 0 else None


def stored_confidence(row: Row) -> float:
    return float(row["confidence"])


def certainty(row: Row) -> float:
    """The model's certainty of its likelier side, fallback-scaled (see the module
    docstring): what the checks judge, on book and model lines alike."""
    return float(row["raw_confidence"]) * float(row["confidence_multiplier"])


def is_coin_flip(row: Row) -> bool:
    p = over_probability(row)
    # rounded first: 0.51 stored as 0.5100000000000001 is still a coin flip
    return p is not None and COIN_FLIP_LOW <= round(p, 9) <= COIN_FLIP_HIGH


@dataclass(frozen=True)
class Spread:
    """How a date's predictions are spread (see the module docstring); shares are None
    when there is nothing to share out."""

    predictions: int
    confidences: tuple[float, ...]
    fallback_confidences: tuple[float, ...]
    mean_confidence: float | None
    fallback_share: float | None
    book_lines: int
    coin_flips: int

    @property
    def coin_flip_share(self) -> float | None:
        return self.coin_flips / self.book_lines if self.book_lines else None


def spread(rows: Iterable[Row], measure: Callable[[Row], float] = stored_confidence) -> Spread:
    """The spread of a date's prediction rows (every line; the centre lines are picked),
    of the stored confidences unless another ``measure`` is given."""
    centre = centre_lines(rows)
    n = len(centre)
    confidences = tuple(measure(r) for r in centre)
    fallback = tuple(measure(r) for r in centre if r["prediction_mode"] == "fallback")
    book = [r for r in centre if r["is_book_line"]]
    return Spread(
        predictions=n,
        confidences=confidences,
        fallback_confidences=fallback,
        mean_confidence=sum(confidences) / n if n else None,
        fallback_share=len(fallback) / n if n else None,
        book_lines=len(book),
        coin_flips=sum(is_coin_flip(r) for r in book),
    )


# -- statistics ----------------------------------------------------------------------------


def histogram(confidences: Iterable[float], bins: int = BINS) -> tuple[int, ...]:
    """Counts in ``bins`` equal bins over [0, 1]; 1.0 falls in the last one."""
    counts = [0] * bins
    for c in confidences:
        counts[min(bins - 1, max(0, int(float(c) * bins)))] += 1
    return tuple(counts)


def bimodality_coefficient(values: Sequence[float]) -> float | None:
    """Sarle's BC (see the module docstring); None below 4 values or without spread."""
    n = len(values)
    if n < 4:
        return None
    import numpy as np
    from scipy import stats  # type: ignore[import-untyped]

    x = np.asarray(values, dtype="float64")
    if float(np.ptp(x)) == 0.0:
        return None
    g = float(stats.skew(x, bias=False))
    k = float(stats.kurtosis(x, fisher=True, bias=False))
    return (g * g + 1.0) / (k + 3.0 * (n - 1) ** 2 / ((n - 2) * (n - 3)))


def separation(first: Sequence[float], second: Sequence[float]) -> float | None:
    """Ashman's D of two groups; None unless each has two values."""
    if len(first) < 2 or len(second) < 2:
        return None
    import statistics

    spread_ = statistics.variance(first) + statistics.variance(second)
    gap = abs(statistics.fmean(first) - statistics.fmean(second))
    # two constant groups apart are as separate as can be; the floor keeps D finite
    return math.sqrt(2.0) * gap / math.sqrt(max(spread_, 1e-12))


def psi(current: Sequence[int], reference: Sequence[int], epsilon: float = PSI_EPSILON) -> float:
    """Population stability index of two histograms over the same bins."""
    n, m = sum(current), sum(reference)
    if not n or not m:
        raise ValueError("psi of an empty histogram")
    total = 0.0
    for a_count, e_count in zip(current, reference, strict=True):
        a, e = max(a_count / n, epsilon), max(e_count / m, epsilon)
        total += (a - e) * math.log(a / e)
    return total


def ks(current: Sequence[float], reference: Sequence[float]) -> tuple[float, float]:
    """The two-sample Kolmogorov-Smirnov statistic and its p-value."""
    from scipy.stats import ks_2samp  # type: ignore[import-untyped]

    result = ks_2samp(current, reference)
    return float(result.statistic), float(result.pvalue)


# -- the report of a date ------------------------------------------------------------------


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


# -- alerts ----------------------------------------------------------------------------------


def band(value: float, edges: Sequence[float]) -> str:
    """The coarse band ``value`` falls in: "<0.25", "0.25-0.5", ..., ">=2.0"."""
    if value < edges[0]:
        return f"<{edges[0]:g}"
    for lo, hi in itertools.pairwise(edges):
        if value < hi:
            return f"{lo:g}-{hi:g}"
    return f">={edges[-1]:g}"


def _figures(report: QualityReport, *names: str) -> dict[str, Any]:
    values = report.to_json()
    return {"game_date": values["game_date"], **{n: values[n] for n in names}}


def alerts_of(report: QualityReport) -> list[Alert]:
    """One alert per problem the report shows (pure)."""
    day = report.game_date.isoformat()
    head = f"predictions for {day}:"
    out: list[Alert] = []
    if report.coin_flips_alarm:
        assert report.coin_flip_share is not None
        share = report.coin_flip_share
        out.append(
            Alert(
                key=f"quality:{day}:coin_flip",
                severity=Severity.WARNING,
                message=(
                    f"{head} {share:.0%} of {report.book_lines} book lines are coin flips "
                    f"(P(over) {COIN_FLIP_LOW}-{COIN_FLIP_HIGH}; threshold "
                    f"{COIN_FLIP_ALERT_SHARE:.0%})"
                ),
                details={
                    **_figures(report, "coin_flip_share", "book_lines", "histogram"),
                    "threshold": COIN_FLIP_ALERT_SHARE,
                },
                state={"coin_flip_share": band(share, COIN_FLIP_BANDS)},
            )
        )
    if report.bimodal_alarm:
        assert report.bimodality is not None and report.fallback_share is not None
        assert report.separation is not None
        out.append(
            Alert(
                key=f"quality:{day}:bimodal",
                severity=Severity.WARNING,
                message=(
                    f"{head} confidence bimodality coefficient {report.bimodality:.3f} "
                    f"(threshold {BIMODALITY_ALERT:.3f}): strict and fallback predictions "
                    f"apart, Ashman's D {report.separation:.1f} (threshold {SEPARATION_ALERT}), "
                    f"{report.fallback_share:.0%} fallback of {report.predictions}"
                ),
                details={
                    **_figures(
                        report,
                        "bimodality",
                        "separation",
                        "fallback_share",
                        "predictions",
                        "histogram",
                    ),
                    "threshold": BIMODALITY_ALERT,
                    "separation_threshold": SEPARATION_ALERT,
                },
                state={"bimodality": band(report.bimodality, BIMODALITY_BANDS)},
            )
        )
    if report.shift_alarm:
        assert report.psi is not None and report.ks_statistic is not None
        window = (report.trailing_end - report.trailing_start).days + 1
        out.append(
            Alert(
                key=f"quality:{day}:shift",
                severity=Severity.WARNING,
                message=(
                    f"{head} PSI {report.psi:.2f} vs the trailing {window} days "
                    f"(threshold {PSI_ALERT}), KS {report.ks_statistic:.2f} "
                    f"p={report.ks_pvalue:.2g} (threshold {KS_ALERT_P})"
                ),
                details={
                    **_figures(
                        report,
                        "psi",
                        "ks_statistic",
                        "ks_pvalue",
                        "predictions",
                        "trailing_predictions",
                        "trailing_start",
                        "trailing_end",
                        "histogram",
                    ),
                    "psi_threshold": PSI_ALERT,
                    "ks_p_threshold": KS_ALERT_P,
                },
                state={"psi": band(report.psi, PSI_BANDS)},
            )
        )
    return out


def quality_alerts(store: Store, day: date) -> list[Alert]:
    """The prediction-quality alerts of ``day`` (none when it has no predictions)."""
    with store.read() as conn:
        report = quality_report(conn, day)
    return alerts_of(report)


@ops_blueprint.watch("quality")
def watch_quality(store: Store, now: float) -> list[Alert]:
    """The monitor's turn: the alerts of yesterday's and today's predictions (Eastern)."""
    today = datetime.fromtimestamp(now, tz=ET).date()
    with store.read() as conn:
        reports = quality_reports(conn, today - timedelta(days=1), today)
    return [alert for report in reports for alert in alerts_of(report)]

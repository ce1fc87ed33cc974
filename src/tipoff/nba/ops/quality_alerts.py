"""The prediction-quality alerts: a date's report (:mod:`.prediction_quality`) as alerts.

One alert per problem: ``quality:<date>:coin_flip``, ``...:bimodal``, ``...:shift``. Their
``state`` is a coarse band of the figure, so an alert book does not re-notify while the
figure only wobbles inside its band. The monitor asks for yesterday's and today's every
turn (:func:`watch_quality`, registered on the ops blueprint).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from tipoff.engine.alerts import Alert, Severity
from tipoff.engine.store import Store
from tipoff.nba.game_status import ET
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.ops.prediction_quality import (
    BIMODALITY_ALERT,
    KS_ALERT_P,
    PSI_ALERT,
    SEPARATION_ALERT,
    QualityReport,
    quality_report,
    quality_reports,
)
from tipoff.nba.predict.quality_figures import (
    COIN_FLIP_ALERT_SHARE,
    COIN_FLIP_HIGH,
    COIN_FLIP_LOW,
)

# coarse bands of each figure: the alerts' state, so a wobble inside a band is not news
COIN_FLIP_BANDS = (0.25, 0.5, 0.75)
BIMODALITY_BANDS = (0.55, 0.7, 0.85)
PSI_BANDS = (0.25, 0.5, 1.0, 2.0)


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

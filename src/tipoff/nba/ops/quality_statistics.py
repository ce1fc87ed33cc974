"""The statistics the prediction-quality checks compute from a date's confidences.

Pure functions of numbers, kept apart from the report that reads the rows and judges the
figures (:mod:`.prediction_quality`): a histogram over equal bins, Sarle's bimodality
coefficient, Ashman's separation of two groups, the population stability index and the
two-sample Kolmogorov-Smirnov test. numpy and scipy are imported only when called.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

BINS = 10  # equal-width confidence bins over [0, 1]: the histogram and the PSI's bins
PSI_EPSILON = 1e-4  # the share given to an empty bin, so that ln(a/e) stays finite


def histogram(confidences: Iterable[float], bins: int = BINS) -> tuple[int, ...]:
    """Counts in ``bins`` equal bins over [0, 1]; 1.0 falls in the last one."""
    counts = [0] * bins
    for c in confidences:
        counts[min(bins - 1, max(0, int(float(c) * bins)))] += 1
    return tuple(counts)


def bimodality_coefficient(values: Sequence[float]) -> float | None:
    """Sarle's BC, ``(g^2 + 1) / (k + 3(n-1)^2 / ((n-2)(n-3)))`` with g the sample
    skewness and k the sample excess kurtosis (both bias-corrected); None below 4 values
    or without spread."""
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
    """Ashman's D of two groups, ``sqrt(2) |m1 - m2| / sqrt(s1^2 + s2^2)``; None unless
    each has two values."""
    if len(first) < 2 or len(second) < 2:
        return None
    import statistics

    spread_ = statistics.variance(first) + statistics.variance(second)
    gap = abs(statistics.fmean(first) - statistics.fmean(second))
    # two constant groups apart are as separate as can be; the floor keeps D finite
    return math.sqrt(2.0) * gap / math.sqrt(max(spread_, 1e-12))


def psi(current: Sequence[int], reference: Sequence[int], epsilon: float = PSI_EPSILON) -> float:
    """Population stability index of two histograms over the same bins,
    ``sum((a - e) * ln(a / e))`` with empty bins floored at ``epsilon``."""
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

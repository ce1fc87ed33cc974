"""The port phase 5 predicts through: a points model seen as a :class:`Predictor`.

A predictor takes a frame of feature rows (one per player, the model's input columns,
NaN where a value is missing) and, for each row, the lines to price; it returns a
:class:`Forecast` per row: the points distribution (mean, spread) and P(over/under/push)
of every line. :class:`NormalPredictor` turns any mean-and-spread model into one, pricing
lines with :func:`~tipoff.nba.prop_lines.line_probability`; :class:`ModelPredictor`
adapts the trained points model of :mod:`tipoff.nba.model` (its ``distribution`` of a
feature frame prices any line, pushes included).

Which predictor a worker uses: ``resources["points_predictor"]`` when the pipeline's
resources provide one (a predictor, or a function of the job context returning one),
else the trained model in the bucket (``models/points/<version>/``), loaded through
:mod:`tipoff.nba.model.artefacts` and kept for a few minutes per worker.
"""

from __future__ import annotations

import importlib
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np
import pandas as pd

from tipoff.engine.registry import JobContext
from tipoff.errors import ProcessorError
from tipoff.nba.prop_lines import LineProbability, line_probability

RESOURCE = "points_predictor"
# A loaded model is reused by the jobs of a fan-out for this long, then looked up again
# (so a newly promoted "latest" is picked up within minutes).
MODEL_CACHE_S = 600.0
_cache: dict[tuple[str, str], tuple[float, Predictor]] = {}
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class Forecast:
    """One player's points distribution and the probabilities of the lines asked for."""

    mean: float
    spread: float
    lines: tuple[LineProbability, ...]


@runtime_checkable
class Predictor(Protocol):
    """A points model: ``version`` names the artefact, ``feature_names`` its inputs."""

    @property
    def version(self) -> str: ...

    @property
    def feature_names(self) -> Sequence[str]: ...

    def predict(
        self, features: pd.DataFrame, lines: Sequence[Sequence[float]]
    ) -> Sequence[Forecast]: ...


DistributionFn = Callable[[pd.DataFrame], tuple[Sequence[float], Sequence[float]]]


class NormalPredictor:
    """A predictor from a function giving each row's mean and spread of points."""

    def __init__(
        self,
        version: str,
        feature_names: Sequence[str],
        fn: DistributionFn,
        *,
        blend: Any = None,
    ) -> None:
        self._version = version
        self._features = tuple(feature_names)
        self._fn = fn
        self.blend = blend  # with the market at book lines; None: the market alone

    @property
    def version(self) -> str:
        return self._version

    @property
    def feature_names(self) -> Sequence[str]:
        return self._features

    def predict(
        self, features: pd.DataFrame, lines: Sequence[Sequence[float]]
    ) -> Sequence[Forecast]:
        means, spreads = self._fn(features)
        out = []
        for mean, spread, row_lines in zip(means, spreads, lines, strict=True):
            m, s = float(mean), float(spread)
            if not (math.isfinite(m) and math.isfinite(s)):
                raise ValueError(f"model {self._version}: non-finite mean {m} or spread {s}")
            out.append(Forecast(m, s, tuple(line_probability(m, s, x) for x in row_lines)))
        return out


class ModelPredictor:
    """The trained points model (``version``, ``features``, ``distribution(frame)``)."""

    def __init__(self, model: Any) -> None:
        self._model = model

    @property
    def version(self) -> str:
        return str(self._model.version)

    @property
    def feature_names(self) -> Sequence[str]:
        return tuple(self._model.features)

    @property
    def blend(self) -> Any:
        """The model's blend with the market at book lines."""
        return getattr(self._model, "blend", None)

    def predict(
        self, features: pd.DataFrame, lines: Sequence[Sequence[float]]
    ) -> Sequence[Forecast]:
        dist = self._model.distribution(features)
        means = np.asarray(dist.mean, dtype=float)
        spreads = np.asarray(dist.std(), dtype=float)
        out = []
        for i, row_lines in enumerate(lines):
            priced = []
            for line in row_lines:
                p = dist.line_probabilities(np.full(len(features), float(line)))
                priced.append(
                    LineProbability(
                        float(line), float(p["over"][i]), float(p["under"][i]), float(p["push"][i])
                    )
                )
            out.append(Forecast(float(means[i]), float(spreads[i]), tuple(priced)))
        return out


def resolve_predictor(ctx: JobContext) -> Predictor:
    """The predictor for a job (see the module docstring); ProcessorError naming why not."""
    found = ctx.resources.get(RESOURCE)
    if found is not None:
        predictor = found if isinstance(found, Predictor) else found(ctx)
        if not isinstance(predictor, Predictor):
            raise ProcessorError(f"{ctx.processor}: resources[{RESOURCE!r}] is not a Predictor")
        return predictor
    return _from_model_package(ctx)


def _from_model_package(ctx: JobContext) -> Predictor:
    """The trained model saved in the bucket (``params.model_version``, default latest)."""
    version = str(ctx.params.get("model_version", "latest"))
    bucket = ctx.resources.get("bucket")
    if bucket is None:
        raise ProcessorError(f"{ctx.processor}: no bucket resource to load model {version} from")
    key = (str(getattr(bucket, "url", bucket)), version)
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and now - hit[0] < MODEL_CACHE_S:
            return hit[1]
    # imported here: the model's libraries load only in workers that predict
    artefacts: Any = importlib.import_module("tipoff.nba.model.artefacts")
    # ModelNotFound (no model trained yet, an unknown version) fails the job, naming it
    predictor = ModelPredictor(artefacts.load_model(bucket, version))
    with _cache_lock:
        _cache[key] = (now, predictor)
    return predictor

"""Phase 5's settings, read from the processors' ``params`` in ``nba.yaml``.

The defaults are the seeds' (strict mode, 5 lines around the book line, at least 3 games,
fallback confidence x 0.7, export at 80% of predictions), and a pick only where its
expected value at the quoted price beats 3% of the stake (``min_ev``); a run's params or the CLI may
override any of them. A bad value is a ConfigError naming the processor and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tipoff.engine.registry import read_params
from tipoff.nba.prop_lines import DEFAULT_LINE_OFFSETS, DEFAULT_MIN_EV

DEFAULT_MIN_GAMES = 3
DEFAULT_FALLBACK_MULTIPLIER = 0.7
DEFAULT_EXPORT_THRESHOLD = 0.8


class PredictSettings(BaseModel):
    """Phase 5's knobs (the names are the params' keys)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    prediction_mode: Literal["strict", "fallback"] = "strict"
    fallback_confidence_multiplier: float = Field(DEFAULT_FALLBACK_MULTIPLIER, gt=0, le=1)
    use_multiple_lines: bool = True
    line_offsets: tuple[int, ...] = DEFAULT_LINE_OFFSETS
    min_games: int = Field(DEFAULT_MIN_GAMES, ge=0)
    export_threshold: float = Field(DEFAULT_EXPORT_THRESHOLD, ge=0, le=1)
    min_ev: float = Field(DEFAULT_MIN_EV, ge=0, le=1)  # a pick's expected value must beat it
    model_version: str = "latest"

    @field_validator("line_offsets")
    @classmethod
    def _has_book_line(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if 0 not in value:
            raise ValueError("must include 0 (the book line itself)")
        return tuple(sorted(set(value)))

    @property
    def strict(self) -> bool:
        return self.prediction_mode == "strict"

    @property
    def offsets(self) -> tuple[int, ...]:
        """The line offsets priced: all of them, or the book line alone."""
        return self.line_offsets if self.use_multiple_lines else (0,)


def predict_settings(params: Mapping[str, Any], *, processor: str) -> PredictSettings:
    return read_params(PredictSettings, params, processor=processor)

"""The JSON schema of every export: pydantic models, validated before a byte is written.

Every document carries ``schema_version``; floats must be finite (a NaN from a model is
a validation error, never a ``NaN`` in a published file); unknown fields are refused.
``schemas()`` returns the JSON Schema of each document, for the API's consumers.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1

Probability = Annotated[float, Field(ge=0.0, le=1.0)]
PlayerId = Annotated[int, Field(gt=0)]
Recommendation = Literal["OVER", "UNDER", "PASS"]
OutcomeName = Literal["WIN", "LOSS", "PUSH", "NO_ACTION"]
SideName = Literal["OVER", "UNDER", "PUSH"]
InjuryStatus = Literal["out", "doubtful", "questionable", "probable", "available"]


class ExportModel(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)


class LinePrediction(ExportModel):
    line: float = Field(gt=0)
    offset: int
    is_book_line: bool
    p_over: Probability
    p_under: Probability
    p_push: Probability
    recommendation: Recommendation
    confidence: Probability
    edge: float | None = None


class PlayerPrediction(ExportModel):
    player_id: PlayerId
    player_name: str | None
    game_id: str
    team_id: int
    opponent_team_id: int
    is_home: bool
    mean: float = Field(ge=0)
    spread: float = Field(gt=0)
    line_source: Literal["book", "model"]
    book_line: float | None
    bookmaker: str | None  # the book of ``price`` (each side's price is the best of the books)
    over_price: int | None
    under_price: int | None
    recommendation: Recommendation  # at the centre line (the book's, when there is one)
    confidence: Probability  # from the expected value at a book line (see nba.prop_lines)
    edge: float | None
    p_market: Probability | None = None  # the books' vig-free P(over) at the book line
    p_blend: Probability | None = None  # model and market blended (the pick's basis)
    ev: float | None = None  # expected profit per unit of the better side at its price
    price: int | None = None  # that side's American price at ``bookmaker``
    # the game as the books see it (consensus of their last pre-game quotes)
    team_spread: float | None = None  # the player's team's handicap: -4.5 = favoured by 4.5
    game_total: float | None = None
    implied_team_total: float | None = None  # game_total / 2 - team_spread / 2
    model_version: str
    feature_quality_score: float | None
    prediction_mode: Literal["strict", "fallback"]
    lines: list[LinePrediction]
    # for a page to show without a lookup of its own: the teams, the game's start, the
    # player's position and the date's injury report (None where no source said)
    team_tricode: str | None = None  # "BOS"
    team_name: str | None = None  # "Boston Celtics"
    opponent_tricode: str | None = None
    opponent_name: str | None = None
    tip_off: datetime | None = None  # the game's scheduled start, UTC
    position: str | None = None  # from the latest roster on or before the date ("G", "F-C")
    injury_status: InjuryStatus | None = None  # the date's injury report; None: not listed
    injury_reason: str | None = None


class Completion(ExportModel):
    """How much of the date's universe was predicted."""

    universe: int = Field(ge=0)
    expected: int = Field(ge=0)
    predicted: int = Field(ge=0)
    failed: int = Field(ge=0)
    needs_bootstrap: int = Field(ge=0)
    skipped: dict[str, int]
    completion_pct: float = Field(ge=0, le=100)
    # phases of the date's run pushed past their dependency and pre-flight checks (a forced
    # self-heal before the first game, or a manual trigger): inputs may be incomplete
    forced_phases: list[int] = Field(default_factory=list)
    # the date's outcome as the engine judges it (tipoff.nba.ops.outcome): complete, or
    # complete_degraded with the reason (nobody predicted on a game day, too few of the
    # players with book lines)
    outcome: Literal["complete", "complete_degraded"] = "complete"
    outcome_reason: str | None = None


class QualityDistribution(ExportModel):
    """How the date's confidences are spread (centre lines): a histogram by confidence
    bucket, the share made from fallback inputs, and the share of coin flips among the
    book lines (P(over) within 0.49-0.51), whose rise signals a degraded model or inputs.
    Computed by :mod:`tipoff.nba.predict.quality_figures`."""

    predictions: int = Field(ge=0)
    confidence_histogram: dict[str, int]
    mean_confidence: Probability | None
    fallback_share: Probability | None
    coin_flip_share: Probability | None


class TonightGame(ExportModel):
    game_id: str
    home_team_id: int | None
    away_team_id: int | None
    players: list[PlayerPrediction]
    home_tricode: str | None = None
    home_team_name: str | None = None
    away_tricode: str | None = None
    away_team_name: str | None = None
    tip_off: datetime | None = None  # the game's scheduled start, UTC


class TonightAllPlayers(ExportModel):
    """v1/tonight/all-players.json"""

    schema_version: Literal[1] = SCHEMA_VERSION
    game_date: date
    generated_at: datetime
    model_versions: list[str]
    completion: Completion
    quality: QualityDistribution
    games: list[TonightGame]


class RecentGame(ExportModel):
    game_date: date
    game_id: str
    opponent_team_id: int
    is_home: bool
    minutes: float = Field(ge=0)
    points: int = Field(ge=0)


class TonightPlayer(ExportModel):
    """v1/tonight/players/<player_id>.json"""

    schema_version: Literal[1] = SCHEMA_VERSION
    game_date: date
    generated_at: datetime
    prediction: PlayerPrediction
    recent_games: list[RecentGame]


class PredictionsFile(ExportModel):
    """v1/predictions/<date>.json: every prediction of the date, the archive copy."""

    schema_version: Literal[1] = SCHEMA_VERSION
    game_date: date
    generated_at: datetime
    completion: Completion
    quality: QualityDistribution
    predictions: list[PlayerPrediction]


class Streak(ExportModel):
    player_id: PlayerId
    player_name: str | None
    direction: Literal["OVER", "UNDER"]  # the side of the book line his last games fell on
    length: int = Field(ge=1)
    since: date
    tonight_line: float | None
    tonight_recommendation: Recommendation | None


class StreaksFile(ExportModel):
    """v1/streaks/<date>.json"""

    schema_version: Literal[1] = SCHEMA_VERSION
    game_date: date
    generated_at: datetime
    min_length: int
    streaks: list[Streak]


class RateSummary(ExportModel):
    predictions: int = Field(ge=0)
    wins: int = Field(ge=0)
    losses: int = Field(ge=0)
    pushes: int = Field(ge=0)
    no_action: int = Field(ge=0)
    hit_rate: Probability | None
    mae: float | None = Field(default=None, ge=0)
    # picks graded as one-unit bets at their prices
    staked: int = Field(default=0, ge=0)
    profit: float | None = None
    roi: float | None = None
    roi_ci_low: float | None = None  # 95% interval of the ROI
    roi_ci_high: float | None = None
    clv: float | None = None  # mean closing-line value, where a later quote existed
    clv_count: int = Field(default=0, ge=0)


class BucketRate(RateSummary):
    bucket: str


class CalibrationBucket(ExportModel):
    bucket: str
    count: int = Field(ge=0)
    predicted_over_rate: Probability
    actual_over_rate: Probability


class GradedLine(ExportModel):
    line: float
    offset: int
    recommendation: Recommendation
    confidence: Probability
    actual_side: SideName | None
    outcome: OutcomeName


class GradedPlayer(ExportModel):
    player_id: PlayerId
    player_name: str | None
    game_id: str
    played: bool
    actual_points: int | None
    mean: float
    abs_error: float | None
    recommendation: Recommendation
    outcome: OutcomeName
    lines: list[GradedLine]


class ResultsFile(ExportModel):
    """v1/results/<date>.json and v1/results/latest.json"""

    schema_version: Literal[1] = SCHEMA_VERSION
    game_date: date
    generated_at: datetime
    summary: RateSummary
    by_confidence: list[BucketRate]
    by_line_offset: list[BucketRate]
    players: list[GradedPlayer]


class PerformanceWindow(ExportModel):
    name: str
    start: date
    end: date
    summary: RateSummary
    by_confidence: list[BucketRate]
    by_line_offset: list[BucketRate]
    calibration: list[CalibrationBucket]
    by_ev: list[BucketRate] = Field(default_factory=list)  # picks by their expected value


class PerformanceFile(ExportModel):
    """v1/performance/latest.json"""

    schema_version: Literal[1] = SCHEMA_VERSION
    as_of: date
    generated_at: datetime
    windows: list[PerformanceWindow]


class BestBet(ExportModel):
    rank: int = Field(ge=1)
    player_id: PlayerId
    player_name: str | None
    game_id: str
    line: float
    side: Literal["OVER", "UNDER"]
    model_probability: Probability  # of the side, model and market blended, pushes aside
    implied_probability: Probability  # the book's, vig removed
    edge: float
    ev: float  # expected profit per unit at ``price``
    price: int  # the American price of the side at ``bookmaker``
    confidence: Probability
    bookmaker: str | None
    over_price: int | None
    under_price: int | None
    actual_points: int | None = None
    outcome: OutcomeName | None = None
    profit: float | None = None  # of one unit at ``price``, once graded


class BestBetsFile(ExportModel):
    """v1/best-bets/<date>.json"""

    schema_version: Literal[1] = SCHEMA_VERSION
    game_date: date
    generated_at: datetime
    min_confidence: float
    picks: list[BestBet]
    record: RateSummary | None  # once graded


class ProfileGame(ExportModel):
    game_date: date
    game_id: str
    opponent_team_id: int
    is_home: bool
    minutes: float = Field(ge=0)
    points: int = Field(ge=0)
    book_line: float | None = None
    predicted_mean: float | None = None
    recommendation: Recommendation | None = None
    outcome: OutcomeName | None = None


class PlayerProfile(ExportModel):
    """v1/players/<player_id>.json (weekly)"""

    schema_version: Literal[1] = SCHEMA_VERSION
    player_id: PlayerId
    player_name: str | None
    as_of: date
    generated_at: datetime
    season: str
    games: int = Field(ge=0)
    points_avg: float = Field(ge=0)
    minutes_avg: float = Field(ge=0)
    points_last_10_avg: float = Field(ge=0)
    record: RateSummary
    recent_games: list[ProfileGame]


DOCUMENTS: dict[str, type[ExportModel]] = {
    "tonight/all-players": TonightAllPlayers,
    "tonight/players/<player_id>": TonightPlayer,
    "predictions/<date>": PredictionsFile,
    "streaks/<date>": StreaksFile,
    "results/<date>": ResultsFile,
    "performance/latest": PerformanceFile,
    "best-bets/<date>": BestBetsFile,
    "players/<player_id>": PlayerProfile,
}


def schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of each export document, by its path pattern under v1/."""
    return {path: model.model_json_schema() for path, model in DOCUMENTS.items()}

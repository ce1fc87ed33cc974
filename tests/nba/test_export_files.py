"""Export documents: keys from validated ids, schemas, atomic writes, latest copies."""

from __future__ import annotations

import json
import math
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from tipoff.bucket import Bucket
from tipoff.nba.export import keys, writer
from tipoff.nba.export import models as m

D = date(2025, 11, 12)
NOW = datetime(2025, 11, 12, 18, 0, tzinfo=UTC)


def summary(wins: int = 1) -> m.RateSummary:
    return m.RateSummary(predictions=2, wins=wins, losses=1, pushes=0, no_action=0,
                         hit_rate=wins / (wins + 1), mae=3.5)  # fmt: skip


def results(day: date = D, mae: float = 3.5) -> m.ResultsFile:
    return m.ResultsFile(
        game_date=day,
        generated_at=NOW,
        summary=m.RateSummary(
            predictions=2, wins=1, losses=1, pushes=0, no_action=0, hit_rate=0.5, mae=mae
        ),
        by_confidence=[],
        by_line_offset=[],
        players=[],
    )


def test_keys_follow_the_layout() -> None:
    assert keys.tonight_all_players() == "v1/tonight/all-players.json"
    assert keys.tonight_player(203999) == "v1/tonight/players/203999.json"
    assert keys.predictions(D) == "v1/predictions/2025-11-12.json"
    assert keys.streaks(D) == "v1/streaks/2025-11-12.json"
    assert keys.results(D) == "v1/results/2025-11-12.json"
    assert keys.results_latest() == "v1/results/latest.json"
    assert keys.performance_latest() == "v1/performance/latest.json"
    assert keys.best_bets(D) == "v1/best-bets/2025-11-12.json"
    assert keys.player_profile(2544) == "v1/players/2544.json"


@pytest.mark.parametrize("bad", ["../../etc/passwd", "2544", 2544.0, True, 0, -5, None])
def test_keys_refuse_anything_but_a_positive_integer_id(bad: object) -> None:
    with pytest.raises(ValueError, match="player id"):
        keys.tonight_player(bad)
    with pytest.raises(ValueError, match="player id"):
        keys.player_profile(bad)


@pytest.mark.parametrize("bad", ["2025-11-12", "../x", datetime(2025, 11, 12), None])
def test_keys_refuse_anything_but_a_date(bad: object) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        keys.results(bad)


def test_documents_refuse_nan_unknown_fields_and_out_of_range_probabilities() -> None:
    with pytest.raises(ValidationError):
        results(mae=math.nan)
    with pytest.raises(ValidationError):
        m.LinePrediction(line=20.5, offset=0, is_book_line=True, p_over=1.2, p_under=0.0,
                         p_push=0.0, recommendation="OVER", confidence=0.4)  # fmt: skip
    with pytest.raises(ValidationError):
        m.RateSummary.model_validate({**summary().model_dump(), "surprise": 1})
    with pytest.raises(ValidationError):
        m.RecentGame(game_date=D, game_id="x", opponent_team_id=1, is_home=True,
                     minutes=30.0, points=-3)  # fmt: skip


def test_every_document_has_a_json_schema() -> None:
    schemas = m.schemas()
    assert set(schemas) == {
        "tonight/all-players", "tonight/players/<player_id>", "predictions/<date>",
        "streaks/<date>", "results/<date>", "performance/latest", "best-bets/<date>",
        "players/<player_id>",
    }  # fmt: skip
    assert schemas["results/<date>"]["properties"]["schema_version"]["const"] == 1
    assert "players" in schemas["tonight/all-players"]["$defs"]["TonightGame"]["properties"]


def test_a_written_document_round_trips_through_its_model(tmp_path: Path) -> None:
    bucket = Bucket(tmp_path)
    writer.write(bucket, keys.results(D), results())
    again = m.ResultsFile.model_validate_json(bucket.get_bytes(keys.results(D)))
    assert again == results()


def test_a_document_that_fails_to_build_leaves_the_previous_file_intact(tmp_path: Path) -> None:
    bucket = Bucket(tmp_path)
    writer.write(bucket, keys.results(D), results())
    before = bucket.get_bytes(keys.results(D))
    with pytest.raises(ValidationError):
        writer.write(bucket, keys.results(D), results(mae=math.inf))
    assert bucket.get_bytes(keys.results(D)) == before


def test_a_write_failing_midway_leaves_the_previous_file_intact_and_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bucket = Bucket(tmp_path)
    writer.write(bucket, keys.results(D), results())
    before = bucket.get_bytes(keys.results(D))

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        writer.write(bucket, keys.results(D), results(mae=9.0))
    monkeypatch.undo()
    assert bucket.get_bytes(keys.results(D)) == before
    assert sorted(p.name for p in (tmp_path / "v1/results").iterdir()) == ["2025-11-12.json"]


def test_latest_only_moves_forward(tmp_path: Path) -> None:
    bucket = Bucket(tmp_path)
    key = keys.results_latest()
    assert writer.write_latest(bucket, key, results(D), D, "game_date")
    older = date(2025, 10, 30)
    assert not writer.write_latest(bucket, key, results(older), older, "game_date")
    assert json.loads(bucket.get_bytes(key))["game_date"] == "2025-11-12"
    newer = date(2025, 11, 13)
    assert writer.write_latest(bucket, key, results(newer), newer, "game_date")
    assert json.loads(bucket.get_bytes(key))["game_date"] == "2025-11-13"

"""``tipoff export`` by hand: the date's exports, the player profiles and the JSON Schemas,
each reported as it went; ``tipoff metrics`` gives the age of each latest.json."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from support.cli import run_tipoff, tipoff_env
from tipoff.engine.store import Store
from tipoff.nba.export import models as m
from tipoff.nba.raw_tables import raw_player_boxscores

D = date(2025, 11, 12)
STATS = ("fgm", "fga", "fg3m", "fg3a", "ftm", "fta", "oreb", "dreb", "reb", "ast", "stl",
         "blk", "tov", "pf")  # fmt: skip


def env_for(tmp_path: Path) -> dict[str, str]:
    return tipoff_env(
        f"sqlite:///{tmp_path / 'tipoff.db'}",
        TIPOFF_PIPELINE="nba",
        TIPOFF_BUCKET_URL=str(tmp_path / "bucket"),
    )


def games_played(url: str, player_id: int, n: int) -> None:
    """``n`` games of one player this season, the last on the day before ``D``."""
    rows = [
        {"game_id": f"00225{player_id}{i:03d}", "player_id": player_id,
         "game_date": D - timedelta(days=2 * i + 1), "team_id": 1610612738,
         "opponent_team_id": 1610612752, "is_home": True, "player_name": f"Player {player_id}",
         "starter": True, "played": True, "dnp_reason": None, "minutes": 30.0, "pts": 20,
         **{s: 0 for s in STATS}, "plus_minus": 0, "source_key": "t", "loaded_at": 1.0}
        for i in range(n)
    ]  # fmt: skip
    store = Store(url)
    try:
        with store.transaction() as conn:
            conn.execute(sa.insert(raw_player_boxscores), rows)
    finally:
        store.dispose()


def test_export_by_hand_reports_each_export_and_exits_1_when_one_failed(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    assert run_tipoff(env, tmp_path, "db", "upgrade", "--pipeline", "nba").returncode == 0
    done = run_tipoff(env, tmp_path, "export", "--date", D.isoformat())
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"ok     tonight {D} (backfill): 2 file(s) written",  # predictions and streaks
        f"ok     results {D} (backfill): 4 file(s) written",  # + best bets and the latest
    ]
    bucket = tmp_path / "bucket" / "v1"
    archive = m.PredictionsFile.model_validate_json((bucket / f"predictions/{D}.json").read_text())
    assert archive.game_date == D and archive.predictions == []
    assert (bucket / "results" / "latest.json").is_file()
    # the results folder cannot be written: that export fails, the other one still runs
    (bucket / "results" / "latest.json").unlink()
    (bucket / "results" / f"{D}.json").unlink()
    (bucket / "results").rmdir()
    (bucket / "results").write_text("in the way")
    failed = run_tipoff(env, tmp_path, "export", "--date", D.isoformat(), "--only",
                        "results,tonight")  # fmt: skip
    assert failed.returncode == 1, failed.stderr
    ok, bad = failed.stdout.splitlines()[1], failed.stdout.splitlines()[0]
    assert ok == f"ok     tonight {D} (backfill): 2 file(s) written"
    assert bad.startswith(f"FAILED results {D} (backfill): FileExistsError: "), bad
    assert "tipoff dlq show" in bad
    unknown = run_tipoff(env, tmp_path, "export", "--date", D.isoformat(), "--only", "tonite")
    assert unknown.returncode == 2
    assert (
        unknown.stderr.strip() == "error: --only: unknown export tonite (known: tonight, results)"
    )
    nothing = run_tipoff(env, tmp_path, "export")
    assert nothing.returncode == 2 and "--date" in nothing.stderr


def test_export_players_writes_the_profiles_of_players_with_enough_games(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    assert run_tipoff(env, tmp_path, "db", "upgrade", "--pipeline", "nba").returncode == 0
    url = env["TIPOFF_DATABASE_URL"]
    games_played(url, 101, 6)
    games_played(url, 102, 3)
    five = run_tipoff(env, tmp_path, "export", "--players", "--min-games", "5",
                      "--date", D.isoformat())  # fmt: skip
    assert five.returncode == 0, five.stderr
    assert five.stdout.splitlines() == [f"ok     players {D}: 1 file(s) written"]
    players = tmp_path / "bucket" / "v1" / "players"
    assert sorted(p.name for p in players.iterdir()) == ["101.json"]
    profile = m.PlayerProfile.model_validate_json((players / "101.json").read_text())
    assert profile.games == 6 and profile.as_of == D
    three = run_tipoff(env, tmp_path, "export", "--players", "--min-games", "3",
                       "--date", D.isoformat())  # fmt: skip
    assert three.stdout.splitlines() == [f"ok     players {D}: 2 file(s) written"]


def test_export_schemas_publishes_every_document_s_schema_and_an_index(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    shown = run_tipoff(env, tmp_path, "export", "schemas")
    assert shown.returncode == 0, shown.stderr
    folder = tmp_path / "bucket" / "v1" / "schemas"
    index = json.loads((folder / "index.json").read_text())
    assert index["schema_version"] == m.SCHEMA_VERSION
    assert set(index["documents"]) == {f"{path}.json" for path in m.DOCUMENTS}
    assert index["documents"]["tonight/all-players.json"] == "TonightAllPlayers.schema.json"
    for path, model in m.DOCUMENTS.items():
        schema = json.loads((folder / index["documents"][f"{path}.json"]).read_text())
        assert schema["title"] == model.__name__
        assert {k: v for k, v in schema.items() if k != "$schema"} == model.model_json_schema()
    tonight = json.loads((folder / "TonightAllPlayers.schema.json").read_text())
    player = tonight["$defs"]["PlayerPrediction"]["properties"]
    assert {"team_tricode", "opponent_name", "tip_off", "position", "injury_status"} <= set(player)
    assert f"{len(m.DOCUMENTS) + 1} schema file(s) written under " in shown.stdout
    elsewhere = run_tipoff(env, tmp_path, "export", "schemas", "--out", str(tmp_path / "out"))
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert (tmp_path / "out" / "index.json").is_file()


def test_metrics_give_the_age_of_each_latest_json(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    assert run_tipoff(env, tmp_path, "db", "upgrade", "--pipeline", "nba").returncode == 0
    assert run_tipoff(env, tmp_path, "export", "--date", D.isoformat()).returncode == 0
    shown = run_tipoff(env, tmp_path, "metrics")
    assert shown.returncode == 0, shown.stderr
    ages = {
        line.split('output="')[1].split('"')[0]: float(line.split()[-1])
        for line in shown.stdout.splitlines()
        if line.startswith("tipoff_output_age_seconds{")
    }
    # written a moment ago by the export; tonight's slate never was (a backfill date)
    assert set(ages) == {"v1/results/latest.json", "v1/performance/latest.json"}
    assert all(0 <= age < 86400 for age in ages.values()), ages
    allowed = [line for line in shown.stdout.splitlines()
               if line.startswith("tipoff_output_max_age_seconds{")]  # fmt: skip
    assert len(allowed) == 3

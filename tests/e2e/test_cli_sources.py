"""``tipoff sources check`` as a user runs it: against the simulator, and against a server
of recorded real responses on 127.0.0.1 standing in for the live upstreams."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support.cli import run_tipoff, tipoff_env
from support.recordings import serve

SECRET_KEY = "odds-key-that-must-not-show"
KINDS = ["schedule", "roster", "boxscore", "injury_report", "odds_events", "player_props"]


def _check(tmp_path: Path, *args: str, **env: str) -> Any:
    return run_tipoff(
        tipoff_env(
            f"sqlite:///{tmp_path / 'e2e.db'}",
            TIPOFF_PIPELINE="nba",
            TIPOFF_ODDS_API_KEY=SECRET_KEY,
            **env,
        ),
        tmp_path,
        "sources",
        "check",
        *args,
    )


def test_every_document_kind_of_the_simulator_fetches_and_parses(tmp_path: Path) -> None:
    result = _check(tmp_path, "--source", "sim", "--date", "2025-11-12")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Source sim for 2025-11-12:"
    for kind in KINDS:
        [line] = [x for x in lines if x.split()[:1] == [kind]]
        assert line.split()[1:3] == ["OK", "200"], line
        assert "rows" in line and "GET https://" in line
    assert "apiKey=REDACTED" in result.stdout
    assert SECRET_KEY not in result.stdout + result.stderr
    assert lines[-1] == "6/6 document kinds ok"

    as_json = _check(tmp_path, "--source", "sim", "--date", "2025-11-12", "--json")
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert doc["ok"] is True and [k["document"] for k in doc["kinds"]] == KINDS
    assert all(k["rows"] > 0 and k["bytes"] > 0 for k in doc["kinds"])


def test_the_live_source_over_a_local_server_of_recordings_reports_each_kind(
    tmp_path: Path,
) -> None:
    with serve() as served:
        result = _check(
            tmp_path,
            "--source",
            "live",
            "--date",
            "2025-11-05",
            "--json",
            TIPOFF_LIVE_STATS_URL=f"{served.url}/stats",
            TIPOFF_LIVE_ODDS_URL=f"{served.url}/v4",
            TIPOFF_LIVE_INJURY_URL=f"{served.url}/referee/injury",
            TIPOFF_HTTP_MAX_ATTEMPTS="1",
        )
    assert result.returncode == 1, result.stderr  # some kinds are not recorded for the date
    kinds = {k["document"]: k for k in json.loads(result.stdout)["kinds"]}
    schedule = kinds["schedule"]
    # the real scoreboardv3 of 2025-11-05, recorded by nba_api, over real HTTP
    assert (schedule["outcome"], schedule["status"], schedule["rows"]) == ("ok", 200, 11)
    assert schedule["url"].startswith(f"{served.url}/stats/scoreboardv3?GameDate=2025-11-05")
    roster = kinds["roster"]
    if roster["part"] == "1610612739":  # Cleveland's roster is recorded too
        assert (roster["outcome"], roster["rows"]) == ("ok", 19)
    else:
        assert (roster["outcome"], roster["status"]) == ("failed", 404)
    assert kinds["odds_events"]["outcome"] == "failed"
    assert kinds["odds_events"]["status"] == 404
    assert "apiKey=REDACTED" in kinds["odds_events"]["url"]
    assert kinds["player_props"]["outcome"] == "skipped"
    assert "odds events" in kinds["player_props"]["detail"]
    assert SECRET_KEY not in result.stdout + result.stderr
    asked = [p.split("?")[0] for p in served.asked]
    assert asked[0] == "/stats/scoreboardv3"
    assert "/v4/sports/basketball_nba/events" in asked


def test_bad_input_exits_2_naming_it(tmp_path: Path) -> None:
    bad_source = _check(tmp_path, "--source", "ftp")
    assert bad_source.returncode == 2
    assert (
        bad_source.stderr.strip() == "error: --source: unknown source 'ftp' (live, sim or replay)"
    )
    bad_date = _check(tmp_path, "--source", "sim", "--date", "2025-13-01")
    assert bad_date.returncode == 2
    assert bad_date.stderr.startswith("error: --date: '2025-13-01' is not a valid date")
    no_folder = _check(tmp_path, "--source", "replay")
    assert no_folder.returncode == 2
    assert "TIPOFF_REPLAY_DATA_DIR" in no_folder.stderr
    assert "Traceback" not in bad_source.stderr + bad_date.stderr + no_folder.stderr


def test_tipoff_trigger_opens_a_run_on_the_settings_source_and_status_shows_it(
    tmp_path: Path,
) -> None:
    env = tipoff_env(
        f"sqlite:///{tmp_path / 'e2e.db'}",
        TIPOFF_PIPELINE="nba",
        TIPOFF_SOURCE="live",
        TIPOFF_BUCKET_URL=str(tmp_path / "bucket"),
    )
    done = run_tipoff(env, tmp_path, "trigger", "--phase", "1", "--date", "2025-11-05")
    assert done.returncode == 0, done.stderr
    text = run_tipoff(env, tmp_path, "status", "2025-11-05")
    assert "source=live (TIPOFF_SOURCE)" in text.stdout, text.stdout
    shown = run_tipoff(env, tmp_path, "status", "2025-11-05", "--json")
    [run] = json.loads(shown.stdout)["runs"]
    assert (run["trigger_source"], run["params"]["source"]) == ("manual", "live")
    assert run["param_origins"]["as_of"] == "same_day default"

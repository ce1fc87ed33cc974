"""Phases 1-2 of the NBA pipeline under the engine: scrapers, decisions, faults, replay."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest
import sqlalchemy as sa

from support.real_data import REAL_DATA, SEASON_2023_24, require
from tipoff.bucket import Bucket
from tipoff.engine.breaker import BreakerPolicy
from tipoff.engine.clock import ManualClock, SystemClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import Registry
from tipoff.engine.schema import circuit_breakers, jobs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.errors import ConfigError
from tipoff.nba import pipeline as nba
from tipoff.nba import raw_tables as t
from tipoff.nba.documents import Document
from tipoff.nba.scrape.context import ET, DateContext
from tipoff.nba.scrape.decisions import Decision, check_date, check_pipeline
from tipoff.nba.scrape.resolvers import RESOLVERS
from tipoff.nba.scrape.shared import RunDocuments
from tipoff.nba.sim import League
from tipoff.nba.sources.factory import make_source
from tipoff.nba.sources.http import HttpPolicy
from tipoff.nba.sources.sim import SimTransport

SEASON, SEED = "2025-26", 7  # the league of tests/nba/conftest.py

DAY = date(2025, 11, 12)


def fast_pipeline(**replace: str) -> PipelineDef:
    """The NBA pipeline with retries seconds apart instead of minutes (same processors)."""
    text = nba.PIPELINE_FILE.read_text().replace(
        "base_s: 5, cap_s: 300", "base_s: 0.01, cap_s: 0.05"
    )
    for old, new in replace.items():
        assert old in text, f"nba.yaml no longer has {old!r}: the test edits nothing"
        text = text.replace(old, new)
    full = parse_pipeline(text, source="nba.yaml")
    # phases 1-2 only: these tests are about fetching and loading (later phases have their own)
    return dataclasses.replace(full, phases=full.phases[:2])


def orchestrator(
    store: Store,
    tmp: Path,
    *,
    faults: Any = None,
    pipeline: PipelineDef | None = None,
    http_policy: HttpPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Orchestrator:
    """Phases 1-2 on the simulator, or on the live source over ``transport``."""
    clock = SystemClock()

    def build(name: str) -> Any:
        return make_source(
            name,
            store=store,
            clock=clock,
            sim_season=SEASON,
            sim_seed=SEED,
            faults=faults if name == "sim" else None,
            replay_dir=REAL_DATA,
            sleep=lambda _s: None,
            http_policy=http_policy,
            transport=transport,
            odds_api_key="tests",
        )

    return Orchestrator(
        store,
        pipeline or fast_pipeline(),
        Registry(*nba.blueprints),
        clock=clock,
        schemas=nba.schemas,
        resources={"bucket": Bucket(tmp / "bucket"), "sources": nba.Sources(build)},
    )


def count(store: Store, table: sa.Table, **where: Any) -> int:
    with store.read() as conn:
        stmt = sa.select(sa.func.count()).select_from(table)
        for k, v in where.items():
            stmt = stmt.where(table.c[k] == v)
        return int(conn.execute(stmt).scalar_one())


# -- decisions and resolvers ------------------------------------------------------------


def test_every_document_has_a_resolver() -> None:
    assert set(RESOLVERS) == set(Document)


def test_a_post_game_scraper_in_a_same_day_mode_is_a_validation_error() -> None:
    post_game = "modes: [overnight, backfill]\n        probe: boxscore"
    bad = fast_pipeline(
        **{post_game: post_game.replace("overnight, backfill", "same_day, overnight")}
    )
    problems = check_pipeline(bad)
    assert len(problems) == 1
    assert "phases[0].processors[3].params.decision" in problems[0]
    assert "same_day" in problems[0] and "scrape_boxscores" in problems[0]


def test_an_overnight_window_aimed_at_today_is_a_validation_error() -> None:
    window = 'post-game-window, cron: "0 2 * * *", action: run, mode: overnight, date: yesterday'
    bad = fast_pipeline(**{window: window.replace("yesterday", "today")})
    problems = check_pipeline(bad)
    assert problems == [
        "nba.yaml: schedules[1].date: 'post-game-window' runs mode 'overnight', whose "
        "scrapers need finished games, for 'today'; use date: yesterday"
    ]
    assert check_pipeline(fast_pipeline()) == []


def test_game_aware_yesterday_refuses_a_date_still_to_be_played() -> None:
    morning = datetime(2025, 11, 12, 9, 0, tzinfo=ET)
    with pytest.raises(ConfigError, match="game_aware_yesterday needs a date whose games are over"):
        check_date(Decision.GAME_AWARE_YESTERDAY, DAY, morning, who="scrape_boxscores")
    check_date(Decision.GAME_AWARE_YESTERDAY, date(2025, 11, 11), morning, who="x")
    check_date(Decision.GAME_AWARE, DAY, morning, who="x")  # same-day scrapers may look at today


# -- the pipeline on the simulator ------------------------------------------------------


def test_same_day_and_overnight_fill_the_raw_tables_from_the_simulator(
    store: Store, tmp_path: Path, league: League
) -> None:
    orch = orchestrator(store, tmp_path)
    (same_day,) = orch.run_dates(
        [DAY], "same_day", concurrency=4, timeout_s=120, params={"source": "sim"}
    )
    assert same_day.status is RunStatus.COMPLETE, same_day.blocked
    games = league.schedule(DAY, as_of=datetime(2025, 11, 12, 12, 0, tzinfo=ET))
    assert count(store, t.raw_schedule, game_date=DAY) == len(games) > 0
    teams = set(games["HOME_TEAM_ID"]) | set(games["VISITOR_TEAM_ID"])
    with store.read() as conn:
        roster_teams = set(
            conn.execute(
                sa.select(t.raw_rosters.c.team_id).where(t.raw_rosters.c.roster_date == DAY)
            ).scalars()
        )
    assert roster_teams == teams
    assert count(store, t.raw_odds_events, game_date=DAY) == len(games)
    assert count(store, t.raw_player_props, game_date=DAY) > 0

    (overnight,) = orch.run_dates(
        [DAY], "overnight", concurrency=4, timeout_s=120, params={"source": "sim"}
    )
    assert overnight.status is RunStatus.COMPLETE, overnight.blocked
    box = league.box_scores(DAY)
    assert count(store, t.raw_player_boxscores, game_date=DAY) == len(box.players)
    with store.read() as conn:
        pts = conn.execute(
            sa.select(sa.func.sum(t.raw_player_boxscores.c.pts)).where(
                t.raw_player_boxscores.c.game_date == DAY
            )
        ).scalar_one()
        statuses = set(
            conn.execute(
                sa.select(t.raw_documents.c.status).where(t.raw_documents.c.data_date == DAY)
            ).scalars()
        )
        log = conn.execute(
            sa.select(t.scraper_execution_log.c.scraper, t.scraper_execution_log.c.status).where(
                t.scraper_execution_log.c.data_date == DAY
            )
        ).all()
    assert pts == int(box.teams["PTS"].sum())
    assert statuses == {"processed"}
    assert {s for _, s in log} == {"success"}
    assert sum(1 for name, _ in log if name == "scrape_boxscores") == len(games)


def test_a_date_without_games_skips_game_aware_scrapers(
    sqlite_store: Store, tmp_path: Path, league: League
) -> None:
    dates = set(league.game_dates())
    day = next(date(2025, 12, d) for d in range(20, 28) if date(2025, 12, d) not in dates)
    orch = orchestrator(sqlite_store, tmp_path)
    (state,) = orch.run_dates(
        [day], "same_day", concurrency=2, timeout_s=60, params={"source": "sim"}
    )
    assert state.status is RunStatus.COMPLETE, state.blocked
    with sqlite_store.read() as conn:
        log = dict(
            conn.execute(
                sa.select(t.scraper_execution_log.c.scraper, t.scraper_execution_log.c.status)
            ).all()
        )
    assert log["scrape_schedule"] == "success"
    assert log["scrape_rosters"] == "skipped" and log["scrape_player_props"] == "skipped"
    assert count(sqlite_store, t.raw_rosters) == 0


def test_transient_server_errors_are_retried_and_the_date_completes(
    sqlite_store: Store, tmp_path: Path
) -> None:
    faults = {DAY.isoformat(): {"boxscore": [{"kind": "http_503", "times": 2}]}}
    orch = orchestrator(sqlite_store, tmp_path, faults=faults)
    (state,) = orch.run_dates(
        [DAY], "overnight", concurrency=2, timeout_s=120, params={"source": "sim"}
    )
    assert state.status is RunStatus.COMPLETE, state.blocked
    with sqlite_store.read() as conn:
        attempts = conn.execute(
            sa.select(
                t.scraper_execution_log.c.part, t.scraper_execution_log.c.http_attempts
            ).where(t.scraper_execution_log.c.scraper == "scrape_boxscores")
        ).all()
    assert attempts and all(n == 3 for _, n in attempts)  # two 503s, then the document


@pytest.mark.parametrize(
    ("as_of", "now", "over"),
    [
        (None, None, True),  # no as-of (a backfill) and no clock: after everything
        # no as-of, but the scraper runs at 01:30 the next morning: a late game may be on
        (None, datetime(2025, 11, 13, 1, 30, tzinfo=ET), False),
        (datetime(2025, 11, 13, 6, 0, tzinfo=ET), None, True),
        # the overnight default as-of, but the scraper runs while a late game may be on
        (datetime(2025, 11, 13, 6, 0, tzinfo=ET), datetime(2025, 11, 13, 1, 30, tzinfo=ET), False),
        (datetime(2025, 11, 13, 6, 0, tzinfo=ET), datetime(2025, 11, 13, 2, 0, tzinfo=ET), True),
        (datetime(2025, 11, 12, 23, 0, tzinfo=ET), None, False),
    ],
)
def test_a_date_is_over_the_morning_after_by_both_the_as_of_and_the_clock(
    as_of: datetime | None, now: datetime | None, over: bool
) -> None:
    ctx = DateContext(None, DAY, "overnight", as_of, now=now)  # type: ignore[arg-type]
    assert ctx.is_over is over


def test_a_stale_schedule_still_gets_the_box_scores_of_its_overdue_games(
    sqlite_store: Store, tmp_path: Path, league: League
) -> None:
    # the schedule shows every game of the night as still to be played the next morning;
    # only 3 box scores are served (the others answer 404, as a game still on would)
    faults = {
        DAY.isoformat(): {
            "schedule": [{"kind": "stale_status"}],
            "boxscore": [{"kind": "partial", "available": 3}],
        }
    }
    orch = orchestrator(sqlite_store, tmp_path, faults=faults)
    (state,) = orch.run_dates(
        [DAY], "overnight", concurrency=2, timeout_s=120, params={"source": "sim"}
    )
    assert state.status is RunStatus.COMPLETE, state.blocked
    n_games = len(league.schedule(DAY))
    with sqlite_store.read() as conn:
        log = conn.execute(
            sa.select(t.scraper_execution_log.c.status, t.scraper_execution_log.c.error).where(
                t.scraper_execution_log.c.scraper == "scrape_boxscores"
            )
        ).all()
        statuses = set(conn.execute(sa.select(t.raw_schedule.c.status)).scalars())
        loaded = set(conn.execute(sa.select(t.raw_team_boxscores.c.game_id)).scalars())
    # every overdue game was asked for; the unavailable ones are logged, not fatal
    assert len(log) == n_games
    assert sorted(s for s, _ in log) == ["skipped"] * (n_games - 3) + ["success"] * 3
    assert all("404" in (e or "") for s, e in log if s == "skipped")
    assert statuses == {1} and len(loaded) == 3
    # the repair job then marks exactly the games with box scores final
    fix = Registry(*nba.blueprints).get("fix_stale_schedule")

    class Ctx:
        data_date = DAY + timedelta(days=1)
        clock = None

    result = fix(Ctx())  # type: ignore[arg-type]
    assert result is not None and result.write is not None
    with sqlite_store.transaction() as conn:
        assert result.write(conn) == 3
    with sqlite_store.read() as conn:
        final = set(
            conn.execute(
                sa.select(t.raw_schedule.c.game_id).where(t.raw_schedule.c.status == 3)
            ).scalars()
        )
    assert final == loaded


def test_a_schedule_that_never_parses_dead_letters_visibly_and_blocks_the_date(
    sqlite_store: Store, tmp_path: Path
) -> None:
    faults = {DAY.isoformat(): {"schedule": [{"kind": "malformed"}]}}
    # a breaker that lets a trial through every half second: a job it refuses waits for the
    # trial (not charged), and each failing trial is charged, so the job still dies soon
    policy = HttpPolicy(breaker=BreakerPolicy(reset_timeout_s=0.5))
    orch = orchestrator(sqlite_store, tmp_path, faults=faults, http_policy=policy)
    (state,) = orch.run_dates(
        [DAY], "same_day", concurrency=2, timeout_s=120, params={"source": "sim"}
    )
    assert state.status is RunStatus.BLOCKED
    assert any("scrape_schedule" in b for b in state.blocked), state.blocked
    with sqlite_store.read() as conn:
        dead = conn.execute(
            sa.select(jobs.c.processor, jobs.c.attempts, jobs.c.last_error).where(
                jobs.c.status == "dead"
            )
        ).all()
    names = {p for p, _, _ in dead}
    assert "scrape_schedule" in names
    error = next(e for p, _, e in dead if p == "scrape_schedule")
    # the exact reason survives to the dead letter: which scraper, date, source, and why
    # (the last attempt may have been refused by the host's breaker, which names the cause)
    assert re.match(r"Scrape(Failed|Refused): scrape_schedule 2025-11-12 \(sim\): 1 of 1 ", error)
    assert "malformed JSON" in error
    # repeated malformed bodies opened the host's breaker, persisted for every process
    with sqlite_store.read() as conn:
        breaker = conn.execute(
            sa.select(circuit_breakers.c.state, circuit_breakers.c.last_error).where(
                circuit_breakers.c.name == "http:stats.nba.com"
            )
        ).one()
    assert breaker == ("open", "malformed JSON")
    assert count(sqlite_store, t.raw_schedule) == 0


def test_a_malformed_document_is_kept_for_inspection_while_the_job_fails(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """The simulator serves the box scores cut in half on every fetch: the bytes received
    are kept under quarantine/ with a raw_documents row naming why, phase 2 never reads
    them, and the scraper still fails visibly (retried, then dead-lettered)."""
    games = set(League(SEASON, SEED).schedule(DAY)["GAME_ID"])
    faults = {DAY.isoformat(): {"boxscore": [{"kind": "malformed"}]}}
    policy = HttpPolicy(breaker=BreakerPolicy(reset_timeout_s=0.5))  # dead soon, not in 60 s
    orch = orchestrator(sqlite_store, tmp_path, faults=faults, http_policy=policy)
    orch.run_dates([DAY], "overnight", concurrency=2, timeout_s=120, params={"source": "sim"})

    bucket = Bucket(tmp_path / "bucket")
    prefix = f"quarantine/raw/sim/boxscore/{DAY.isoformat()}/"
    with sqlite_store.read() as conn:
        rows = conn.execute(
            sa.select(t.raw_documents).where(t.raw_documents.c.key.startswith(prefix))
        ).all()
        logged = (
            conn.execute(
                sa.select(t.scraper_execution_log.c.status).where(
                    t.scraper_execution_log.c.bucket_key.startswith(prefix)
                )
            )
            .scalars()
            .all()
        )
        dead = conn.execute(
            sa.select(jobs.c.last_error).where(
                jobs.c.status == "dead", jobs.c.processor == "scrape_boxscores"
            )
        ).scalar_one()
    assert rows, "no malformed box score was kept"
    for row in rows:
        assert row.key == f"{prefix}{row.part}.json" and row.part in games
        kept = bucket.get_bytes(row.key)
        assert kept.startswith(b"{") and row.bytes == len(kept) > 100
        with pytest.raises(ValueError):
            json.loads(kept)  # the body as received: cut in half
        assert row.status == "quarantined" and "malformed JSON" in row.error
    assert logged and set(logged) == {"failed"}
    assert "malformed JSON" in dead
    assert not bucket.list(f"raw/sim/boxscore/{DAY.isoformat()}/")  # phase 2 sees nothing


# -- replay of a real date ---------------------------------------------------------------


def test_replay_of_a_real_date_loads_totals_that_match_the_files(
    sqlite_store: Store, tmp_path: Path
) -> None:
    logs = require(*SEASON_2023_24, unchecked="replay") / SEASON_2023_24[0]
    day = date(2023, 12, 15)
    real = pd.read_csv(logs, dtype={"GAME_ID": str})
    real = real[real["GAME_DATE"] == day.isoformat()]
    orch = orchestrator(sqlite_store, tmp_path)
    (state,) = orch.run_dates(
        [day], "backfill", concurrency=4, timeout_s=180, params={"source": "replay"}
    )
    assert state.status is RunStatus.COMPLETE, state.blocked
    assert count(sqlite_store, t.raw_schedule, game_date=day) == real["GAME_ID"].nunique()
    with sqlite_store.read() as conn:
        loaded = pd.DataFrame(
            conn.execute(
                sa.select(t.raw_player_boxscores.c.team_id, t.raw_player_boxscores.c.pts).where(
                    t.raw_player_boxscores.c.game_date == day
                )
            ).all(),
            columns=["team_id", "pts"],
        )
    assert len(loaded) == len(real)
    expected = real.groupby("TEAM_ID")["PTS"].sum().sort_index()
    got = loaded.groupby("team_id")["pts"].sum().sort_index()
    assert list(got.index) == list(expected.index)
    assert list(got.values) == list(expected.values)


# -- the injury report: a warning until it has worked once -------------------------------


def _dead(store: Store) -> set[str]:
    with store.read() as conn:
        return set(
            conn.execute(sa.select(jobs.c.processor).where(jobs.c.status == "dead")).scalars()
        )


def test_a_missing_injury_report_is_a_warning_until_one_has_been_loaded(
    sqlite_store: Store, tmp_path: Path
) -> None:
    first, later = DAY, DAY + timedelta(days=2)
    gone = [{"kind": "late", "times": 1000}]  # 404 at every publication time
    faults = {d.isoformat(): {"injury_report": gone} for d in (first, later)}
    orch = orchestrator(sqlite_store, tmp_path, faults=faults)
    # Never loaded from this source: the date goes on, the reason is on the record.
    (state,) = orch.run_dates(
        [first], "same_day", concurrency=2, timeout_s=120, params={"source": "sim"}
    )
    assert state.status is RunStatus.COMPLETE, state.blocked
    assert _dead(sqlite_store) == set()
    with sqlite_store.read() as conn:
        logged = conn.execute(
            sa.select(t.scraper_execution_log.c.status, t.scraper_execution_log.c.error).where(
                t.scraper_execution_log.c.scraper == "scrape_injury_report"
            )
        ).all()
    assert [s for s, _ in logged] == ["skipped"]
    assert "no injury report of 2025-11-12 published between" in logged[0][1]
    assert count(sqlite_store, t.raw_injury_report) == 0
    # Once a report has been loaded, a missing one is a failure again (dead-lettered).
    (ok,) = orch.run_dates(
        [DAY + timedelta(days=1)], "same_day", concurrency=2, timeout_s=120,
        params={"source": "sim"},
    )  # fmt: skip
    assert ok.status is RunStatus.COMPLETE and count(sqlite_store, t.raw_injury_report) > 0
    orch.run_dates([later], "same_day", concurrency=2, timeout_s=120, params={"source": "sim"})
    assert _dead(sqlite_store) == {"scrape_injury_report"}


# -- fetch once, share within a run -------------------------------------------------------


class CountingTransport(httpx.BaseTransport):
    """Counts every request by path, then lets the simulator answer it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.paths: Counter[str] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths[request.url.path.rsplit("/", 1)[-1]] += 1
        return self.inner.handle_request(request)


def counted_orchestrator(
    store: Store, tmp: Path, league: League, faults: Any = None
) -> tuple[Orchestrator, CountingTransport]:
    """The live source over the simulator, every request it sends counted."""
    counting = CountingTransport(SimTransport(league, faults=faults))
    orch = orchestrator(store, tmp, transport=counting)
    return orch, counting


def test_a_run_asks_for_the_schedule_once_however_many_scrapers_need_it(
    sqlite_store: Store, tmp_path: Path, league: League
) -> None:
    orch, counting = counted_orchestrator(sqlite_store, tmp_path, league)
    (state,) = orch.run_dates(
        [DAY], "same_day", concurrency=4, timeout_s=120, params={"source": "live"}
    )
    assert state.status is RunStatus.COMPLETE, state.blocked
    games = league.schedule(DAY)
    teams = set(games["HOME_TEAM_ID"]) | set(games["VISITOR_TEAM_ID"])
    # five scrapers need the schedule and two the odds events: one request each
    injury = {p: n for p, n in counting.paths.items() if p.startswith("Injury-Report_")}
    assert list(injury.values()) == [1]  # the latest publication, asked once
    assert counting.paths - Counter(injury) == {
        "scoreboardv3": 1,
        "commonteamroster": len(teams),
        "events": 1,
        "odds": len(games),
    }


def test_a_retried_scraper_asks_only_for_what_it_did_not_get(
    sqlite_store: Store, tmp_path: Path, league: League
) -> None:
    games = league.schedule(DAY)
    late_team = str(int(games["HOME_TEAM_ID"].iloc[0]))
    # one team's roster answers 500 to each of the first fetch's HTTP attempts
    failing = {"kind": "http_500", "times": HttpPolicy().max_attempts, "parts": [late_team]}
    faults = {"*": {"roster": [failing]}}  # a roster is asked by season, not by date
    orch, counting = counted_orchestrator(sqlite_store, tmp_path, league, faults)
    (state,) = orch.run_dates(
        [DAY], "same_day", concurrency=4, timeout_s=120, params={"source": "live"}
    )
    assert state.status is RunStatus.COMPLETE, state.blocked
    teams = set(games["HOME_TEAM_ID"]) | set(games["VISITOR_TEAM_ID"])
    with sqlite_store.read() as conn:
        attempts = conn.execute(
            sa.select(jobs.c.attempts).where(jobs.c.processor == "scrape_rosters")
        ).scalar_one()
    assert attempts == 2  # the failing roster failed the first attempt
    # the retry asked again for that team only, and nobody asked twice for the schedule
    assert counting.paths["commonteamroster"] == len(teams) - 1 + HttpPolicy().max_attempts + 1
    assert counting.paths["scoreboardv3"] == 1


def test_a_run_never_reads_back_a_copy_it_did_not_fetch_or_one_too_old(
    store: Store, tmp_path: Path
) -> None:
    """The note beside a shared document is what makes it the run's: bytes another run
    has written over it since, a note older than ``share_for_s``, or a run that asks
    afresh (a repair) all go to the source again."""
    store.ensure_schema()  # the breakers of the HTTP stack
    clock = ManualClock(datetime(2025, 11, 12, 17, tzinfo=ET))
    source = make_source("sim", store=store, clock=clock, sleep=lambda _s: None)
    bucket = Bucket(tmp_path / "bucket")
    request = DateContext(source, DAY, "same_day", None).request(Document.SCHEDULE)

    def run(correlation_id: str | None) -> RunDocuments:
        return RunDocuments(source, bucket, correlation_id, clock.now, share_for_s=600.0)

    first = run("run-a")
    raw = first.fetch(request)
    again = run("run-a")
    assert again.fetch(request).content == raw.content
    assert (first.asked, again.asked, again.reused) == (1, 0, 1)

    bucket.put_bytes(raw.key, raw.content + b" ")  # another run's copy, written since
    overwritten = run("run-a")
    assert overwritten.fetch(request).content == raw.content
    assert (overwritten.asked, overwritten.reused) == (1, 0)

    clock.advance(601.0)
    late = run("run-a")
    late.fetch(request)
    assert (late.asked, late.reused) == (1, 0)

    fresh = run(None)  # a repair: what the run fetched is what was rejected
    fresh.fetch(request)
    fresh.fetch(request)
    assert (fresh.asked, fresh.reused) == (2, 0)

"""Every injected fault through the whole stack: WebSource → HttpClient → httpx → SimTransport.

HTTP-level faults (5xx, 429, timeouts, malformed bodies) are the client's to absorb or
report; data-level faults (empty, partial, drifted, stale, late) pass the HTTP layer and
reach the caller as flawed bytes, which is the validators' job to catch. Nothing sleeps:
the client gets a fake sleep that records and advances a fake monotonic clock.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tipoff.engine.breaker import BreakerPolicy, BreakerState
from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen, ConfigError, FetchError
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.sim import League
from tipoff.nba.sim.calendar import ET
from tipoff.nba.sources.faults import FaultConfig, FaultInjector
from tipoff.nba.sources.http import HttpClient, HttpPolicy
from tipoff.nba.sources.sim import SimTransport
from tipoff.nba.sources.web import WebSource

DAY = date(2025, 11, 12)  # nine games in the simulated season
STATS_HOST = "stats.nba.com"
BASE = 0.5
POLICY = HttpPolicy(
    max_attempts=4,
    backoff_base_s=BASE,
    backoff_cap_s=30.0,
    rate_per_s=1e9,  # pacing out of the way: every recorded sleep is a retry's
    breaker=BreakerPolicy(failure_threshold=50, reset_timeout_s=60.0),
)


@dataclass
class FakeTime:
    """A monotonic clock that only moves when the client sleeps; sleeps are recorded."""

    now: float = 1_000.0
    sleeps: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@dataclass
class Stack:
    source: WebSource
    client: HttpClient
    transport: SimTransport
    time: FakeTime
    clock: ManualClock

    def fetch(self, document: Document, part: str = "all", **kw: Any) -> Any:
        return self.source.fetch(FetchRequest(document, DAY, part, **kw))


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'tipoff.db'}"
    store = Store(url)
    store.ensure_schema()
    store.dispose()
    return url


@pytest.fixture
def build(league: League, db_file: str) -> Iterator[Any]:
    made: list[tuple[Store, HttpClient]] = []

    def make(
        faults: dict[str, Any] | None = None,
        *,
        policy: HttpPolicy = POLICY,
        url: str = db_file,
        clock: ManualClock | None = None,
        transport: SimTransport | None = None,
    ) -> Stack:
        store = Store(url)
        clock = clock or ManualClock()
        fake = FakeTime()
        transport = transport or SimTransport(league, faults=faults)
        client = HttpClient(
            store=store,
            clock=clock,
            policy=policy,
            transport=transport,
            sleep=fake.sleep,
            monotonic=fake.monotonic,
        )
        made.append((store, client))
        source = WebSource(client, name="sim", odds_api_key="k", send_as_of=True)
        return Stack(source, client, transport, fake, clock)

    yield make
    for store, client in made:
        client.close()
        store.dispose()


def _day_games(league: League) -> list[str]:
    schedule = league.schedule(DAY).sort_values(["GAME_DATETIME_ET", "GAME_ID"], kind="stable")
    return schedule["GAME_ID"].tolist()


def _games(content: bytes) -> list[dict[str, Any]]:
    """The games of a scoreboardv3 document."""
    games: list[dict[str, Any]] = json.loads(content)["scoreboard"]["games"]
    return games


# -- HTTP-level faults ----------------------------------------------------------------------


def test_5xx_twice_then_ok_succeeds_on_the_third_attempt(build: Any) -> None:
    stack = build({DAY.isoformat(): {"schedule": [{"kind": "http_500", "times": 2}]}})
    doc = stack.fetch(Document.SCHEDULE)
    assert doc.http_attempts == 3
    assert doc.status == 200
    assert len(_games(doc.content)) == 9
    # Full jitter: the n-th wait is uniform in [0, base * 2**(n-1)].
    assert len(stack.time.sleeps) == 2
    for n, slept in enumerate(stack.time.sleeps, start=1):
        assert 0.0 <= slept <= BASE * 2 ** (n - 1)


def test_503_with_retry_after_waits_what_it_says(build: Any) -> None:
    stack = build({DAY.isoformat(): {"schedule": [{"kind": "http_503", "times": 1}]}})
    assert stack.fetch(Document.SCHEDULE).http_attempts == 2


def test_429_waits_retry_after_and_halves_the_host_rate(build: Any) -> None:
    faults = {DAY.isoformat(): {"boxscore": [{"kind": "http_429", "times": 1, "retry_after": 7}]}}
    stack = build(faults)
    game = _day_games(stack.transport.league)[0]
    doc = stack.fetch(Document.BOXSCORE, game)
    assert doc.http_attempts == 2
    assert stack.time.sleeps == [7.0]
    # Halved by the 429, then nudged back up by the success that followed.
    assert stack.client.limiter.rate(STATS_HOST) == pytest.approx(POLICY.rate_per_s / 2 * 1.1)


def test_429_rate_stays_halved_while_the_host_keeps_refusing(build: Any) -> None:
    faults = {"*": {"schedule": [{"kind": "http_429", "retry_after": 2}]}}
    stack = build(faults, policy=HttpPolicy(max_attempts=2, rate_per_s=8.0))
    with pytest.raises(FetchError):
        stack.fetch(Document.SCHEDULE)
    assert stack.client.limiter.rate(STATS_HOST) == pytest.approx(2.0)  # 8 → 4 → 2
    assert 2.0 in stack.time.sleeps


def test_timeouts_exhausting_attempts_raise_fetch_error_naming_url_and_attempts(
    build: Any,
) -> None:
    stack = build({DAY.isoformat(): {"injury_report": [{"kind": "timeout"}]}})
    with pytest.raises(FetchError) as info:
        stack.fetch(Document.INJURY_REPORT)
    err = info.value
    assert err.attempts == POLICY.max_attempts
    base = "https://ak-static.cms.nba.com/referee/injury"
    assert err.url == f"{base}/Injury-Report_{DAY.isoformat()}_12AM.pdf"  # clock before DAY
    assert err.url in str(err)
    assert f"after {POLICY.max_attempts} attempt(s)" in str(err)
    assert "timeout" in str(err)
    assert len(stack.time.sleeps) == POLICY.max_attempts - 1


def test_malformed_json_is_retried_then_reported(build: Any) -> None:
    stack = build({DAY.isoformat(): {"schedule": [{"kind": "malformed"}]}})
    with pytest.raises(FetchError, match="malformed JSON") as info:
        stack.fetch(Document.SCHEDULE)
    assert info.value.attempts == POLICY.max_attempts
    assert stack.transport.calls["schedule"] == POLICY.max_attempts


def test_malformed_once_then_the_retry_gets_valid_json(build: Any) -> None:
    stack = build({DAY.isoformat(): {"schedule": [{"kind": "malformed", "times": 1}]}})
    doc = stack.fetch(Document.SCHEDULE)
    assert doc.http_attempts == 2
    json.loads(doc.content)


def test_breaker_opens_persists_across_clients_and_closes_after_a_half_open_trial(
    build: Any, league: League, db_url: str
) -> None:
    setup = Store(db_url)
    setup.ensure_schema()
    setup.dispose()
    policy = HttpPolicy(
        max_attempts=3,
        rate_per_s=1e9,
        breaker=BreakerPolicy(failure_threshold=3, reset_timeout_s=60.0),
    )
    # One failing fetch's worth of 500s, then the host is healthy again.
    injector = FaultInjector({DAY.isoformat(): {"schedule": [{"kind": "http_500", "times": 3}]}})
    clock = ManualClock()

    first = build(
        url=db_url, policy=policy, clock=clock, transport=SimTransport(league, faults=injector)
    )
    with pytest.raises(FetchError) as info:
        first.fetch(Document.SCHEDULE)
    assert info.value.attempts == 3
    assert first.client.breaker(STATS_HOST).snapshot().state is BreakerState.OPEN

    # A new process (new Store and client on the same database) still refuses to call.
    second = build(
        url=db_url, policy=policy, clock=clock, transport=SimTransport(league, faults=injector)
    )
    with pytest.raises(CircuitOpen, match="is open after 3 consecutive failures"):
        second.fetch(Document.SCHEDULE)
    assert second.transport.calls["schedule"] == 0

    clock.advance(59.0)
    with pytest.raises(CircuitOpen):
        second.fetch(Document.SCHEDULE)

    clock.advance(2.0)  # past the reset timeout: one trial call goes through and succeeds
    doc = second.fetch(Document.SCHEDULE)
    assert doc.http_attempts == 1
    snap = second.client.breaker(STATS_HOST).snapshot()
    assert (snap.state, snap.failures) == (BreakerState.CLOSED, 0)


def test_a_failed_half_open_trial_reopens_the_breaker(build: Any) -> None:
    policy = HttpPolicy(max_attempts=2, rate_per_s=1e9, breaker=BreakerPolicy(failure_threshold=2))
    stack = build({"*": {"schedule": [{"kind": "http_502"}]}}, policy=policy)
    with pytest.raises(FetchError):
        stack.fetch(Document.SCHEDULE)
    stack.clock.advance(policy.breaker.reset_timeout_s + 1)
    # The trial call fails and reopens the breaker, which then refuses the retry.
    with pytest.raises(CircuitOpen):
        stack.fetch(Document.SCHEDULE)
    assert stack.transport.calls["schedule"] == 0  # 5xx answers are not counted as served
    snap = stack.client.breaker(STATS_HOST).snapshot()
    assert snap.state is BreakerState.OPEN
    assert snap.opened_at == stack.clock.now()


# -- data-level faults: the fetch succeeds, the bytes carry the flaw -----------------------


def test_empty_response_is_a_valid_payload_with_zero_rows(build: Any) -> None:
    stack = build(
        {DAY.isoformat(): {"schedule": [{"kind": "empty"}], "boxscore": [{"kind": "empty"}]}}
    )
    doc = stack.fetch(Document.SCHEDULE)
    assert doc.status == 200 and doc.http_attempts == 1
    assert json.loads(doc.content)["scoreboard"]["gameDate"] == DAY.isoformat()
    assert _games(doc.content) == []  # "the API returns 0 games"
    box = json.loads(stack.fetch(Document.BOXSCORE, _day_games(stack.transport.league)[0]).content)
    for side in ("homeTeam", "awayTeam"):
        assert box["boxScoreTraditional"][side]["players"] == []


def test_partial_boxscores_three_of_nine_games(build: Any) -> None:
    stack = build({DAY.isoformat(): {"boxscore": [{"kind": "partial", "available": 3}]}})
    games = _day_games(stack.transport.league)
    assert len(games) == 9
    served, missing = [], []
    for game in games:
        try:
            doc = stack.fetch(Document.BOXSCORE, game)
        except FetchError as exc:
            assert exc.status == 404 and exc.attempts == 1  # a 404 is not retried
            missing.append(game)
        else:
            players = json.loads(doc.content)["boxScoreTraditional"]["homeTeam"]["players"]
            assert players
            served.append(game)
    assert served == games[:3]
    assert missing == games[3:]


def test_partial_with_empty_payloads_and_a_partial_schedule(build: Any) -> None:
    faults = {
        DAY.isoformat(): {
            "boxscore": [{"kind": "partial", "available": 3, "missing": "empty"}],
            "schedule": [{"kind": "partial", "available": 3}],
            "odds_events": [{"kind": "partial", "available": 2}],
        }
    }
    stack = build(faults)
    games = _day_games(stack.transport.league)
    with_players = [
        game
        for game in games
        if json.loads(stack.fetch(Document.BOXSCORE, game).content)["boxScoreTraditional"][
            "awayTeam"
        ]["players"]
    ]
    assert with_players == games[:3]
    assert [g["gameId"] for g in _games(stack.fetch(Document.SCHEDULE).content)] == games[:3]
    assert len(json.loads(stack.fetch(Document.ODDS_EVENTS).content)) == 2


def test_schema_drift_renames_a_column_and_a_nested_key(build: Any) -> None:
    faults = {
        DAY.isoformat(): {
            "schedule": [{"kind": "schema_drift", "rename": {"score": "points"}}],
            "boxscore": [{"kind": "schema_drift", "rename": {"points": "pts"}}],
        }
    }
    stack = build(faults)
    home = _games(stack.fetch(Document.SCHEDULE).content)[0]["homeTeam"]
    assert "points" in home and "score" not in home
    box = json.loads(stack.fetch(Document.BOXSCORE, _day_games(stack.transport.league)[0]).content)
    player = box["boxScoreTraditional"]["homeTeam"]["players"][0]["statistics"]
    assert "pts" in player and "points" not in player


def test_stale_schedule_keeps_finished_games_scheduled(build: Any) -> None:
    stack = build({DAY.isoformat(): {"schedule": [{"kind": "stale_status"}]}})
    next_morning = datetime(2025, 11, 13, 9, 0, tzinfo=ET)
    assert all(
        stack.transport.league.is_final(g, next_morning) for g in _day_games(stack.transport.league)
    )
    games = _games(stack.fetch(Document.SCHEDULE, as_of=next_morning).content)
    assert len(games) == 9
    assert {g["gameStatus"] for g in games} == {1}
    assert {g[side]["score"] for g in games for side in ("homeTeam", "awayTeam")} == {0}
    # Without the fault the same moment shows them final with scores.
    plain = build()
    games = _games(plain.fetch(Document.SCHEDULE, as_of=next_morning).content)
    assert {g["gameStatus"] for g in games} == {3}
    assert min(g["homeTeam"]["score"] for g in games) > 0


def test_late_data_is_absent_then_empty_then_correct(build: Any) -> None:
    faults = {
        DAY.isoformat(): {
            "boxscore": [
                {"kind": "late", "times": 1},
                {"kind": "late", "times": 1, "missing": "empty"},
            ]
        }
    }
    stack = build(faults)
    game = _day_games(stack.transport.league)[0]
    with pytest.raises(FetchError) as info:
        stack.fetch(Document.BOXSCORE, game)
    assert info.value.status == 404
    second = json.loads(stack.fetch(Document.BOXSCORE, game).content)
    assert second["boxScoreTraditional"]["homeTeam"]["players"] == []
    third = json.loads(stack.fetch(Document.BOXSCORE, game).content)
    assert len(third["boxScoreTraditional"]["homeTeam"]["players"]) >= 8
    # Each game keeps its own count: the next game is late on its own first fetch.
    with pytest.raises(FetchError):
        stack.fetch(Document.BOXSCORE, _day_games(stack.transport.league)[1])


def test_faults_only_hit_their_date_and_document(build: Any) -> None:
    stack = build({"2025-11-13": {"schedule": [{"kind": "http_500"}]}})
    assert stack.fetch(Document.SCHEDULE).http_attempts == 1
    assert stack.fetch(Document.INJURY_REPORT).http_attempts == 1


# -- configuration ----------------------------------------------------------------------------


def test_fault_config_loads_from_yaml_with_unquoted_dates(tmp_path: Path) -> None:
    path = tmp_path / "faults.yaml"
    path.write_text(
        "2025-11-12:\n"
        "  boxscore:\n"
        "    - {kind: http_500, times: 2}\n"
        "    - {kind: partial, available: 3}\n"
        "'*':\n"
        "  player_props:\n"
        "    - {kind: http_429, times: 1, retry_after: 7}\n"
    )
    config = FaultConfig.load(path)
    kinds = [f.kind for f in config.faults_for(Document.BOXSCORE, DAY)]
    assert kinds == ["http_500", "partial"]
    assert [f.retry_after for f in config.faults_for(Document.PLAYER_PROPS, date(2026, 1, 2))] == [
        7.0
    ]
    assert FaultConfig.load(str(path)) == config


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"2025-11-12": {"boxscore": [{"kind": "http_418"}]}}, "2025-11-12.boxscore.0.kind"),
        ({"2025-11-12": {"boxscore": [{"kind": "partial"}]}}, "needs 'available'"),
        ({"2025-11-12": {"roster": [{"kind": "stale_status"}]}}, "applies to schedule"),
        ({"2025-11-12": {"boxscore": [{"kind": "schema_drift"}]}}, "needs 'rename'"),
        ({"2025-11-12": {"boxscore": [{"kind": "late"}]}}, "needs 'times'"),
        ({"12 Nov": {"boxscore": [{"kind": "empty"}]}}, "neither an ISO date"),
        ({"2025-11-12": {"box": [{"kind": "empty"}]}}, "2025-11-12.box"),
    ],
)
def test_fault_config_errors_name_the_fault(config: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match="fault config is invalid") as info:
        FaultConfig.load(config)
    assert message in str(info.value)


def test_missing_fault_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        FaultConfig.load(tmp_path / "absent.yaml")


def test_injector_is_deterministic_and_counts_per_part() -> None:
    config = {"*": {"boxscore": [{"kind": "http_500", "times": 2}]}}
    a, b = FaultInjector(config), FaultInjector(config)
    seq_a = [a.plan(Document.BOXSCORE, DAY, "g1").status for _ in range(3)]
    seq_b = [b.plan(Document.BOXSCORE, DAY, "g1").status for _ in range(3)]
    assert seq_a == seq_b == [500, 500, None]
    assert a.plan(Document.BOXSCORE, DAY, "g2").status == 500
    assert a.fired(Document.BOXSCORE, DAY, "g1") == 2


def test_fault_rules_that_match_nothing_are_refused_naming_each(league: League) -> None:
    games = _day_games(league)
    no_games = next(
        d
        for d in (date(2025, 12, 24), date(2026, 2, 13), date(2026, 2, 14), date(2026, 2, 15))
        if not league.schedule(d).shape[0]
    )
    config = {
        DAY.isoformat(): {
            "boxscore": [
                {"kind": "http_500", "parts": [games[0]]},  # fine: a game of the date
                {"kind": "http_500", "parts": ["0029999999"]},
                {"kind": "partial", "available": len(games)},
            ],
            "schedule": [{"kind": "malformed", "parts": ["0022500001"]}],
        },
        no_games.isoformat(): {"player_props": [{"kind": "timeout"}]},
        "*": {"roster": [{"kind": "empty", "parts": ["42"]}]},
    }
    with pytest.raises(ConfigError) as info:
        SimTransport(league, faults=config)
    message = str(info.value)
    assert message.startswith("fault config: 5 rule(s) match nothing in the simulated 2025-26")
    for named in (
        '"2025-11-12".boxscore[1] (http_500): parts 0029999999 name no game of the date',
        f'"2025-11-12".boxscore[2] (partial): available {len(games)} serves every game',
        "\"2025-11-12\".schedule[0] (malformed): parts 0022500001 name no part (only 'all')",
        f'"{no_games.isoformat()}".player_props[0] (timeout): no games, so no player_props',
        '"*".roster[0] (empty): parts 42 name no team of the date (every date)',
    ):
        assert named in message
    assert "boxscore[0]" not in message
    del config[DAY.isoformat()]["boxscore"][1:]
    del config[DAY.isoformat()]["schedule"]
    del config[no_games.isoformat()]
    del config["*"]
    SimTransport(league, faults=config)  # what is left meets fetches: accepted

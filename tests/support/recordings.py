"""Recorded documents served where the live source asks for them, and every address noted.

:func:`answer` maps a request (path and query) to a recorded body, or ``None`` (a 404):
the real responses of ``tests/nba/recorded`` (by their endpoint and query), else the
documents of ``tests/nba/fixtures`` in the real APIs' shapes. Unlike
``support.recorded``'s transport it routes by path alone, whatever the host. It serves both an
httpx transport beneath the real client stack (:class:`RecordedTransport`) and a tiny HTTP
server on 127.0.0.1 (:func:`serve`), so a live source pointed at either sees the same
documents, and the test sees every address it asked for.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx

from support.local_http import QuietHandler, local_server
from support.recorded import NBA_API, cassette

FIXTURES = Path(__file__).resolve().parents[1] / "nba" / "fixtures"
RECORDED_DAY = "2025-11-12"  # the date the recordings are of


# real responses recorded by others (tests/nba/recorded): (endpoint, parameter, value) -> file
CASSETTES = {
    ("scoreboardv3", "GameDate", "2025-11-05"): "scoreboardv3_2025-11-05.yaml",
    ("commonteamroster", "TeamID", "1610612739"): "commonteamroster_1610612739_2025-26.yaml",
    ("boxscoretraditionalv3", "GameID", "0022200552"): "boxscoretraditionalv3_0022200552.yaml",
}
CASSETTE_DAY = "2025-11-05"  # the date of the recorded scoreboardv3 (11 final games)


def answer(path: str, query: Mapping[str, str], fixtures: Path = FIXTURES) -> bytes | None:
    """The recorded body for a GET of ``path?query``, or None when nothing is recorded."""
    segments = [s for s in path.split("/") if s]
    if not segments:
        return None
    last = segments[-1]
    for (endpoint, parameter, value), filename in CASSETTES.items():
        if last == endpoint and query.get(parameter) == value:
            return cassette(NBA_API / filename).content
    name: str | None = None
    if last == "scoreboardv2":
        name = f"scoreboardv2_{query.get('GameDate', '')}.json"
    elif last == "commonteamroster":
        name = f"commonteamroster_{query.get('TeamID', '')}.json"
    elif last == "boxscoretraditionalv3":
        name = f"boxscoretraditionalv3_{query.get('GameID', '')}.json"
    elif last == "events":
        name = f"odds_events_{query.get('commenceTimeFrom', '')[:10]}.json"
    elif last == "odds" and len(segments) >= 2:
        name = f"event_odds_{segments[-2]}.json"
    elif "injury" in path:
        day = re.search(r"\d{4}-\d{2}-\d{2}", last)
        name = f"injury_report_{day.group(0) if day else ''}.json"
    if name is None or "/" in name or not (fixtures / name).is_file():
        return None
    return (fixtures / name).read_bytes()


@dataclass
class RecordedTransport(httpx.BaseTransport):
    """An httpx transport that answers from the recordings and notes each URL asked."""

    asked: list[str] = field(default_factory=list)
    fixtures: Path = FIXTURES
    down: set[str] = field(default_factory=set)  # paths answered 404, as if not published

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.asked.append(str(request.url))
        if request.url.path in self.down:
            return httpx.Response(404, json={"message": "down"})
        query = dict(parse_qsl(request.url.query.decode()))
        body = answer(request.url.path, query, self.fixtures)
        if body is None:
            return httpx.Response(404, json={"message": "not recorded"})
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    def hosts(self) -> set[str]:
        return {urlsplit(u).netloc for u in self.asked}


@dataclass
class Served:
    """A recordings server on 127.0.0.1: its base URL and the paths it was asked for."""

    url: str
    asked: list[str]


@contextlib.contextmanager
def serve(fixtures: Path = FIXTURES) -> Iterator[Served]:
    """Serve the recordings over real HTTP on a free port of 127.0.0.1 until the block ends."""
    asked: list[str] = []

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            split = urlsplit(self.path)
            body = answer(split.path, dict(parse_qsl(split.query)), fixtures)
            if body is None:
                self.reply(404, b'{"message": "not recorded"}')
            else:
                self.reply(200, body)

    with local_server(Handler) as url:
        yield Served(url, asked)

"""Real upstream responses recorded by others (``tests/nba/recorded``), read as they are.

The files are kept exactly as their authors published them (see the README beside
them): nba_api's VCR cassettes (YAML, the decoded body under ``response.body.string``),
TypeScript and JavaScript modules that hold a recorded Odds API answer as an exported
object, and an official injury report PDF. This module takes the bodies out without
changing a byte of them, and serves them at the real addresses through an httpx
transport, so the live source reads them through the same client stack as the network.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

RECORDED = Path(__file__).resolve().parents[1] / "nba" / "recorded"
NBA_API = RECORDED / "nba_api"
BET_HELPER = RECORDED / "bet_helper"
INJURY_PDF = RECORDED / "nba_com" / "Injury-Report_2021-10-19_12AM.pdf"
JSON_TYPE = "application/json; charset=utf-8"


@dataclass(frozen=True)
class Recording:
    """One recorded response: where it was asked, what came back."""

    url: str
    status: int
    content: bytes
    content_type: str


def cassette(path: Path) -> Recording:
    """The one interaction of an nba_api cassette (vcrpy stores the body decoded)."""
    data = yaml.safe_load(path.read_text())
    [interaction] = data["interactions"]
    response = interaction["response"]
    body = response["body"]["string"]
    content = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    return Recording(
        url=interaction["request"]["uri"],
        status=int(response["status"]["code"]),
        content=content,
        content_type=JSON_TYPE,
    )


def exported_objects(path: Path) -> dict[str, Any]:
    """``export const NAME = <JSON>;`` objects of a TypeScript module, by name."""
    text = path.read_text()
    decoder = json.JSONDecoder()
    out: dict[str, Any] = {}
    marker = "export const "
    at = text.find(marker)
    while at >= 0:
        name, _, _ = text[at + len(marker) :].partition(" ")
        start = text.index("=", at) + 1
        while text[start].isspace():
            start += 1
        value, end = decoder.raw_decode(text, start)
        out[name] = value
        at = text.find(marker, end)
    return out


def odds_event_odds() -> dict[str, dict[str, Any]]:
    """The two recorded event odds (``markets=player_points``) by event id."""
    objects = exported_objects(BET_HELPER / "mockGameDetails.ts")
    return {obj["id"]: obj for obj in objects.values()}


def odds_events() -> list[dict[str, Any]]:
    """The recorded events listing (The Odds API ``/scores``: the events plus scores)."""
    events: list[dict[str, Any]] = exported_objects(BET_HELPER / "mockGamesResponse.ts")[
        "mockGamesResponse"
    ]
    return events


def encode(payload: Any) -> bytes:
    return json.dumps(payload).encode("utf-8")


Route = Callable[[httpx.Request], httpx.Response | None]


class RecordedTransport(httpx.BaseTransport):
    """Answers requests from routes tried in order; anything unrouted is a 404.

    Every request is kept in ``seen`` so a test can say which addresses were asked.
    """

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = list(routes)
        self.seen: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        for route in self.routes:
            response = route(request)
            if response is not None:
                return response
        return httpx.Response(404, text="Not Found", headers={"content-type": "text/plain"})


def at(
    host: str, path: str, content: bytes, *, content_type: str = JSON_TYPE, status: int = 200
) -> Route:
    """A route answering ``content`` for any query at ``host`` + ``path``."""

    def route(request: httpx.Request) -> httpx.Response | None:
        if request.url.host == host and request.url.path == path:
            return httpx.Response(status, content=content, headers={"content-type": content_type})
        return None

    return route


def where(host: str, path: str, query: Mapping[str, str], recording: Recording) -> Route:
    """A route answering ``recording`` when the query has these parameters."""

    def route(request: httpx.Request) -> httpx.Response | None:
        if request.url.host != host or request.url.path != path:
            return None
        params = request.url.params
        if any(params.get(k) != v for k, v in query.items()):
            return None
        return httpx.Response(
            recording.status,
            content=recording.content,
            headers={"content-type": recording.content_type},
        )

    return route

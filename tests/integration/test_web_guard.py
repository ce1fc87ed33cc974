"""The service's front door through a real uvicorn server: the token before the body, a
capped body size, no page that reaches off the machine, 4xx for dates out of range."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from support import db
from support.scenes import troubled_day
from support.web import serving
from tipoff.engine.schema import jobs
from tipoff.engine.store import Store
from tipoff.settings import Settings
from tipoff.web import create_app
from tipoff.web.guard import MAX_BODY_BYTES

TOKEN = "s3cret-token-for-guard-tests"
AUTH = f"Bearer {TOKEN}"
HUGE = 200 * 1024 * 1024


def _raw_post(base: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
    """POST with hand-written headers and only the first bytes of the body; return the
    status and the response body. The rest of the declared body is never sent, so a server
    that waited for it would never answer: any answer at all proves it did not read it (the
    socket timeout is only a guard against that hang, not a speed limit)."""
    host, port = base.removeprefix("http://").split(":")
    lines = ["POST /api/trigger HTTP/1.1", f"Host: {host}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    with socket.create_connection((host, int(port)), timeout=60) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        data = b""
        while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < _length(data):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), payload


def _length(data: bytes) -> int:
    found = re.search(rb"(?i)content-length:\s*(\d+)", data.split(b"\r\n\r\n", 1)[0])
    return int(found.group(1)) if found else 0


@pytest.fixture
def base(store: Store) -> Iterator[str]:
    scene = troubled_day(store)
    with serving(create_app(scene.orch, api_token=TOKEN)) as url:
        yield url


def test_an_anonymous_huge_body_is_refused_before_it_is_read(base: str, store: Store) -> None:
    jobs_before = db.count(store, jobs)
    status, payload = _raw_post(
        base,
        {"Content-Type": "application/json", "Content-Length": str(HUGE)},
        b'{"phase": 1, "date": "2025-12-29"',  # the first bytes of 200 MB never sent
    )
    assert status == 401
    assert "bearer token is required" in json.loads(payload)["detail"]
    assert db.count(store, jobs) == jobs_before


def test_a_declared_body_over_the_cap_is_413_even_with_the_token(base: str) -> None:
    status, payload = _raw_post(
        base,
        {"Authorization": AUTH, "Content-Type": "application/json", "Content-Length": str(HUGE)},
        b"{",
    )
    assert status == 413
    assert f"larger than {MAX_BODY_BYTES} bytes" in json.loads(payload)["detail"]


def test_a_chunked_body_over_the_cap_is_413(base: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"phase": 1, "date": "2025-12-29", "processors": ["'
        for _ in range(MAX_BODY_BYTES // 4096 + 2):
            yield b"x" * 4096
        yield b'"]}'

    with httpx.Client(base_url=base, timeout=10) as http:
        answer = http.post(
            "/api/trigger",
            content=chunks(),  # no length: sent chunked
            headers={"Authorization": AUTH, "Content-Type": "application/json"},
        )
    assert answer.status_code == 413, answer.text


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong-token-of-length"}, 401),
        ({"Authorization": TOKEN}, 401),  # no scheme
        ({"Authorization": AUTH}, 422),  # with the token, the bad JSON is the problem
    ],
    ids=["no-token", "wrong-token", "no-scheme", "token"],
)
def test_malformed_json_is_refused_by_the_token_first(
    base: str, headers: dict[str, str], status: int
) -> None:
    with httpx.Client(base_url=base, timeout=10) as http:
        answer = http.post(
            "/api/trigger",
            content=b'{"phase": 1,',
            headers={**headers, "Content-Type": "application/json"},
        )
    assert answer.status_code == status, answer.text


def test_no_page_loads_anything_from_another_host(base: str) -> None:
    with httpx.Client(base_url=base, timeout=10) as http:
        assert http.get("/docs").status_code == 404
        assert http.get("/redoc").status_code == 404
        page = http.get("/")
        assert page.status_code == 200
        assert http.get("/openapi.json").status_code == 200
    # the SVG namespace is a name, never fetched; any other address would be a load
    text = page.text.replace('"http://www.w3.org/2000/svg"', '""')
    hosts = re.findall(r"""(?:https?:)?//[\w.-]+""", text)
    assert [h for h in hosts if "127.0.0.1" not in h] == []


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1899-12-31", "2100-01-01"])
def test_dates_outside_the_supported_range_are_422(tmp_path: Path, value: str) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'w.db'}", pipeline="nba")
    Store(settings.database_url).dispose()
    with serving(create_app(settings)) as url, httpx.Client(base_url=url, timeout=10) as http:
        for path in (f"/api/daily?date={value}", f"/api/status/{value}", f"/?date={value}"):
            answer = http.get(path)
            assert answer.status_code == 422, (path, answer.text)
            assert "outside the supported dates 1900-01-01..2099-12-31" in answer.text

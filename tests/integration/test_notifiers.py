"""Notifiers against real local servers: a webhook receiver and an SMTP server."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from structlog.testing import capture_logs

from support.waiting import wait_for
from tipoff.engine.alerts import Alert, AlertBook, EmailNotifier, Severity, WebhookNotifier
from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store


class Receiver:
    """A local HTTP server recording POSTs; answers with ``status`` (a list, one per call)."""

    def __init__(self, statuses: list[int]) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.statuses = statuses
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["content-length"])
                receiver.bodies.append(json.loads(self.rfile.read(length)))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'alerts.db'}")
    s.ensure_schema()
    yield s
    s.dispose()


ALERT = Alert(
    "stuck:nba:2025-12-29:same_day:4",
    Severity.CRITICAL,
    "nba phase 4 (precompute) for 2025-12-29 (same_day) is stuck",
    {"missing": ["ml_feature_store"]},
)


def test_webhook_gets_slack_compatible_json_once_per_problem(store: Store) -> None:
    receiver = Receiver([])
    hook = WebhookNotifier(receiver.url)
    try:
        book = AlertBook(store, [hook], clock=ManualClock(), backoff_s=0.01)
        book.raise_(ALERT)
        book.raise_(ALERT)  # the same problem again: no second message
        book.resolve_others("stuck:", [])
        assert [b["text"] for b in receiver.bodies] == [
            "[tipoff] ALERT CRITICAL: nba phase 4 (precompute) for 2025-12-29 (same_day) is stuck",
            "[tipoff] RESOLVED CRITICAL: resolved: nba phase 4 (precompute) for 2025-12-29 "
            "(same_day) is stuck",
        ]
        assert receiver.bodies[0]["tipoff"]["details"] == {"missing": ["ml_feature_store"]}
    finally:
        hook.close()
        receiver.close()


def test_a_failing_webhook_is_retried_and_never_blocks(store: Store) -> None:
    receiver = Receiver([500, 503, 500])  # every attempt fails
    hook = WebhookNotifier(receiver.url)
    try:
        book = AlertBook(store, [hook], clock=ManualClock(), attempts=3, backoff_s=0.01)
        assert book.raise_(ALERT) == "opened"  # returned normally
        assert len(receiver.bodies) == 3
        assert book.failures and book.failures[0].startswith("webhook: NotifierError: POST ")
        assert book.failures[0].endswith(": HTTP 500")
        assert [r.key for r in book.open_alerts()] == [ALERT.key]  # the alert itself is kept
    finally:
        hook.close()
        receiver.close()


@pytest.mark.parametrize("reachable", [True, False], ids=["http-error", "connection-refused"])
def test_a_failing_webhook_never_shows_its_secret_path(store: Store, reachable: bool) -> None:
    """A Slack webhook's path is its credential: the failure names the host only."""
    receiver = Receiver([404, 404])
    secret = "/services/T0AAAA/B0BBBB/Zx9SecretWebhookToken"
    url = receiver.url.removesuffix("/hook") + secret
    if not reachable:
        receiver.close()  # nothing listens on the port any more
    hook = WebhookNotifier(url, timeout_s=2)
    try:
        book = AlertBook(store, [hook], clock=ManualClock(), attempts=2, backoff_s=0.01)
        with capture_logs() as logs:
            book.raise_(ALERT)
        logged = repr(logs)
        assert "notifier_failed" in logged
        assert book.failures and "127.0.0.1" in book.failures[0]
        for text in (logged, *book.failures):
            assert "Zx9SecretWebhookToken" not in text and "/services/" not in text
    finally:
        hook.close()
        if reachable:
            receiver.close()


def test_email_reaches_a_real_smtp_server(store: Store) -> None:
    mailbox = Mailbox()
    with socket.socket() as probe:  # a free port (aiosmtpd's start-up check needs it known)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        mail = EmailNotifier(
            host="127.0.0.1", port=port, sender="tipoff@example.org", recipients=["ops@example.org"]
        )
        AlertBook(store, [mail], clock=ManualClock()).raise_(ALERT)
        wait_for(lambda: mailbox.messages, 5, message="no e-mail arrived")
        [(rcpt, msg)] = mailbox.messages
        assert rcpt == ["ops@example.org"]
        assert msg["Subject"].startswith("[tipoff] ALERT CRITICAL: nba phase 4")
        assert "ml_feature_store" in msg.get_payload()
    finally:
        controller.stop()

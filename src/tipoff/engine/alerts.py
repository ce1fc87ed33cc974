"""Alerts: deduplicated by key, resolved when their problem clears, sent through notifiers.

A problem is raised under a key that names it (``stuck:shop:2025-12-29:same_day:3``). The
first time, and whenever its content changes (a fingerprint of message and details), the
notifiers hear of it; while it stays the same only ``last_seen_at`` moves. When a check no
longer finds it, it is resolved and the notifiers hear that too. Notifiers never block the
pipeline: each is retried a few times, then its failure is logged and forgotten.
"""

from __future__ import annotations

import hashlib
import json
import smtplib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from enum import StrEnum
from typing import Any, Protocol

import httpx
import sqlalchemy as sa
import structlog
from tenacity import Retrying, stop_after_attempt, wait_exponential

from tipoff.engine.clock import Clock
from tipoff.engine.schema import alerts
from tipoff.engine.store import Store
from tipoff.errors import NotifierError
from tipoff.redact import redact_text, redact_url

log = structlog.get_logger("tipoff.alerts")


class Severity(StrEnum):
    INFO = "info"  # for the record: a summary, nothing wrong by itself
    WARNING = "warning"  # worth a look
    CRITICAL = "critical"  # a person is needed


class AlertStatus(StrEnum):
    OPEN = "open"  # the problem is there
    RESOLVED = "resolved"  # the check no longer finds it


@dataclass(frozen=True)
class Alert:
    key: str
    severity: Severity
    message: str
    details: Mapping[str, Any] = field(default_factory=dict)
    # what makes the problem different when it changes (e.g. the missing processors), so
    # that a message which only grows older ("stuck for 12 min") is not news
    state: Any = None

    @property
    def fingerprint(self) -> str:
        identity = self.message if self.state is None else self.state
        body = json.dumps([self.severity, identity], sort_keys=True, default=str)
        return hashlib.sha256(body.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class AlertEvent:
    """What notifiers receive: an alert that opened, changed or resolved."""

    kind: str  # "opened", "changed", "resolved", or "summary" (a report, never stored)
    alert: Alert

    def text(self) -> str:
        icon = {
            "opened": "ALERT",
            "changed": "ALERT (changed)",
            "resolved": "RESOLVED",
            "summary": "SUMMARY",
        }
        return f"[tipoff] {icon[self.kind]} {self.alert.severity.upper()}: {self.alert.message}"


class Notifier(Protocol):
    name: str

    def send(self, event: AlertEvent) -> None: ...


class LogNotifier:
    name = "log"

    def send(self, event: AlertEvent) -> None:
        log.warning(
            "alert",
            kind=event.kind,
            key=event.alert.key,
            severity=event.alert.severity.value,
            message=event.alert.message,
        )


class WebhookNotifier:
    """A Slack-compatible incoming webhook: POST ``{"text": ...}``."""

    name = "webhook"

    def __init__(
        self, url: str, *, timeout_s: float = 10.0, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.url = url
        self._client = httpx.Client(timeout=timeout_s, transport=transport)

    def send(self, event: AlertEvent) -> None:
        body = {
            "text": event.text(),
            "tipoff": {
                "kind": event.kind,
                "key": event.alert.key,
                "details": dict(event.alert.details),
            },
        }
        # The webhook's path is its secret: errors name the host only (and no chained
        # exception carries the URL into a traceback).
        shown = redact_url(self.url, keep_path=False)
        try:
            response = self._client.post(
                self.url,
                content=json.dumps(body, default=str),
                headers={"content-type": "application/json"},
            )
        except httpx.HTTPError as exc:
            raise NotifierError(f"POST {shown}: {type(exc).__name__}") from None
        if response.is_error:
            raise NotifierError(f"POST {shown}: HTTP {response.status_code}")

    def close(self) -> None:
        self._client.close()


class EmailNotifier:
    """Plain e-mail over SMTP (STARTTLS and login when configured)."""

    name = "email"

    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        recipients: Sequence[str],
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout_s: float = 10.0,
    ) -> None:
        self.host, self.port, self.sender = host, port, sender
        self.recipients = list(recipients)
        self.username, self.password, self.starttls = username, password, starttls
        self.timeout_s = timeout_s

    def send(self, event: AlertEvent) -> None:
        msg = EmailMessage()
        msg["Subject"] = event.text().splitlines()[0][:200]
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        details = json.dumps(dict(event.alert.details), indent=2, sort_keys=True, default=str)
        msg.set_content(f"{event.alert.message}\n\nkey: {event.alert.key}\n\n{details}\n")
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as smtp:
            if self.starttls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(msg)


class AlertBook:
    """The alerts table plus the notifiers: raise, keep, resolve."""

    def __init__(
        self,
        store: Store,
        notifiers: Sequence[Notifier],
        *,
        clock: Clock,
        attempts: int = 3,
        backoff_s: float = 0.5,
    ) -> None:
        self.store = store
        self.notifiers = list(notifiers) or [LogNotifier()]
        self.clock = clock
        self.attempts = attempts
        self.backoff_s = backoff_s
        self.failures: list[str] = []

    def raise_(self, alert: Alert) -> str | None:
        """Open or refresh ``alert``; returns "opened"/"changed" when notifiers were told."""
        now = self.clock.now()
        with self.store.transaction() as conn:
            row = conn.execute(
                sa.select(alerts.c.id, alerts.c.fingerprint).where(
                    alerts.c.key == alert.key, alerts.c.status == AlertStatus.OPEN.value
                )
            ).first()
            if row is None:
                conn.execute(
                    sa.insert(alerts).values(
                        key=alert.key,
                        severity=alert.severity.value,
                        status=AlertStatus.OPEN.value,
                        message=alert.message,
                        details=dict(alert.details),
                        fingerprint=alert.fingerprint,
                        first_seen_at=now,
                        last_seen_at=now,
                    )
                )
                kind: str | None = "opened"
            elif row.fingerprint != alert.fingerprint:
                conn.execute(
                    sa.update(alerts)
                    .where(alerts.c.id == row.id)
                    .values(
                        severity=alert.severity.value,
                        message=alert.message,
                        details=dict(alert.details),
                        fingerprint=alert.fingerprint,
                        last_seen_at=now,
                    )
                )
                kind = "changed"
            else:  # the same problem: keep its text current, tell nobody again
                conn.execute(
                    sa.update(alerts)
                    .where(alerts.c.id == row.id)
                    .values(message=alert.message, details=dict(alert.details), last_seen_at=now)
                )
                kind = None
        if kind is not None:
            self._notify(AlertEvent(kind, alert))
        return kind

    def announce(self, report: Alert) -> None:
        """Send a report (the morning summary) to the notifiers as it is: it opens no
        alert, so it is neither deduplicated nor resolved; whoever calls says how often."""
        self._notify(AlertEvent("summary", report))

    def resolve_others(self, prefix: str, active: Iterable[str]) -> list[str]:
        """Resolve open alerts under ``prefix`` whose keys are not in ``active``."""
        keep = set(active)
        now = self.clock.now()
        with self.store.transaction() as conn:
            rows = conn.execute(
                sa.select(alerts).where(
                    alerts.c.status == AlertStatus.OPEN.value, alerts.c.key.startswith(prefix)
                )
            ).all()
            gone = [r for r in rows if r.key not in keep]
            for r in gone:
                conn.execute(
                    sa.update(alerts)
                    .where(alerts.c.id == r.id)
                    .values(status=AlertStatus.RESOLVED.value, resolved_at=now)
                )
        for r in gone:
            self._notify(
                AlertEvent(
                    "resolved",
                    Alert(r.key, Severity(r.severity), f"resolved: {r.message}", r.details),
                )
            )
        return [r.key for r in gone]

    def open_alerts(self) -> list[Any]:
        with self.store.read() as conn:
            return list(
                conn.execute(
                    sa.select(alerts)
                    .where(alerts.c.status == AlertStatus.OPEN.value)
                    .order_by(alerts.c.first_seen_at)
                ).all()
            )

    def _notify(self, event: AlertEvent) -> None:
        for notifier in self.notifiers:
            try:
                for attempt in Retrying(
                    stop=stop_after_attempt(self.attempts),
                    wait=wait_exponential(multiplier=self.backoff_s, max=10),
                    reraise=True,
                ):
                    with attempt:
                        notifier.send(event)
            except Exception as exc:  # a broken notifier must never stop the pipeline
                message = f"{notifier.name}: {type(exc).__name__}: {redact_text(str(exc))}"
                self.failures.append(message)
                del self.failures[:-20]
                log.error(
                    "notifier_failed", notifier=notifier.name, key=event.alert.key, error=message
                )


def listing(store: Store, *, resolved: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Open alerts (oldest first) and the ``resolved`` latest resolved ones (newest first)."""
    columns = [
        alerts.c.id,
        alerts.c.key,
        alerts.c.severity,
        alerts.c.status,
        alerts.c.message,
        alerts.c.details,
        alerts.c.first_seen_at,
        alerts.c.last_seen_at,
        alerts.c.resolved_at,
    ]
    with store.read() as conn:
        open_ = conn.execute(
            sa.select(*columns)
            .where(alerts.c.status == AlertStatus.OPEN.value)
            .order_by(alerts.c.first_seen_at, alerts.c.id)
        ).all()
        done = conn.execute(
            sa.select(*columns)
            .where(alerts.c.status == AlertStatus.RESOLVED.value)
            .order_by(alerts.c.resolved_at.desc(), alerts.c.id.desc())
            .limit(resolved)
        ).all()
    return {
        "open": [dict(r._mapping) for r in open_],
        "resolved": [dict(r._mapping) for r in done],
    }

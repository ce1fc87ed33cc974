"""A notifier that keeps what it is told (the alert book's contract, not a fake database)."""

from __future__ import annotations

from tipoff.engine.alerts import AlertEvent


class Inbox:
    name = "inbox"

    def __init__(self) -> None:
        self.events: list[AlertEvent] = []

    def send(self, event: AlertEvent) -> None:
        self.events.append(event)

    def kinds(self) -> list[tuple[str, str]]:
        return [(e.kind, e.alert.key) for e in self.events]

"""The alert book of the long-running commands, with the notifiers the settings ask for."""

from __future__ import annotations

from typing import Any

from tipoff.engine.store import Store
from tipoff.settings import Settings


def alert_book(settings: Settings, store: Store, clock: Any) -> Any:
    """The alert book with the notifiers the settings ask for (the log always)."""
    from tipoff.engine.alerts import (
        AlertBook,
        EmailNotifier,
        LogNotifier,
        Notifier,
        WebhookNotifier,
    )

    notifiers: list[Notifier] = [LogNotifier()]
    if settings.alert_webhook_url:
        notifiers.append(WebhookNotifier(settings.alert_webhook_url))
    if settings.alert_smtp_host:
        notifiers.append(
            EmailNotifier(
                host=settings.alert_smtp_host,
                port=settings.alert_smtp_port,
                sender=settings.alert_email_from,
                recipients=settings.alert_recipients,
                username=settings.alert_smtp_username,
                password=settings.alert_smtp_password,
                starttls=settings.alert_smtp_starttls,
            )
        )
    return AlertBook(store, notifiers, clock=clock)

"""The single exception tree of tipoff.

::

    TipoffError
    ├── ConfigError            a pipeline file or a setting is wrong (names file, key, problem)
    ├── BadInput               a command-line value is wrong, or the database it names unusable
    ├── StoreError             the database refused or failed (wraps the driver's error)
    │   └── SchemaError        the schema is newer than this code, or a migration failed
    ├── QueueError             a job operation is impossible (unknown job, bad state)
    │   └── LeaseLost          a worker's lease was taken over; its output is discarded
    ├── ProcessorError         a processor is missing or failed in a way the engine reports
    │   └── UnknownProcessor   a pipeline names a processor that no blueprint registers
    ├── CircuitOpen            a breaker refuses calls to a dependency that keeps failing
    ├── NotifierError          an alert could not be delivered (names the notifier, no secret)
    └── SourceError            a data source failed or sent something unusable
        ├── FetchError         an HTTP fetch failed after its retries (status, timeout)
        └── PayloadError       a document is malformed or fails validation (names where)

Adapters translate driver errors with ``raise ... from exc`` so callers only catch these.
"""

from __future__ import annotations


class TipoffError(Exception):
    """Root of every error tipoff raises on purpose."""


class ConfigError(TipoffError):
    """A pipeline definition or a setting is invalid."""


class BadInput(TipoffError):
    """A command-line value is wrong or names something unusable; the message says which and
    why (the command prints it on one line and exits 2)."""


class StoreError(TipoffError):
    """The database failed or refused an operation."""


class SchemaError(StoreError):
    """The database schema cannot be brought to the version this code needs."""


class QueueError(TipoffError):
    """A job queue operation is impossible."""


class LeaseLost(QueueError):
    """The job's lease expired and another worker took it over; this attempt must not commit."""


class ProcessorError(TipoffError):
    """A processor is missing or misbehaved."""


class UnknownProcessor(ProcessorError):
    """A processor name has no registered code."""


class CircuitOpen(TipoffError):
    """A circuit breaker refuses calls to a dependency that keeps failing.

    ``retry_at`` (epoch seconds) is when it lets a trial call through, if known: a job
    refused by it is retried then, without spending one of its attempts.
    """

    def __init__(self, message: str, *, retry_at: float | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class NotifierError(TipoffError):
    """An alert could not be delivered; the message names the notifier, never its secret."""


class SourceError(TipoffError):
    """A data source failed or sent something unusable."""


class FetchError(SourceError):
    """An HTTP fetch failed after its retries."""

    def __init__(
        self,
        message: str,
        *,
        url: str,
        status: int | None,
        attempts: int,
        content: bytes | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.attempts = attempts
        # the last malformed body received, kept so the document at fault can be inspected
        self.content = content


class PayloadError(SourceError):
    """A document is malformed or fails validation; the message names file, field and row."""


def first_line(exc: BaseException) -> str:
    """An error's message fit for one line: the driver's own (``orig``, for a SQLAlchemy
    error) or the exception's, first line only (no SQL, no parameters), else its type."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

"""Logging set-up: structlog to standard error, as coloured console lines or JSON lines.

Called once by the CLI (and the web layer) before anything logs. Standard-library loggers
(SQLAlchemy, uvicorn) go to the same stream at the same level. Whatever is written there
passes through :class:`tipoff.redact.RedactingStream`, which blanks the secrets the
settings hold; tracebacks are plain, without local variables (a frame's locals hold
connection URLs, settings and tokens).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Literal, TextIO

import structlog

from tipoff.redact import RedactingStream, secret_parts

# standard error with the secrets of the latest configuration blanked: where the log goes
# (unless given a stream), and where the CLI prints its own messages beside it
stderr = RedactingStream()


def configure_logging(
    *,
    level: str = "INFO",
    fmt: Literal["console", "json"] = "console",
    stream: TextIO | None = None,
    secrets: Iterable[str | None] = (),
) -> None:
    stderr.secrets = secret_parts(secrets)
    out = stderr if stream is None else RedactingStream(stream, stderr.secrets)
    numeric = logging.getLevelNamesMapping()[level.upper()]
    renderer: structlog.typing.Processor
    if fmt == "json":
        renderer = structlog.processors.JSONRenderer()
    else:
        renderer = structlog.dev.ConsoleRenderer(
            colors=out.isatty(), exception_formatter=structlog.dev.plain_traceback
        )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.StackInfoRenderer(),
            structlog.processors.format_exc_info if fmt == "json" else structlog.dev.set_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(out),  # type: ignore[arg-type]
        cache_logger_on_first_use=True,
    )
    logging.basicConfig(
        level=numeric,
        stream=out,
        format="%(asctime)s [%(levelname)s] %(name)s: %(message)s",
        force=True,
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(_pool_errors_in_one_line)
    # One line per HTTP request drowns everything else; the HTTP stack logs what matters.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))


def _pool_errors_in_one_line(record: logging.LogRecord) -> bool:
    """SQLAlchemy's pool logs a whole traceback when it cannot reset or close a connection
    the server dropped; the pool has discarded that connection already and whoever used it
    has its own error, so the record keeps one line: its message and the error's first."""
    if record.exc_info and record.name.startswith("sqlalchemy.pool"):
        exc = record.exc_info[1]
        detail = str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else ""
        name = type(exc).__name__ if exc is not None else "error"
        record.msg = f"{record.getMessage()}: {name}: {detail}".rstrip(": ")
        record.args = None
        record.exc_info = None
        record.exc_text = None
    return True

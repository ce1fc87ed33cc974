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
    # One line per HTTP request drowns everything else; the HTTP stack logs what matters.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))

"""The one interface every data source implements."""

from __future__ import annotations

from typing import Protocol

from tipoff.nba.documents import FetchRequest, RawDocument


class Source(Protocol):
    """Fetches raw documents; ``live``, ``sim`` and ``replay`` all return the same shapes."""

    name: str

    def fetch(self, request: FetchRequest) -> RawDocument:
        """Return the document's bytes or raise a ``tipoff.errors.SourceError``."""
        ...

    def close(self) -> None: ...

"""Writing phase 2's output: idempotent upserts into the raw tables, and the document audit.

A raw row is upserted on its natural key and only rewritten when a value changed, so a
re-run of a date leaves every row, ``loaded_at`` included, as it was. Rows that a newer
version of the same document no longer has (a player taken off the injury report, a line
withdrawn) are deleted: after a write, each document's rows are exactly what it says.

``raw_documents`` keeps one row per bucket document: ``stored`` (fetched, not yet
parsed), ``processed`` or ``quarantined`` (failed validation; ``error`` says where).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

import sqlalchemy as sa

from tipoff.engine.store import Store
from tipoff.nba.parsers.rows import RawRow
from tipoff.nba.raw_tables import raw_documents

DOCUMENT_KEY = re.compile(
    r"^raw/(?P<source>[a-z]+)/(?P<document>[a-z_]+)/(?P<day>\d{4}-\d{2}-\d{2})/"
    r"(?P<part>[A-Za-z0-9_-]{1,64})\.(?:json|pdf)$"
)


class DocumentStatus(StrEnum):
    """What phase 2 made of a bucket document (values of ``raw_documents.status``)."""

    STORED = "stored"  # in the bucket, not parsed yet
    PROCESSED = "processed"  # parsed, validated, its rows written
    QUARANTINED = "quarantined"  # failed validation; the file is kept as it was


@dataclass(frozen=True)
class StoredDocument:
    """One bucket document as read by a raw processor."""

    key: str
    source: str
    document: str
    day: date
    part: str
    content: bytes
    mtime: float | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def size(self) -> int:
        return len(self.content)


def parse_document_key(key: str) -> tuple[str, str, date, str] | None:
    """(source, document, date, part) of ``raw/<source>/<document>/<date>/<part>.json``."""
    m = DOCUMENT_KEY.match(key)
    if m is None:
        return None
    try:
        day = date.fromisoformat(m["day"])
    except ValueError:
        return None
    return m["source"], m["document"], day, m["part"]


def _dedupe(rows: Iterable[RawRow]) -> dict[sa.Table, dict[tuple[Any, ...], RawRow]]:
    """Rows by table and natural key; a key seen twice keeps its last row."""
    out: dict[sa.Table, dict[tuple[Any, ...], RawRow]] = defaultdict(dict)
    for row in rows:
        out[row.TABLE][row.key()] = row
    return out


def _upsert(store: Store, *, table: sa.Table) -> Any:
    ins = store.upsert_insert(table)
    keys = [c.name for c in table.primary_key.columns]
    data = [c.name for c in table.columns if c.name not in keys and c.name != "loaded_at"]
    changed = sa.or_(*(table.c[c].is_distinct_from(ins.excluded[c]) for c in data))
    return ins.on_conflict_do_update(
        index_elements=keys,
        set_={c: ins.excluded[c] for c in [*data, "loaded_at"]},
        where=changed,
    )


def write_rows(
    store: Store,
    conn: sa.Connection,
    rows: Iterable[RawRow],
    *,
    document_keys: Sequence[str],
    now: float,
    tables: Sequence[sa.Table] = (),
) -> int:
    """Upsert ``rows`` and delete the rows of ``document_keys`` they no longer include.

    ``tables``: the tables these documents write, so a document that now has no rows at
    all (an event whose lines were all withdrawn) still clears its old ones.
    """
    grouped = _dedupe(rows)
    written = 0
    for table in dict.fromkeys([*tables, *grouped]):
        by_key = grouped.get(table, {})
        if by_key:
            values = [{**r.values(), "loaded_at": now} for r in by_key.values()]
            conn.execute(
                store.statement(f"raw.upsert.{table.name}", partial(_upsert, table=table)), values
            )
            written += len(values)
        _delete_stale(conn, table, document_keys, set(by_key))
    return written


def _delete_stale(
    conn: sa.Connection, table: sa.Table, document_keys: Sequence[str], keep: set[tuple[Any, ...]]
) -> int:
    if not document_keys:
        return 0
    pk = list(table.primary_key.columns)
    existing = conn.execute(sa.select(*pk).where(table.c.source_key.in_(document_keys))).all()
    stale = [tuple(r) for r in existing if tuple(r) not in keep]
    if not stale:
        return 0
    delete = sa.delete(table).where(*(c == sa.bindparam(f"k_{c.name}") for c in pk))
    conn.execute(
        delete, [{f"k_{c.name}": v for c, v in zip(pk, key, strict=True)} for key in stale]
    )
    return len(stale)


def _audit(store: Store) -> Any:
    ins = store.upsert_insert(raw_documents)
    return ins.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "sha256": ins.excluded.sha256,
            "bytes": ins.excluded.bytes,
            "status": ins.excluded.status,
            "processed_at": ins.excluded.processed_at,
            "error": ins.excluded.error,
            "attempts": raw_documents.c.attempts + 1,
        },
    )


def mark_documents(
    store: Store,
    conn: sa.Connection,
    documents: Sequence[StoredDocument],
    *,
    status: DocumentStatus,
    now: float,
    errors: Mapping[str, str] | None = None,
) -> None:
    """Record what phase 2 made of ``documents`` (inserting rows the scraper did not)."""
    if not documents:
        return
    values = [
        {
            "key": d.key,
            "source": d.source,
            "document": d.document,
            "data_date": d.day,
            "part": d.part,
            "sha256": d.sha256,
            "bytes": d.size,
            "fetched_at": d.mtime if d.mtime is not None else now,
            "status": status.value,
            "processed_at": now,
            "error": (errors or {}).get(d.key),
            "attempts": 1,
        }
        for d in documents
    ]
    conn.execute(store.statement("raw.audit", _audit), values)

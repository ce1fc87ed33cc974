"""Writing an export: validate, serialise whole, then one atomic put.

The document is a validated pydantic model before this module sees it, and its JSON is
complete in memory before the bucket is touched, so a failure to build or serialise a
document leaves the previous file as it was; :meth:`Bucket.put_bytes` then replaces the
object whole (temporary file + rename locally, a single PUT on an object store).

``latest.json`` copies only move forward: a backfill of an older date leaves a newer
``latest.json`` alone.
"""

from __future__ import annotations

import json
from datetime import date

from tipoff.bucket import Bucket
from tipoff.nba.export.models import ExportModel


def to_json(doc: ExportModel) -> bytes:
    return doc.model_dump_json(indent=1).encode("utf-8")


def write(bucket: Bucket, key: str, doc: ExportModel) -> str:
    data = to_json(doc)
    bucket.put_bytes(key, data)
    return key


def write_latest(bucket: Bucket, key: str, doc: ExportModel, as_of: date, field: str) -> bool:
    """Write ``doc`` as ``key`` unless the copy there is of a later date; True if written."""
    if bucket.exists(key):
        try:
            current = json.loads(bucket.get_bytes(key)).get(field)
            if current is not None and date.fromisoformat(str(current)) > as_of:
                return False
        except (ValueError, AttributeError):
            pass  # an unreadable copy is replaced
    write(bucket, key, doc)
    return True

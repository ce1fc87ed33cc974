"""The bucket: raw documents and exports under one URL, through fsspec.

A local folder by default (``./tipoff-data/bucket`` or ``file:///...``), any fsspec URL
otherwise (``s3://bucket/prefix``, ``gs://...``, ``memory://...`` in tests). Keys are
relative, slash-separated paths such as ``raw/sim/boxscore/2025-11-12/0022500123.json``;
a key that could escape the bucket's root (``..``, an absolute path, a backslash) is
refused before any file system call.

Writes are atomic: on a local folder the bytes go to a temporary file beside the target,
which is then renamed over it, so a reader (or a crash) never sees half a document; on an
object store a single PUT already replaces the object whole. A process killed between the
two leaves its temporary file behind: the next write of the same key removes the stale
ones, and ``remove_stale_temp_files`` (the NBA cleanup job) sweeps the whole bucket.
"""

from __future__ import annotations

import builtins
import os
import re
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import fsspec  # type: ignore[import-untyped]
from fsspec.implementations.local import LocalFileSystem  # type: ignore[import-untyped]

from tipoff.errors import ConfigError, first_line

_TMP_MARK = ".tmp-"
# A temporary file older than this was left by a writer that died (a live one renames its
# file within moments); younger ones may still be another process's write in progress.
STALE_TEMP_S = 600.0
_SEGMENT = re.compile(r"^[^\x00-\x1f\\]+$")


@dataclass(frozen=True)
class ObjectInfo:
    """What the bucket knows about one object: its size and when it was last written."""

    key: str
    size: int
    mtime: float | None  # epoch seconds; None when the store does not say


def validate_key(key: str) -> str:
    """Return ``key`` if it is a safe relative key, else raise ValueError naming it."""
    if not isinstance(key, str) or not key:
        raise ValueError(f"bucket key {key!r}: empty")
    if key.startswith("/") or "://" in key or re.match(r"^[A-Za-z]:", key):
        raise ValueError(f"bucket key {key!r}: must be relative to the bucket")
    if key.endswith("/"):
        raise ValueError(f"bucket key {key!r}: names a folder, not an object")
    for segment in key.split("/"):
        if segment in ("", ".", ".."):
            raise ValueError(f"bucket key {key!r}: empty, '.' or '..' path segment")
        if not _SEGMENT.match(segment):
            raise ValueError(f"bucket key {key!r}: backslash or control character")
    return key


def _validate_prefix(prefix: str) -> str:
    prefix = prefix.strip("/")
    if prefix:
        validate_key(prefix)
    return prefix


class Bucket:
    """Bytes under keys, on any fsspec file system."""

    def __init__(self, url: str | os.PathLike[str], **storage_options: Any) -> None:
        self.url = os.fspath(url)
        if not self.url:
            raise ConfigError("bucket URL is empty")
        try:
            fs, root = fsspec.core.url_to_fs(self.url, **storage_options)
        except (ValueError, ImportError) as exc:  # an unknown protocol, or its package absent
            raise ConfigError(f"bucket {self.url}: {first_line(exc)}") from None
        self.fs = fs
        self.root = str(root).rstrip("/")
        self.is_local = isinstance(fs, LocalFileSystem)
        if self.is_local:
            try:
                os.makedirs(self.root, exist_ok=True)
                if not os.access(self.root, os.W_OK):
                    raise PermissionError(13, "Permission denied")
            except OSError as exc:
                raise ConfigError(
                    f"bucket {self.url}: cannot write there: {exc.strerror}"
                ) from None

    def __repr__(self) -> str:
        return f"Bucket({self.url!r})"

    def path(self, key: str) -> str:
        """The file system path of ``key`` (validated)."""
        return f"{self.root}/{validate_key(key)}"

    def _key_of(self, path: str) -> str:
        path = path.rstrip("/")
        root = self.root.lstrip("/")
        bare = path.lstrip("/")
        if bare.startswith(root + "/"):
            return bare[len(root) + 1 :]
        return bare

    # -- writing -------------------------------------------------------------------------

    def put_bytes(self, key: str, data: bytes) -> ObjectInfo:
        """Write ``data`` under ``key``, replacing any previous object whole."""
        path = self.path(key)
        if self.is_local:
            folder = os.path.dirname(path)
            os.makedirs(folder, exist_ok=True)
            tmp = f"{path}{_TMP_MARK}{uuid.uuid4().hex[:12]}"
            try:
                with open(tmp, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            except BaseException:
                # The target is untouched; only the temporary file may be left behind.
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
            _remove_stale(folder, os.path.basename(path) + _TMP_MARK)
        else:
            self.fs.pipe_file(path, data)
        return self.info(key)

    def remove_stale_temp_files(self, *, older_than_s: float = STALE_TEMP_S) -> list[str]:
        """Remove the temporary files writers that died left behind (local folders only);
        returns their paths relative to the bucket."""
        if not self.is_local:
            return []
        removed: builtins.list[str] = []
        for folder, _dirs, _files in os.walk(self.root):
            removed += [
                os.path.relpath(p, self.root)
                for p in _remove_stale(folder, "", older_than_s=older_than_s)
            ]
        return sorted(removed)

    def delete(self, key: str) -> None:
        self.fs.rm_file(self.path(key))

    # -- reading -------------------------------------------------------------------------

    def get_bytes(self, key: str) -> bytes:
        """The object's bytes; FileNotFoundError naming the key when it is absent."""
        path = self.path(key)
        try:
            return bytes(self.fs.cat_file(path))
        except FileNotFoundError:
            raise FileNotFoundError(f"{self.url}: no object {key!r}") from None

    def exists(self, key: str) -> bool:
        return bool(self.fs.isfile(self.path(key)))

    def info(self, key: str) -> ObjectInfo:
        path = self.path(key)
        try:
            detail = self.fs.info(path)
        except FileNotFoundError:
            raise FileNotFoundError(f"{self.url}: no object {key!r}") from None
        return _object_info(key, detail)

    def list(self, prefix: str = "") -> builtins.list[str]:
        """Keys of every object under the folder ``prefix`` (recursive), sorted."""
        return [o.key for o in self.list_info(prefix)]

    def list_info(self, prefix: str = "") -> builtins.list[ObjectInfo]:
        """Like :meth:`list`, with sizes and times from the same listing (one round trip)."""
        folder = _validate_prefix(prefix)
        base = f"{self.root}/{folder}" if folder else self.root
        try:
            found = self.fs.find(base, detail=True)
        except FileNotFoundError:
            return []
        out = []
        for path, detail in found.items():
            if detail.get("type", "file") != "file" or _TMP_MARK in path.rsplit("/", 1)[-1]:
                continue
            out.append(_object_info(self._key_of(path), detail))
        return sorted(out, key=lambda o: o.key)


def _remove_stale(
    folder: str, prefix: str, *, older_than_s: float = STALE_TEMP_S
) -> builtins.list[str]:
    """Delete the temporary files in ``folder`` whose names start with ``prefix`` and that
    nobody touched for ``older_than_s``; returns their paths."""
    cutoff = time.time() - older_than_s
    removed = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    for entry in entries:
        if not entry.name.startswith(prefix) or _TMP_MARK not in entry.name:
            continue
        try:
            if entry.is_file() and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(entry.path)
        except FileNotFoundError:
            continue  # another process removed it first
    return removed


def _object_info(key: str, detail: dict[str, Any]) -> ObjectInfo:
    mtime: float | None = None
    for name in ("mtime", "LastModified", "last_modified", "updated", "created"):
        value = detail.get(name)
        if value is None:
            continue
        if isinstance(value, datetime):
            mtime = value.timestamp()
        elif isinstance(value, int | float):
            mtime = float(value)
        elif isinstance(value, str):
            try:
                mtime = datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            except ValueError:
                continue
        if mtime is not None:
            break
    return ObjectInfo(key=key, size=int(detail.get("size") or 0), mtime=mtime)

"""The bucket over fsspec: atomic writes, listings, safe keys."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tipoff.bucket import Bucket, validate_key

KEY = "raw/sim/boxscore/2025-11-12/0022500123.json"


def test_put_get_exists_info_on_a_folder(tmp_path: Path) -> None:
    bucket = Bucket(tmp_path / "bucket")
    assert not bucket.exists(KEY)
    info = bucket.put_bytes(KEY, b'{"a": 1}')
    assert bucket.exists(KEY)
    assert bucket.get_bytes(KEY) == b'{"a": 1}'
    assert (info.key, info.size) == (KEY, 8)
    assert info.mtime == pytest.approx(os.path.getmtime(tmp_path / "bucket" / KEY))
    assert bucket.info(KEY) == info


def test_overwrite_is_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    bucket = Bucket(str(tmp_path))
    bucket.put_bytes(KEY, b"first version, longer")
    bucket.put_bytes(KEY, b"second")
    assert bucket.get_bytes(KEY) == b"second"
    folder = tmp_path / "raw/sim/boxscore/2025-11-12"
    assert sorted(p.name for p in folder.iterdir()) == ["0022500123.json"]


def test_list_is_recursive_sorted_and_scoped_to_the_prefix(tmp_path: Path) -> None:
    bucket = Bucket(tmp_path)
    keys = [
        "raw/sim/roster/2025-11-12/1610612752.json",
        "raw/sim/roster/2025-11-12/1610612738.json",
        "raw/sim/roster/2025-11-13/1610612738.json",
        "raw/live/roster/2025-11-12/1610612738.json",
        "exports/tonight.json",
    ]
    for key in keys:
        bucket.put_bytes(key, b"{}")
    # a temporary file of an interrupted write is never listed
    (tmp_path / "raw/sim/roster/2025-11-12/x.json.tmp-0123456789ab").write_bytes(b"")
    assert bucket.list("raw/sim/roster/2025-11-12/") == sorted(keys[:2])
    assert bucket.list("raw/sim") == sorted(keys[:3])
    assert bucket.list() == sorted(keys)
    assert bucket.list("raw/replay/") == []
    assert [o.size for o in bucket.list_info("exports")] == [2]


def test_missing_key_names_the_key(tmp_path: Path) -> None:
    bucket = Bucket(tmp_path)
    with pytest.raises(FileNotFoundError, match="0022500123"):
        bucket.get_bytes(KEY)
    with pytest.raises(FileNotFoundError, match="0022500123"):
        bucket.info(KEY)


@pytest.mark.parametrize(
    "key",
    [
        "",
        "/etc/passwd",
        "../outside.json",
        "raw/../../outside.json",
        "raw/./x.json",
        "raw//x.json",
        "raw/x/",
        "raw\\x.json",
        "C:/x.json",
        "s3://other/x.json",
        "raw/\x00.json",
    ],
)
def test_unsafe_keys_are_refused(tmp_path: Path, key: str) -> None:
    bucket = Bucket(tmp_path / "b")
    with pytest.raises(ValueError, match="bucket key"):
        bucket.put_bytes(key, b"x")
    with pytest.raises(ValueError, match="bucket key"):
        validate_key(key)
    assert not (tmp_path / "outside.json").exists()


def test_any_fsspec_url_memory() -> None:
    bucket = Bucket("memory://tipoff-test-bucket")
    try:
        bucket.put_bytes(KEY, b"abc")
        assert bucket.get_bytes(KEY) == b"abc"
        assert bucket.list("raw/sim") == [KEY]
        assert bucket.info(KEY).size == 3
        bucket.delete(KEY)
        assert not bucket.exists(KEY)
    finally:
        if bucket.fs.exists(bucket.root):
            bucket.fs.rm(bucket.root, recursive=True)


_DIE_BEFORE_RENAME = """
import os, signal, sys
from tipoff import bucket
# killed at the worst moment: the bytes are in the temporary file, the rename not done
bucket.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
bucket.Bucket(sys.argv[1]).put_bytes(sys.argv[2], b"half way")
"""


def _killed_mid_write(root: Path, key: str) -> Path:
    proc = subprocess.run(
        [sys.executable, "-c", _DIE_BEFORE_RENAME, str(root), key], check=False, timeout=60
    )
    assert proc.returncode == -signal.SIGKILL
    [tmp] = (root / key).parent.glob(f"{Path(key).name}.tmp-*")
    return tmp


def test_temporary_files_of_a_writer_killed_mid_write_are_removed(tmp_path: Path) -> None:
    root = tmp_path / "bucket"
    other = "v1/predictions/2025-11-12.json"
    stale = [_killed_mid_write(root, KEY), _killed_mid_write(root, other)]
    fresh = _killed_mid_write(root, "v1/streaks/2025-11-12.json")
    an_hour_ago = time.time() - 3600
    for tmp in stale:
        os.utime(tmp, (an_hour_ago, an_hour_ago))
    bucket = Bucket(root)
    assert bucket.list() == []  # never listed as objects
    # the next write of the same key removes its stale temporary file
    bucket.put_bytes(KEY, b"whole")
    assert not stale[0].exists() and stale[1].exists()
    assert sorted(p.name for p in (root / KEY).parent.iterdir()) == [Path(KEY).name]
    # the sweep removes the others, but not one young enough to be a write in progress
    assert bucket.remove_stale_temp_files() == [str(stale[1].relative_to(root))]
    assert fresh.exists()
    assert bucket.remove_stale_temp_files(older_than_s=0.0) == [str(fresh.relative_to(root))]

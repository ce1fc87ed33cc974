"""The bucket over fsspec: atomic writes, listings, safe keys."""

from __future__ import annotations

import os
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

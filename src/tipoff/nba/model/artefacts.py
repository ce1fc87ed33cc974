"""Versioned model folders in the bucket.

A version ``points-v1-<first season>-to-<last season>-<hash>`` (the hash of the model
files) lives under ``models/points/<version>/``:

- ``mean_model.txt``, ``spread_model.txt``: the LightGBM boosters in their text format;
- ``calibrator.json``: the knots of the calibration map;
- ``blend.json``: the weights of the model and the market at book lines (absent in older
  versions: the market alone);
- ``manifest.json``: features, training span, parameters, validation metrics, written last,
  so a folder without a manifest (an interrupted save) is not a version;
- ``evaluation-<season>.json``: evaluation reports, added by ``model evaluate``.

Text formats only: loading a model never unpickles anything.
"""

from __future__ import annotations

import json
from typing import Any

from tipoff.bucket import Bucket
from tipoff.nba.model.blend import MARKET_ONLY, Blend
from tipoff.nba.model.distribution import Calibrator
from tipoff.nba.model.errors import ModelNotFound
from tipoff.nba.model.points import MODEL_NAME, PointsModel

PREFIX = f"models/{MODEL_NAME}"
LATEST = "latest"
MEAN_FILE = "mean_model.txt"
SPREAD_FILE = "spread_model.txt"
CALIBRATOR_FILE = "calibrator.json"
MANIFEST_FILE = "manifest.json"
BLEND_FILE = "blend.json"


def _key(version: str, name: str) -> str:
    return f"{PREFIX}/{version}/{name}"


def _dump(data: Any) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True, default=str) + "\n").encode()


def save_model(bucket: Bucket, model: PointsModel) -> str:
    """Write the model's folder (manifest last); returns the folder's key prefix."""
    bucket.put_bytes(_key(model.version, MEAN_FILE), model.mean_model.model_to_string().encode())
    bucket.put_bytes(
        _key(model.version, SPREAD_FILE), model.spread_model.model_to_string().encode()
    )
    bucket.put_bytes(_key(model.version, CALIBRATOR_FILE), _dump(model.calibrator.to_json()))
    bucket.put_bytes(_key(model.version, BLEND_FILE), _dump(model.blend.to_json()))
    bucket.put_bytes(_key(model.version, MANIFEST_FILE), _dump(model.manifest))
    return f"{PREFIX}/{model.version}/"


def list_versions(bucket: Bucket) -> list[dict[str, Any]]:
    """Complete versions in the bucket (those with a manifest), oldest first."""
    found = []
    for key in bucket.list(PREFIX):
        parts = key.split("/")
        if len(parts) == 4 and parts[3] == MANIFEST_FILE:
            manifest = json.loads(bucket.get_bytes(key))
            found.append(
                {
                    "version": parts[2],
                    "created_at": manifest.get("created_at", ""),
                    "train_span": manifest.get("train_span"),
                }
            )
    return sorted(found, key=lambda v: (v["created_at"], v["version"]))


def resolve_version(bucket: Bucket, version: str = LATEST) -> str:
    """``version`` itself when it exists, the newest one for ``latest``; else ModelNotFound."""
    versions = list_versions(bucket)
    if version == LATEST:
        if not versions:
            raise ModelNotFound(f"{bucket.url}: no model under {PREFIX}/ (train one first)")
        return str(versions[-1]["version"])
    if not any(v["version"] == version for v in versions):
        known = ", ".join(v["version"] for v in versions[-5:]) or "none"
        raise ModelNotFound(f"{bucket.url}: no model {version!r} (latest versions: {known})")
    return version


def load_model(bucket: Bucket, version: str = LATEST) -> PointsModel:
    """The model saved under ``version`` (or the newest one)."""
    import lightgbm as lgb  # here: its import (with scikit-learn's) weighs 25 MB of memory

    version = resolve_version(bucket, version)
    manifest = json.loads(bucket.get_bytes(_key(version, MANIFEST_FILE)))
    mean = lgb.Booster(model_str=bucket.get_bytes(_key(version, MEAN_FILE)).decode())
    spread = lgb.Booster(model_str=bucket.get_bytes(_key(version, SPREAD_FILE)).decode())
    calibrator = Calibrator.from_json(json.loads(bucket.get_bytes(_key(version, CALIBRATOR_FILE))))
    blend = MARKET_ONLY
    if bucket.exists(_key(version, BLEND_FILE)):
        blend = Blend.from_json(json.loads(bucket.get_bytes(_key(version, BLEND_FILE))))
    return PointsModel(version, mean, spread, calibrator, manifest, blend)


def save_evaluation(bucket: Bucket, version: str, season: str, report: dict[str, Any]) -> str:
    key = _key(version, f"evaluation-{season}.json")
    bucket.put_bytes(key, _dump(report))
    return key

"""Named random streams: every random draw of the simulator comes from a stream keyed by names.

A season must be identical whatever is asked first (a box score of April before the schedule
of October, one game or the whole season), so no component shares a generator with another.
Each draws from ``stream(seed, "injuries", player_id)`` or ``stream(seed, "game", game_id)``:
a numpy ``SeedSequence`` built from the seed and a stable hash of the keys, independent of
Python's per-process string hashing.
"""

from __future__ import annotations

import hashlib

import numpy as np

_MASK32 = 0xFFFF_FFFF

Key = str | int


def _words(key: Key) -> list[int]:
    """32-bit words for one key: ints as themselves (split if large), strings by hash."""
    if isinstance(key, bool):  # bool is an int; keep True/1 from colliding silently
        key = f"bool:{key}"
    if isinstance(key, int):
        if key < 0:
            raise ValueError(f"stream keys must be non-negative, got {key}")
        words = [key & _MASK32]
        key >>= 32
        while key:
            words.append(key & _MASK32)
            key >>= 32
        return [len(words), *words]
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return [_MASK32, int.from_bytes(digest[:4], "little"), int.from_bytes(digest[4:], "little")]


def entropy(seed: int, *keys: Key) -> list[int]:
    """The ``SeedSequence`` entropy words for ``seed`` and ``keys`` (exposed for tests)."""
    if seed < 0:
        raise ValueError(f"seed must be non-negative, got {seed}")
    out = _words(seed)
    for key in keys:
        out.extend(_words(key))
    return out


def stream(seed: int, *keys: Key) -> np.random.Generator:
    """A generator that depends only on ``seed`` and ``keys``, never on call order."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(entropy(seed, *keys))))


def stable_hex(seed: int, *keys: Key, length: int = 32) -> str:
    """A stable hexadecimal id (e.g. a bookmaker event id) derived from seed and keys."""
    text = "/".join([str(seed), *(str(k) for k in keys)])
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=(length + 1) // 2).hexdigest()
    return digest[:length]

"""Phase 6 exports: validated JSON documents under ``v1/`` in the bucket.

See :mod:`.processors` for which document is written when, :mod:`.models` for their
schema and :mod:`.keys` for the layout.
"""

from __future__ import annotations

from tipoff.nba.export import freshness as _freshness  # noqa: F401  (registers its outputs)
from tipoff.nba.export.processors import export_blueprint

__all__ = ["export_blueprint"]

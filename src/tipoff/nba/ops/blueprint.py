"""The blueprint of the NBA pipeline's operational code: pre-flight checks, the self-heal
cut-off and the monitor's watches (prediction quality, predictions ready by 14:00 ET)."""

from __future__ import annotations

from tipoff.engine.registry import Blueprint

ops_blueprint = Blueprint("nba.ops")

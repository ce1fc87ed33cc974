"""The HTTP service: probes, Prometheus metrics, a JSON API of the engine and a dashboard.

A thin layer like the CLI: every answer comes from an engine function the CLI uses too.
"""

from __future__ import annotations

from tipoff.web.app import create_app

__all__ = ["create_app"]

"""Grading: predictions against final box scores, kept in tables for the exports."""

from __future__ import annotations

from tipoff.nba.grade.processors import grade_blueprint
from tipoff.nba.grade.tables import NBA_GRADING_SCHEMA

__all__ = ["NBA_GRADING_SCHEMA", "grade_blueprint"]

"""Helpers shared by the unit and integration tests: waiting, test pipelines, subprocesses."""

"""Example pipelines that exercise the engine without any basketball."""

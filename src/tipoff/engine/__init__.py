"""Generic orchestration: a transactional job queue, phase transitions, workers.

Nothing in this package knows about basketball; pipelines declare their phases and
processors in YAML and register processor code on a :class:`~tipoff.engine.registry.Blueprint`.
"""

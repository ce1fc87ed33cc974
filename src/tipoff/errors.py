"""The single exception tree of tipoff.

::

    TipoffError
    ├── ConfigError            a pipeline file or a setting is wrong (names file, key, problem)
    ├── StoreError             the database refused or failed (wraps the driver's error)
    │   └── SchemaError        the schema is newer than this code, or a migration failed
    ├── QueueError             a job operation is impossible (unknown job, bad state)
    │   └── LeaseLost          a worker's lease was taken over; its output is discarded
    └── ProcessorError         a processor is missing or failed in a way the engine reports
        └── UnknownProcessor   a pipeline names a processor that no blueprint registers

Adapters translate driver errors with ``raise ... from exc`` so callers only catch these.
"""

from __future__ import annotations


class TipoffError(Exception):
    """Root of every error tipoff raises on purpose."""


class ConfigError(TipoffError):
    """A pipeline definition or a setting is invalid."""


class StoreError(TipoffError):
    """The database failed or refused an operation."""


class SchemaError(StoreError):
    """The database schema cannot be brought to the version this code needs."""


class QueueError(TipoffError):
    """A job queue operation is impossible."""


class LeaseLost(QueueError):
    """The job's lease expired and another worker took it over; this attempt must not commit."""


class ProcessorError(TipoffError):
    """A processor is missing or misbehaved."""


class UnknownProcessor(ProcessorError):
    """A processor name has no registered code."""

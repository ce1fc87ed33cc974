"""Errors of the points model, under tipoff's single root.

::

    TipoffError
    └── ModelError            the model cannot be trained, found or evaluated
        ├── DataError         the data folder, a season or a file is missing or unusable
        └── ModelNotFound     no artefact with that version (or none at all) in the bucket
"""

from __future__ import annotations

from tipoff.errors import TipoffError


class ModelError(TipoffError):
    """The points model cannot be trained, found or evaluated."""


class DataError(ModelError):
    """A data folder, season or file is missing or unusable; the message names it."""


class ModelNotFound(ModelError):
    """No saved model with the requested version."""

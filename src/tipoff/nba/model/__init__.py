"""The points model: training, versioned artefacts, predictions and evaluation.

- :mod:`.train`: feature rows of past games → a :class:`.points.PointsModel`;
- :mod:`.distribution`: the negative binomial and its calibration map, P(over/under/push);
- :mod:`.predict`: the phase-5 API, five lines per player, strict and fallback modes;
- :mod:`.artefacts`: versions saved to and loaded from the bucket;
- :mod:`.evaluate` and :mod:`.books`: the report on a held-out season, with book lines;
- :mod:`.blend`: the model and the market's vig-free probability as one, at book lines;
- :mod:`.market`: every method on the same book-line games, picks graded at the price;
- :mod:`.scores`: point errors, Brier and log loss, reliability tables, for both;
- :mod:`.report`: the evaluation drawn as one HTML page;
- :mod:`.cli`: ``tipoff model train|evaluate|list``.

Nothing is imported here, so that importing a light module (the distribution) does not
load the training libraries.
"""

"""What a game day must deliver: predictions for most players with a book line.

``predictions_delivered`` is the NBA pipeline's outcome check (``outcome:`` in nba.yaml):
a run that ran every phase but predicted nobody (strict mode without book lines, every
player needing bootstrap games) or too few of the players the books priced is
``complete_degraded``, not complete. The measurement itself
(:func:`tipoff.nba.predict.delivery.measure`) is also the exports' ``completion`` block,
so the bucket and the engine agree on the verdict.
"""

from __future__ import annotations

from tipoff.engine.preflight import CheckContext, CheckResult
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.predict.delivery import DEFAULT_MIN_SHARE, measure

PREDICTOR = "predict_coordinator"


@ops_blueprint.check("predictions_delivered")
def predictions_delivered(ctx: CheckContext) -> CheckResult:
    predicts = any(
        p.name == PREDICTOR
        for phase in ctx.pipeline.phases
        for p in ctx.pipeline.expected(phase.phase, ctx.mode)
    )
    if not predicts:  # a pipeline cut short of the predictions (phases 1-4 of a backfill)
        return CheckResult.passed(f"the pipeline does not predict in mode {ctx.mode}")
    min_share = float(ctx.params.get("min_share", DEFAULT_MIN_SHARE))
    delivery = measure(ctx.conn, ctx.data_date)
    missed = delivery.shortfall(min_share)
    if missed:
        return CheckResult.failed(missed)
    return CheckResult.passed(f"{delivery.predicted} players predicted")

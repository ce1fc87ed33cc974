"""The NBA pipeline: its sources, processors and the league simulator behind the ``sim`` source.

``tipoff.nba.sim`` is a deterministic model of an NBA season (schedule, rosters, injuries,
box scores, prop lines) that answers, as of any moment, what a real source would have
returned then.
"""

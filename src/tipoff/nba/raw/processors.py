"""Phase 2: one raw processor per document kind, on the ``nba`` blueprint.

Each raw processor takes its job's date and source (``params["source"]``, resolved when
the run started; a job without one fails rather than guess), reads every bucket document
``raw/<source>/<document>/<date>/*.json``, parses and validates ALL of them, and only
then returns a write that upserts their rows and marks them ``processed`` in
``raw_documents``, committed with the job's completion.

A document that fails is quarantined: its ``raw_documents`` row says so, with the precise
problems; the file stays in the bucket untouched; nothing of that document kind is
written for the date; and the job raises :class:`~tipoff.errors.PayloadError`, so the
engine retries it (a re-scrape may have fixed the file) and finally dead-letters it
where everyone can see it. The box score processor also holds its output against the
schedule: box scores for 3 of 9 final games is a failure naming the 6 missing games,
never a success.

``cleanup_unprocessed`` (see ``cleanup``) re-enqueues these processors for documents
that nobody processed.
"""

from __future__ import annotations

from tipoff.engine.registry import Blueprint, JobContext, Result
from tipoff.errors import PayloadError
from tipoff.nba.documents import Document
from tipoff.nba.parsers import (
    Problems,
    RawRow,
    TeamBoxRow,
    parse_boxscore,
    parse_game_lines,
    parse_injury_report,
    parse_odds_events,
    parse_player_props,
    parse_roster,
    parse_schedule,
)
from tipoff.nba.raw import validate
from tipoff.nba.raw.cleanup import cleanup_unprocessed
from tipoff.nba.raw.run import PROCESSOR_OF, RawRun
from tipoff.nba.raw.writer import StoredDocument

raw_blueprint = Blueprint("nba")
raw_blueprint.add("cleanup_unprocessed", cleanup_unprocessed)


def _team_of_part(part: str) -> int | None:
    return int(part) if part.isdigit() else None


# -- the processors -----------------------------------------------------------------------


@raw_blueprint.processor(PROCESSOR_OF[Document.SCHEDULE])
def raw_schedule(ctx: JobContext) -> Result:
    """scoreboardv3 (or v2) → raw_schedule. ``params["expected_games"]``: the count, when known."""
    run = RawRun(ctx, Document.SCHEDULE)
    expected = ctx.params.get("expected_games")

    def check(doc: StoredDocument, problems: Problems) -> list[RawRow]:
        rows = parse_schedule(doc.content, source_key=doc.key, problems=problems)
        if not problems:
            problems.extend(
                validate.validate_schedule(
                    rows,
                    source_key=doc.key,
                    day=doc.day,
                    expected_games=None if expected is None else int(expected),
                )
            )
        return list(rows)

    return run.process(check)


@raw_blueprint.processor(PROCESSOR_OF[Document.ROSTER])
def raw_roster(ctx: JobContext) -> Result:
    """commonteamroster (one document per team) → raw_rosters."""
    run = RawRun(ctx, Document.ROSTER)

    def check(doc: StoredDocument, problems: Problems) -> list[RawRow]:
        rows = parse_roster(doc.content, source_key=doc.key, roster_date=doc.day, problems=problems)
        if not problems:
            problems.extend(
                validate.validate_roster(rows, source_key=doc.key, team_id=_team_of_part(doc.part))
            )
        return list(rows)

    return run.process(check)


@raw_blueprint.processor(PROCESSOR_OF[Document.INJURY_REPORT])
def raw_injury_report(ctx: JobContext) -> Result:
    """The official injury report → raw_injury_report, players matched on the rosters."""
    run = RawRun(ctx, Document.INJURY_REPORT)

    def check(doc: StoredDocument, problems: Problems) -> list[RawRow]:
        matchups = {
            f"{g.away_tricode}@{g.home_tricode}": g.game_id
            for g in run.games or ()
            if g.home_tricode and g.away_tricode
        }
        rows = parse_injury_report(
            doc.content,
            source_key=doc.key,
            report_date=doc.day,
            players=run.players,
            games=matchups,
            warnings=run.warnings,
            problems=problems,
        )
        if not problems:
            problems.extend(validate.validate_injury_report(rows, source_key=doc.key))
        return list(rows)

    return run.process(check)


@raw_blueprint.processor(PROCESSOR_OF[Document.BOXSCORE])
def raw_boxscore(ctx: JobContext) -> Result:
    """boxscoretraditionalv3 (one document per game) → raw_player/team_boxscores.

    Fails, naming the missing games, unless every final game of the date (by the
    schedule, when it is loaded) has its box score.
    """
    run = RawRun(ctx, Document.BOXSCORE)

    def check(doc: StoredDocument, problems: Problems) -> list[RawRow]:
        rows = parse_boxscore(doc.content, source_key=doc.key, game_date=doc.day, problems=problems)
        if not problems:
            game = None if doc.part == "all" else doc.part
            problems.extend(validate.validate_boxscore(rows, source_key=doc.key, game_id=game))
        return list(rows)

    def coverage(rows: list[RawRow]) -> None:
        finals = run.final_games()
        if finals is None:
            run.warnings.append(
                f"box score coverage of {run.day} not checked: "
                "the schedule of the date is not loaded"
            )
            return
        found = {r.game_id for r in rows if isinstance(r, TeamBoxRow)}
        result = validate.boxscore_coverage(run.day, finals, found)
        if not result.ok:
            raise PayloadError(f"{run.prefix()}: {result.message}")

    return run.process(check, after=coverage)


@raw_blueprint.processor(PROCESSOR_OF[Document.ODDS_EVENTS])
def raw_odds_events(ctx: JobContext) -> Result:
    """The Odds API events → raw_odds_events, tied to the schedule's games when known."""
    run = RawRun(ctx, Document.ODDS_EVENTS)

    def check(doc: StoredDocument, problems: Problems) -> list[RawRow]:
        games = run.games
        by_teams = (
            None if games is None else {(g.home_team_id, g.away_team_id): g.game_id for g in games}
        )
        rows = parse_odds_events(
            doc.content,
            source_key=doc.key,
            game_date=doc.day,
            games=by_teams,
            warnings=run.warnings,
            problems=problems,
            counts=run.counts,
        )
        if not problems:
            problems.extend(validate.validate_odds_events(rows, source_key=doc.key))
        return list(rows)

    return run.process(check)


GAME_LINE_PROBLEMS = "game_line_quotes_left_out"


@raw_blueprint.processor(PROCESSOR_OF[Document.PLAYER_PROPS])
def raw_player_props(ctx: JobContext) -> Result:
    """The Odds API event odds (one document per event) → raw_player_props, and the
    game's spreads and totals of each book → raw_game_lines.

    Each event's document stands alone: a bad one is quarantined and the others load.
    Player names that match nobody are counted and named once for the date.
    """
    run = RawRun(ctx, Document.PLAYER_PROPS)
    unmatched: set[str] = set()

    def check(doc: StoredDocument, problems: Problems) -> list[RawRow]:
        rows = parse_player_props(
            doc.content,
            source_key=doc.key,
            game_date=doc.day,
            players=run.players,
            warnings=run.warnings,
            problems=problems,
            counts=run.counts,
            unmatched_names=unmatched,
        )
        if not problems:
            problems.extend(validate.validate_player_props(rows, source_key=doc.key))
        # The game's lines are extra evidence: a malformed quote of theirs is left out and
        # named, it never costs the document its player lines.
        odd = Problems(doc.key)
        lines = parse_game_lines(
            doc.content, source_key=doc.key, game_date=doc.day, problems=odd, counts=run.counts
        )
        if odd:
            run.counts[GAME_LINE_PROBLEMS] = run.counts.get(GAME_LINE_PROBLEMS, 0) + len(odd)
            more = f" and {len(odd) - 1} more" if len(odd) > 1 else ""
            run.warnings.append(f"game lines left out: {odd.items[0]}{more}")
        return [*rows, *lines]

    def count_unmatched(rows: list[RawRow]) -> None:
        if unmatched:
            run.counts["unmatched_names"] = len(unmatched)
            shown = ", ".join(sorted(unmatched)[:10])
            more = f" and {len(unmatched) - 10} more" if len(unmatched) > 10 else ""
            run.warnings.append(
                f"player_props of {run.day}: {len(unmatched)} player name(s) matched no "
                f"player: {shown}{more}"
            )

    return run.process(check, after=count_unmatched, isolate=True)


def processor_names() -> list[str]:
    """The raw processors, in the order of ``Document``."""
    return [PROCESSOR_OF[d] for d in Document]

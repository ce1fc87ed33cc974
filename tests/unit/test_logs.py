"""The log stream: a library's traceback over a dropped connection is one line."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_the_pool_failing_to_reset_a_dropped_connection_logs_one_line() -> None:
    code = textwrap.dedent(
        """
        import logging
        from tipoff.logs import configure_logging

        configure_logging(level="INFO", fmt="console")
        try:
            raise ConnectionError("the connection is lost\\nsecond line of detail")
        except ConnectionError:
            logging.getLogger("sqlalchemy.pool.impl.QueuePool").error(
                "Exception during reset or similar", exc_info=True
            )
        try:
            raise ValueError("ours")
        except ValueError:
            logging.getLogger("tipoff.elsewhere").error("kept whole", exc_info=True)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    pool, *rest = out.stderr.splitlines()
    assert pool.endswith(
        "sqlalchemy.pool.impl.QueuePool: Exception during reset or similar: "
        "ConnectionError: the connection is lost"
    )
    # any other logger's traceback is left as it is
    assert rest[0].endswith("tipoff.elsewhere: kept whole")
    assert rest[1] == "Traceback (most recent call last):"
    assert "second line of detail" not in out.stderr

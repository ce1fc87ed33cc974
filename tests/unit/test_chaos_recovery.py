"""The chaos benchmark's recovery time of a fault: from its end to its own work done, the
time another fault held the same work left out (co-located faults measured apart)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from chaos import unexplained_s


def test_work_done_before_the_fault_ended_recovered_at_once() -> None:
    assert unexplained_s(100.0, 90.0, []) == 0.0


def test_alone_a_fault_recovers_when_its_work_is_done() -> None:
    assert unexplained_s(100.0, 160.0, []) == 60.0


def test_the_time_a_later_fault_held_the_same_work_is_that_faults() -> None:
    # ended at 100; another fault struck the same job from 110 to 1,000,000 (a day's
    # outage); the job succeeded 10 s after that one ended: 10 + 10 s are this fault's
    assert unexplained_s(100.0, 1_000_010.0, [(110.0, 1_000_000.0)]) == 20.0


def test_overlapping_windows_of_other_faults_are_left_out_once() -> None:
    others = [(50.0, 150.0), (120.0, 200.0), (300.0, 400.0)]
    # from 100 to 500: 100-200 and 300-400 held by others, 200 s left
    assert unexplained_s(100.0, 500.0, others) == 200.0

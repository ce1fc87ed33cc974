"""``tipoff metrics`` and ``tipoff serve`` as a user runs them: subprocesses over a SQLite file."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from support.cli import run_tipoff, tipoff_env
from support.waiting import wait_for

TIMEOUT_S = 120


def test_metrics_prints_the_exposition_of_the_database(tmp_path: Path) -> None:
    env = tipoff_env(f"sqlite:///{tmp_path / 'm.db'}")
    missing = run_tipoff(env, tmp_path, "metrics")
    assert missing.returncode == 2
    assert "no tipoff tables yet" in missing.stderr

    assert run_tipoff(env, tmp_path, "demo", "--dates", "1").returncode == 0
    done = run_tipoff(env, tmp_path, "metrics")
    assert done.returncode == 0, done.stderr
    assert 'tipoff_jobs{status="succeeded"} 30.0' in done.stdout
    assert "tipoff_dead_letters 0.0" in done.stdout


def test_serve_answers_until_interrupted(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = tipoff_env(f"sqlite:///{tmp_path / 's.db'}", TIPOFF_API_TOKEN="a-token-of-some-length")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tipoff", "serve", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"

    def answers() -> bool:
        try:
            return httpx.get(base + "/health", timeout=2).status_code == 200
        except httpx.TransportError:
            assert proc.poll() is None, proc.communicate()[1]
            return False

    try:
        wait_for(answers, 60, interval=0.1, message="tipoff serve to answer")
        ready = httpx.get(base + "/ready", timeout=5)
        assert ready.status_code == 503  # nothing created the schema yet
        assert "run tipoff db upgrade" in ready.json()["reason"]
        assert run_tipoff(env, tmp_path, "db", "upgrade").returncode == 0
        assert httpx.get(base + "/ready", timeout=5).status_code == 200
        no_token = httpx.post(base + "/api/heal", json={}, timeout=5)
        assert no_token.status_code == 401
    finally:
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr
    assert f"serving http://127.0.0.1:{port}/" in stderr
    assert "manual triggers: token required" in stderr

"""The engine's settings and a pipeline package's own: one read of ``TIPOFF_*``, each
value on the model that owns it, every bad value refused together, every secret redacted."""

from __future__ import annotations

import pytest

from tipoff import pipelines
from tipoff.errors import ConfigError
from tipoff.nba.settings import NbaSettings, nba_settings
from tipoff.settings import PipelineSettings, Settings, load_settings


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SOURCE", "SIM_SEASON", "ODDS_API_KEY", "HTTP_PROXIES", "WORKER_CONCURRENCY"):
        monkeypatch.delenv(f"TIPOFF_{name}", raising=False)


def test_the_engine_settings_hold_no_pipeline_setting() -> None:
    assert not set(Settings.model_fields) & set(NbaSettings.model_fields)
    assert pipelines.package("nba").settings_model is NbaSettings
    assert pipelines.package("example").settings_model is None


def test_an_override_goes_to_the_model_that_has_it() -> None:
    settings = load_settings(source="replay", sim_seed=11, worker_concurrency=2)
    assert settings.worker_concurrency == 2
    assert (nba_settings(settings).source, nba_settings(settings).sim_seed) == ("replay", 11)
    assert not hasattr(settings, "source")


def test_the_same_environment_variables_still_reach_the_pipeline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIPOFF_SOURCE", "live")
    monkeypatch.setenv("TIPOFF_SIM_SEASON", "2019-20")
    assert nba_settings(load_settings()).source == "live"
    direct = Settings()  # built without load_settings: its packages' settings read on first use
    assert nba_settings(direct).sim_season == "2019-20"


def test_bad_values_of_both_are_refused_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPOFF_WORKER_CONCURRENCY", "0")
    monkeypatch.setenv("TIPOFF_SIM_SEASON", "2025-27")
    with pytest.raises(ConfigError) as refused:
        load_settings()
    message = str(refused.value)
    assert message.startswith("invalid settings: TIPOFF_WORKER_CONCURRENCY: ")
    assert "; TIPOFF_SIM_SEASON: a season ends the year after it starts" in message
    monkeypatch.delenv("TIPOFF_WORKER_CONCURRENCY")
    with pytest.raises(ConfigError, match=r"^invalid settings: TIPOFF_SIM_SEASON"):
        nba_settings(Settings())


def test_a_package_secret_is_redacted_and_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPOFF_ODDS_API_KEY", "odds-key-0123456789")
    monkeypatch.setenv("TIPOFF_HTTP_PROXIES", "http://user:pr0xyPass@127.0.0.1:3128")
    secrets = load_settings(api_token="t" * 20).secret_values()
    assert {"odds-key-0123456789", "pr0xyPass", "t" * 20} <= set(secrets)
    assert "http://user:pr0xyPass@127.0.0.1:3128" in secrets
    with pytest.raises(ConfigError) as refused:
        load_settings(odds_api_key=12345678901234567890)  # not a string: refused, unechoed
    assert "12345678901234567890" not in str(refused.value)


def test_a_package_model_without_secrets_has_none() -> None:
    class Quiet(PipelineSettings):
        volume: int = 3

    assert Quiet().secret_values() == []

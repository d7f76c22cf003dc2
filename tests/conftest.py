"""Shared test set-up: a clean environment.

The mikro_orm pytest plugin (fixtures ``mikro_server``, ``mikro_client``, ...)
is registered by its ``pytest11`` entry point when the package is installed;
naming it in ``pytest_plugins`` as well would register it twice.
"""
from __future__ import annotations

import pytest

_SETTINGS_VARIABLES = ("MIKRO_URL", "MIKRO_WS_URL", "MIKRO_TOKEN", "MIKRO_CONFIG", "MIKRO_PAGE_SIZE", "MIKRO_TIMEOUT")


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the developer's own Mikro settings and data out of the tests."""
    for name in _SETTINGS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MIKRO_DATA_DIR", str(tmp_path_factory.getbasetemp() / "embedded-default"))


@pytest.fixture(scope="session")
def moto_endpoint():
    """moto's S3 server on a free loopback port (in memory, stopped at the end)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()

"""Settings: from arguments, then the environment, then a config file.

Resolution, first hit wins for each setting:

1. arguments to :func:`mikro_orm.connect`;
2. environment variables ``MIKRO_URL``, ``MIKRO_WS_URL``, ``MIKRO_TOKEN``,
   ``MIKRO_DATA_DIR``, ``MIKRO_PAGE_SIZE``, ``MIKRO_TIMEOUT``;
3. a fakts-style YAML file: the ``config_file`` argument, else
   ``MIKRO_CONFIG``, else ``./fakts.yaml`` if it exists::

       mikro:
         endpoint_url: http://mikro.lab:8080/graphql
         ws_endpoint_url: ws://mikro.lab:8080/graphql
         token: ...
         datalayer:            # or a top-level group "mikro.datalayer"
           endpoint_url: http://minio.lab:9000
           access_key: ...
           secret_key: ...

4. with no URL anywhere, the embedded reference server on loopback, keeping
   its data in ``data_dir`` (default: ``MIKRO_DATA_DIR``, else
   ``~/.local/share/mikro-orm``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping

import attrs

from mikro_orm.errors import ConfigurationError, InvalidArgument

__all__ = ["DataLayerSettings", "Settings", "default_data_dir", "resolve_settings"]

DEFAULT_PAGE_SIZE = 100
DEFAULT_TIMEOUT = 60.0


def default_data_dir() -> Path:
    """Where the embedded server keeps its data: ``MIKRO_DATA_DIR`` or ``~/.local/share/mikro-orm``.

    Examples
    --------
    >>> default_data_dir().name  # doctest: +SKIP
    'mikro-orm'
    """
    configured = os.environ.get("MIKRO_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "mikro-orm"


@attrs.frozen
class DataLayerSettings:
    """Explicit datalayer access, overriding what the server's ``negotiate`` says.

    Attributes
    ----------
    protocol
        ``"s3"`` or ``"file"``.
    endpoint_url
        For S3: the object store's URL. For a folder: unused.
    path
        For a folder: its path.
    access_key, secret_key
        For S3; hidden from ``repr``.
    """

    protocol: str = "s3"
    endpoint_url: str | None = None
    path: str | None = None
    access_key: str | None = attrs.field(default=None, repr=False)
    secret_key: str | None = attrs.field(default=None, repr=False)


@attrs.frozen
class Settings:
    """Everything a :class:`~mikro_orm.client.Client` needs to reach a server.

    The token is kept out of ``repr`` so that it never lands in logs or
    tracebacks.
    """

    url: str | None = None
    ws_url: str | None = None
    token: str | None = attrs.field(default=None, repr=False)
    data_dir: Path = attrs.field(factory=default_data_dir)
    page_size: int = DEFAULT_PAGE_SIZE
    timeout: float = DEFAULT_TIMEOUT
    datalayer: DataLayerSettings | None = None

    @property
    def embedded(self) -> bool:
        """True when no server URL was configured: the embedded server will be used."""
        return self.url is None


def _base_url(endpoint: str) -> str:
    """Accept either a base URL or a ``.../graphql`` endpoint; return the base."""
    endpoint = endpoint.rstrip("/")
    return endpoint[: -len("/graphql")] if endpoint.endswith("/graphql") else endpoint


def _read_config_file(path: Path) -> Mapping[str, Any]:
    import yaml  # only when a config file is used

    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigurationError(f"cannot read config file {path}: {type(exc).__name__}") from None
    if not isinstance(content, Mapping):
        raise ConfigurationError(f"config file {path}: expected a mapping at the top level")
    return content


def _from_file(config_file: str | os.PathLike[str] | None) -> dict[str, Any]:
    candidate = config_file or os.environ.get("MIKRO_CONFIG")
    if candidate is None:
        local = Path("fakts.yaml")
        if not local.exists():
            return {}
        candidate = local
    path = Path(candidate).expanduser()
    if not path.exists():
        raise ConfigurationError(f"config file {path} does not exist")
    content = _read_config_file(path)
    group = content.get("mikro") or {}
    found: dict[str, Any] = {}
    if group.get("endpoint_url"):
        found["url"] = _base_url(str(group["endpoint_url"]))
    if group.get("ws_endpoint_url"):
        found["ws_url"] = str(group["ws_endpoint_url"])
    if group.get("token"):
        found["token"] = str(group["token"])
    datalayer = group.get("datalayer") or content.get("mikro.datalayer")
    if datalayer:
        found["datalayer"] = DataLayerSettings(
            protocol=str(datalayer.get("protocol", "s3")),
            endpoint_url=datalayer.get("endpoint_url"),
            path=datalayer.get("path"),
            access_key=datalayer.get("access_key"),
            secret_key=datalayer.get("secret_key"),
        )
    return found


def _positive(name: str, value: Any, kind: type) -> Any:
    try:
        converted = kind(value)
    except (TypeError, ValueError):
        raise InvalidArgument(name, f"a positive {kind.__name__}", got=value) from None
    if converted <= 0:
        raise InvalidArgument(name, f"a positive {kind.__name__}", detail=f"got {converted}")
    return converted


def resolve_settings(
    url: str | None = None,
    token: str | None = None,
    *,
    ws_url: str | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    page_size: int | None = None,
    timeout: float | None = None,
    datalayer: DataLayerSettings | Mapping[str, Any] | None = None,
    config_file: str | os.PathLike[str] | None = None,
) -> Settings:
    """Merge arguments, environment and config file into :class:`Settings`.

    Examples
    --------
    >>> s = resolve_settings("http://mikro.lab:8080/graphql", token="secret")
    >>> s.url
    'http://mikro.lab:8080'
    >>> "secret" in repr(s)
    False
    """
    env = os.environ
    from_file = _from_file(config_file)
    chosen_url = url or env.get("MIKRO_URL") or from_file.get("url")
    if isinstance(datalayer, Mapping):
        datalayer = DataLayerSettings(**datalayer)
    return Settings(
        url=_base_url(chosen_url) if chosen_url else None,
        ws_url=ws_url or env.get("MIKRO_WS_URL") or from_file.get("ws_url"),
        token=token or env.get("MIKRO_TOKEN") or from_file.get("token"),
        data_dir=Path(data_dir).expanduser() if data_dir else default_data_dir(),
        page_size=_positive("page_size", page_size or env.get("MIKRO_PAGE_SIZE") or DEFAULT_PAGE_SIZE, int),
        timeout=_positive("timeout", timeout or env.get("MIKRO_TIMEOUT") or DEFAULT_TIMEOUT, float),
        datalayer=datalayer or from_file.get("datalayer"),
    )

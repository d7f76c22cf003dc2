"""Reaching the datalayer: a filesystem built from ``negotiate`` or settings.

A store path such as ``zarr/<uuid>`` is ``bucket/key``: under the root
folder for a local datalayer, or the S3 bucket and key for S3.
"""
from __future__ import annotations

import os
from typing import Any, Mapping

from mikro_orm.config import DataLayerSettings
from mikro_orm.errors import DataLayerError

__all__ = ["DataLayer"]


class DataLayer:
    """A filesystem (local folder or S3) and how store paths map into it.

    Parameters
    ----------
    protocol
        ``"file"`` or ``"s3"``.
    root
        For ``"file"``: the folder that holds the buckets.
    storage_options
        For ``"s3"``: what s3fs needs (endpoint, keys); hidden from ``repr``.

    Examples
    --------
    >>> layer = DataLayer.from_negotiation({"protocol": "file", "path": "/tmp/datalayer"})
    >>> layer.url("zarr/abc")
    '/tmp/datalayer/zarr/abc'
    """

    def __init__(self, protocol: str, root: str = "", storage_options: Mapping[str, Any] | None = None) -> None:
        if protocol not in ("file", "s3"):
            raise DataLayerError(f"unsupported datalayer protocol {protocol!r}: expected 'file' or 's3'")
        self.protocol = protocol
        self.root = root.rstrip("/")
        self.storage_options = dict(storage_options or {})
        self._fs: Any = None

    def __repr__(self) -> str:
        where = self.root if self.protocol == "file" else self.storage_options.get("client_kwargs", {}).get("endpoint_url", "")
        return f"<DataLayer {self.protocol} {where}>"

    @classmethod
    def from_negotiation(cls, answer: Mapping[str, Any]) -> DataLayer:
        """Build from the server's ``negotiate`` answer."""
        protocol = answer.get("protocol")
        if protocol == "file":
            return cls("file", str(answer.get("path", "")))
        if protocol == "s3":
            params = answer.get("params") or {}
            endpoint = str(answer.get("path") or "")
            if endpoint and "://" not in endpoint:
                endpoint = "http://" + endpoint
            return cls("s3", storage_options=_s3_options(endpoint or None, params.get("access_key"), params.get("secret_key")))
        raise DataLayerError(f"negotiate answered an unknown datalayer protocol {protocol!r}")

    @classmethod
    def from_settings(cls, settings: DataLayerSettings) -> DataLayer:
        """Build from explicit configuration."""
        if settings.protocol == "file":
            return cls("file", settings.path or "")
        return cls("s3", storage_options=_s3_options(settings.endpoint_url, settings.access_key, settings.secret_key))

    @property
    def fs(self) -> Any:
        """The fsspec filesystem, created once."""
        if self._fs is None:
            if self.protocol == "file":
                from fsspec.implementations.local import LocalFileSystem

                # auto_mkdir: a fresh folder has no bucket folders yet (zarr
                # makes its own, a parquet file's parent would be missing).
                self._fs = LocalFileSystem(auto_mkdir=True)
            else:
                import s3fs

                self._fs = s3fs.S3FileSystem(**self.storage_options)
        return self._fs

    def url(self, store: str) -> str:
        """The path of ``store`` inside the filesystem."""
        store = store.strip("/")
        return f"{self.root}/{store}" if self.protocol == "file" else store

    def zarr_target(self, store: str) -> Any:
        """What xarray's zarr functions take for ``store``: a path, or a mapper on S3.

        A mapper over a synchronous s3fs works where an ``FsspecStore`` would
        fail on another thread's event loop.
        """
        if self.protocol == "file":
            return self.url(store)
        return self.fs.get_mapper(self.url(store))

    def exists(self, store: str) -> bool:
        """Whether anything is stored at ``store``."""
        return bool(self.fs.exists(self.url(store)))

    def remove(self, store: str) -> None:
        """Delete ``store`` (a file or a folder); nothing happens if it is absent."""
        try:
            if self.fs.exists(self.url(store)):
                self.fs.rm(self.url(store), recursive=True)
        except FileNotFoundError:
            pass


def _s3_options(endpoint: str | None, key: str | None, secret: str | None) -> dict[str, Any]:
    # Whatever negotiate or the settings leave out comes from the standard
    # AWS variables, as every S3 tool reads them.
    endpoint = endpoint or os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    key = key or os.environ.get("AWS_ACCESS_KEY_ID")
    secret = secret or os.environ.get("AWS_SECRET_ACCESS_KEY")
    # No region_name: with it, bucket creation fails on S3-compatible servers
    # such as moto and MinIO (see design/tech-notes).
    options: dict[str, Any] = {"key": key, "secret": secret, "skip_instance_cache": True}
    if endpoint:
        options["client_kwargs"] = {"endpoint_url": endpoint}
    return options

"""Progress bars (tqdm) for large uploads and downloads, off where nobody would see them.

A bar is shown when the caller asks for one (``progress=True``), or by
default (``progress=None``) when the data is at least
``MIKRO_PROGRESS_THRESHOLD`` bytes (default 64 MiB) and the process talks to
a terminal or a notebook. Scripts whose output goes to a file or a CI log
stay quiet.
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, ContextManager

__all__ = ["DEFAULT_THRESHOLD", "dask_progress", "interactive", "wants_progress"]

DEFAULT_THRESHOLD = 64 * 1024 * 1024


def interactive() -> bool:
    """True in a terminal or a Jupyter kernel."""
    if "ipykernel" in sys.modules:
        return True
    stream = sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)())


def wants_progress(nbytes: int, progress: bool | None) -> bool:
    """Whether to show a bar for ``nbytes`` of data.

    Examples
    --------
    >>> wants_progress(10, True), wants_progress(10**12, False)
    (True, False)
    """
    if progress is not None:
        return bool(progress)
    threshold = int(os.environ.get("MIKRO_PROGRESS_THRESHOLD", DEFAULT_THRESHOLD))
    return nbytes >= threshold and interactive()


def dask_progress(description: str, enabled: bool) -> ContextManager[Any]:
    """A tqdm bar over the dask tasks computed inside the block (or nothing)."""
    if not enabled:
        return contextlib.nullcontext()
    from tqdm.dask import TqdmCallback

    return TqdmCallback(desc=description, unit="chunk")

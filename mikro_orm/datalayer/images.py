"""Images for thumbnails: validate PNG/JPEG bytes, encode a 2-D array as PNG.

The PNG encoder is a few lines of zlib: grayscale 8-bit is all a thumbnail
needs, and it spares users a dependency on an imaging library.
"""
from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path
from typing import Any

from mikro_orm.errors import InvalidArgument

__all__ = ["encode_png", "image_bytes"]

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
EXPECTED = "a PNG/JPEG file path, PNG/JPEG bytes, or a 2-D array"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(array: Any) -> bytes:
    """Encode a 2-D array as an 8-bit grayscale PNG, scaled to its value range.

    Examples
    --------
    >>> import numpy as np
    >>> encode_png(np.eye(4))[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    import numpy as np

    values = np.asarray(array, dtype=float)
    if values.ndim != 2 or values.size == 0:
        raise InvalidArgument("image", EXPECTED, detail=f"an array of shape {values.shape}")
    low, high = np.nanmin(values), np.nanmax(values)
    scaled = np.zeros(values.shape, np.uint8) if high <= low else ((values - low) / (high - low) * 255).astype(np.uint8)
    height, width = scaled.shape
    raw = b"".join(b"\x00" + row.tobytes() for row in scaled)  # filter type 0 per row
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return _PNG + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b"")


def image_bytes(image: Any) -> tuple[str, bytes]:
    """Return ``(filename, bytes)`` for a thumbnail given as a path, bytes or a 2-D array."""
    if isinstance(image, (str, os.PathLike)):
        path = Path(image)
        if not path.is_file():
            raise InvalidArgument("image", EXPECTED, detail=f"no file at {path}")
        data = path.read_bytes()
        name = path.name
    elif isinstance(image, (bytes, bytearray)):
        data, name = bytes(image), "thumbnail"
    elif hasattr(image, "shape"):
        return "thumbnail.png", encode_png(image)
    else:
        raise InvalidArgument("image", EXPECTED, got=image)
    if data.startswith(_PNG):
        return (name if "." in name else name + ".png"), data
    if data.startswith(_JPEG):
        return (name if "." in name else name + ".jpg"), data
    raise InvalidArgument("image", EXPECTED, detail="the bytes are neither PNG nor JPEG")

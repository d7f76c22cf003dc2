"""Custom scalars of the Mikro schema.

Most custom scalars (Store, XArray, DataFrame, UUID, File, GenericScalar,
Upload, ImageFile) travel as they are: strings, JSON values or the uploaded
file objects that the multipart parser put into the variables. Only
DateTime needs conversion: the server keeps naive UTC, clients get
ISO-8601 with the zone, as a 2022 server rendered it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ariadne import ScalarType

datetime_scalar = ScalarType("DateTime")


@datetime_scalar.serializer
def serialize_datetime(value: Any) -> str:
    """Render a datetime as ISO-8601 with its zone (UTC if naive)."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.isoformat()


@datetime_scalar.value_parser
def parse_datetime(value: Any) -> dt.datetime:
    """Parse ISO-8601 (``Z`` allowed); a naive value is taken as UTC."""
    if not isinstance(value, str):
        raise ValueError("DateTime must be an ISO-8601 string.")
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed


BINDABLES = [datetime_scalar]

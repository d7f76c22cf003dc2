"""GraphQL resolvers, one module per object family.

Each module exposes ``BINDABLES`` (ariadne object types with their field
resolvers); :mod:`..schema` binds them all to the SDL.
"""

from __future__ import annotations

from . import experiments, media, metrics, representations, rois, root, samples, subscriptions, tables, users

BINDABLES = [
    *root.BINDABLES,
    *experiments.BINDABLES,
    *samples.BINDABLES,
    *representations.BINDABLES,
    *metrics.BINDABLES,
    *rois.BINDABLES,
    *tables.BINDABLES,
    *media.BINDABLES,
    *users.BINDABLES,
    *subscriptions.BINDABLES,
]

__all__ = ["BINDABLES"]

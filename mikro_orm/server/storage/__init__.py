"""Everything that talks to the database, and nothing else does.

One module per object family (``experiments``, ``samples``, ...), the table
definitions in :mod:`.tables`, shared query pieces in :mod:`.querying`, the
deletes with their cascades in :mod:`.deletion`. Functions take the
:class:`~.database.Database` and return plain dicts (one per row).
"""

from .database import Database

__all__ = ["Database"]

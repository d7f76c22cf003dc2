"""Querying: managers, QuerySets, query state, filter lookups, the pure compiler, relation loading."""

"""Transports: how a GraphQL request reaches a Mikro server.

``base`` defines the one-method protocol and the single hook every request
passes; ``http`` sends queries and mutations with requests; ``mock`` answers
from a function, for unit tests of the compiler and of error mapping.
"""
from mikro_orm.transport.base import GraphQLRequest, Transport, add_request_listener

__all__ = ["GraphQLRequest", "Transport", "add_request_listener"]

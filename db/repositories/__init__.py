"""Queries per aggregate; each function takes the session of an open unit of work."""

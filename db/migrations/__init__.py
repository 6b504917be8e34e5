"""Alembic migrations of the TuQuan schema (see env.py and versions/)."""

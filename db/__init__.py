"""Persistence for TuQuan: SQLCipher engine, models, unit of work, repositories and migrations."""

"""Encrypted backups of the database: made, listed, pruned, checked and put back in place."""

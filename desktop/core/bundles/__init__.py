"""Sync bundles (format 1): the signed inner envelope, age encryption, export and import."""

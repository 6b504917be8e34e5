"""Synthetic data for trying the application and for benchmarks: a team's cases, a unit's records."""

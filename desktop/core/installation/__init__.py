"""This installation: setting it up, and what it is (mode, team or unit, place, counts)."""

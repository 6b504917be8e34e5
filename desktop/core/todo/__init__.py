"""Today's work: what waits for the team or the desk, for the overview."""

"""Table models over the core's lazy queries."""

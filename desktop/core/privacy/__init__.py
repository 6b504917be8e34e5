"""Privacy controls (Law 91/2025, Decree 356/2025): classification, retention, subject rights."""

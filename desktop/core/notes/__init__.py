"""Security observation notes (Law 30/2023, R-SEC-01…03): recording, reporting, reading."""

"""Reading data from outside: CSV, XLSX and JSON Lines, legacy Vietnamese encodings, old log books."""

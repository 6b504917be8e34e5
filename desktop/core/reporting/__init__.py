"""The monthly report (R-REP-01…03): indicators from the records, hand figures, roll-ups."""

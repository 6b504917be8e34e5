"""The monthly report as numbers: periods, indicators, hand figures, team and police roll-ups."""

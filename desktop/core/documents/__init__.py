"""Documents a user asks for: the written agreement and the log book, from a case's record."""

"""Use cases as `verb_noun(uow, *, ...)` functions returning frozen dataclasses."""

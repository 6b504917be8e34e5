"""Times read as SQLite's stored text are written as `datetime.isoformat` would write them."""

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from db.repositories.changed_records import iso_text


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)))
def test_stored_text_becomes_the_same_iso_text_as_the_time_itself(moment):
    stored = moment.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy keeps it in SQLite
    assert iso_text(stored) == moment.isoformat() == iso_text(moment)
    assert iso_text(stored[:19]) == moment.replace(microsecond=0).isoformat()
    assert iso_text(stored[:10]) == moment.date().isoformat()

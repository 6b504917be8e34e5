"""Dates a bundle's record may hold: what happened up to a year ahead, what is due further."""

from datetime import date

import msgspec
import orjson
import pytest

from desktop.core.bundles import schemas


def _case_line(**body) -> bytes:
    return orjson.dumps({"type": "mediation_case", "id": "case-1", "version": 1,
                         "updated_at": "2026-12-01T08:00:00",
                         "body": {"case_no": "HG-2026-0001", "year": 2026, "number": 1,
                                  "received_date": "2026-11-20", "status": "ENDED", **body}})


def test_a_deadline_may_be_years_ahead_but_an_event_may_not():
    schemas.set_date_bounds(date(2026, 12, 1))
    try:
        assert schemas.check_line(_case_line(implementation_deadline="2031-12-01")) == \
            "mediation_case"
        for late in ({"implementation_deadline": "2038-01-01"}, {"ended_on": "2028-01-01"}):
            with pytest.raises(msgspec.ValidationError):
                schemas.check_line(_case_line(**late))
    finally:
        schemas.set_date_bounds()

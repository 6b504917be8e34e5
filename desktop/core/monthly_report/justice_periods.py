"""The justice line's statistical periods for grassroots mediation: six months, a year, any months.

Thông tư 03/2019/TT-BTP Art. 6(1) (the text found; docs/decisions.md says what was not found):
the 6-month period runs from 1 January to 30 June, with actual figures to 31 May and an
estimate for the rest; the year runs from 1 January to 31 December, with actual figures to
31 October for the local bodies of Art. 2(3)–(12) (30 November only for the Ministry's own units
and the ministries) and an estimate for the rest; the official annual report holds actual
figures for the whole year. A range of whole months is our own period, with no estimate.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.errors import InvalidInput
from desktop.core.monthly_report.periods import Month


class PeriodKind(StrEnum):
    HALF_YEAR = "half_year"
    YEAR = "year"
    OFFICIAL_YEAR = "official_year"
    MONTHS = "months"


# The last day of actual figures, as (month, day) of the period's year.
HALF_YEAR_CUT_OFF = (5, 31)
# A commune People's Committee is one of the local bodies of Art. 2(3)–(12).
YEAR_CUT_OFF = (10, 31)


@dataclass(frozen=True)
class JusticePeriod:
    """A period of the report: its first and last day, and the last day of actual figures
    (the same as the last day when the period has no estimate)."""

    kind: PeriodKind
    start: date
    end: date
    cut_off: date

    @property
    def has_estimate(self) -> bool:
        return self.cut_off < self.end

    @property
    def label(self) -> str:
        """The period as the report's title names it."""
        year = self.start.year
        if self.kind == PeriodKind.HALF_YEAR:
            return f"6 tháng đầu năm {year}"
        if self.kind == PeriodKind.YEAR:
            return f"năm {year}"
        if self.kind == PeriodKind.OFFICIAL_YEAR:
            return f"năm {year} (số liệu chính thức)"
        first, last = Month.of(self.start), Month.of(self.end)
        if first == last:
            return f"tháng {first.month:02d} năm {first.year}"
        return (f"từ tháng {first.month:02d}/{first.year} "
                f"đến tháng {last.month:02d}/{last.year}")


def half_year(year: int) -> JusticePeriod:
    """1 January – 30 June; actual figures to 31 May, June estimated."""
    return JusticePeriod(PeriodKind.HALF_YEAR, date(year, 1, 1), date(year, 6, 30),
                         date(year, *HALF_YEAR_CUT_OFF))


def whole_year(year: int) -> JusticePeriod:
    """1 January – 31 December; actual figures to 31 October, the last two months estimated."""
    return JusticePeriod(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31),
                         date(year, *YEAR_CUT_OFF))


def official_year(year: int) -> JusticePeriod:
    """The official annual report: actual figures for the whole year, nothing estimated."""
    return JusticePeriod(PeriodKind.OFFICIAL_YEAR, date(year, 1, 1), date(year, 12, 31),
                         date(year, 12, 31))


def month_range(first: Month, last: Month) -> JusticePeriod:
    """Any range of whole months, counted as it is, with no estimate."""
    if last < first:
        raise InvalidInput(field="to", problem="before the start of the range")
    return JusticePeriod(PeriodKind.MONTHS, first.first_day, last.last_day, last.last_day)

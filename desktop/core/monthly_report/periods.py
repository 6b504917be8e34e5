"""Months and ranges of months, as "YYYY-MM" strings and first/last days."""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desktop.core.errors import InvalidInput

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> "Month":
        match = _MONTH.match(str(text).strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise InvalidInput(field="month", problem="expected a month as YYYY-MM")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> "Month":
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def shifted(self, months: int) -> "Month":
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)


def months_between(first: Month, last: Month) -> list[Month]:
    """Every month from `first` to `last`, both included."""
    if last < first:
        raise InvalidInput(field="to", problem="before the start of the range")
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    return [first.shifted(i) for i in range(count)]


def quarter(year: int, number: int) -> tuple[Month, Month]:
    first = Month(year, 3 * (number - 1) + 1)
    return first, first.shifted(2)

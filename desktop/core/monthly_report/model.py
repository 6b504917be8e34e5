"""What a monthly report is: its values as a frozen record, and the balance every report keeps."""

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Amendment:
    """A closed month whose figures changed after closing: what it said, what it says now."""

    month: str
    indicator: str
    was: int
    now: int


@dataclass(frozen=True)
class Report:
    team: str
    commune: str
    province: str
    period_from: str
    period_to: str
    mediation: dict[str, int]
    success_rate: float | None
    success_denominator: int
    balance_ok: bool
    by_scope_category: dict[str, dict[str, int]]
    notes: dict[str, int]
    figures: dict[str, int]
    figures_year_to_date: dict[str, int]
    closed: bool
    amendments: tuple[Amendment, ...] = ()
    trend: tuple[dict, ...] = ()
    annex: tuple[dict, ...] = field(default_factory=tuple)
    # Set on a police unit's report: which months each team sent ({"team", "received", "missing"}).
    coverage: tuple[dict, ...] | None = None
    # The same months a year before ("period_from", "period_to", "mediation", "notes",
    # "figures"), when there is anything to compare with.
    previous_year: dict | None = None
    # The share of the area's households that pledged, when the households are entered.
    households_pledged_share: float | None = None
    # A team's report: after how many days a case still open at the end counts as prolonged.
    prolonged_after_days: int | None = None

    def to_json(self) -> dict:
        return asdict(self)


def balance_holds(mediation: dict[str, int]) -> bool:
    return mediation["carried_over"] + mediation["received"] == (
        mediation["ended_successful"] + mediation["ended_unsuccessful"]
        + mediation["out_of_scope"] + mediation["in_progress_end"])

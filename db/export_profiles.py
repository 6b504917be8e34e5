"""The export profiles: what each upward desk receives of a team's records (R-REP-05, R-PRIV-04).

Written once, here. The export chooses rows by it, a receiver refuses a bundle holding anything
outside it, docs/bundle-format.md describes it, and the processing register lists from it who
receives each category of data.

Law 35/2013 Art. 4(3) keeps what the parties say confidential; Art. 10(4) and 10(5) are its
only exceptions: a dispute at risk of violence goes to the chair of the commune People's
Committee, one with signs of a violation to the competent authority (the commune police). So a
case leaves the team with its parties and text only under one of those flags, to that desk.
"""

from dataclasses import dataclass

POLICE, COMMUNE = "police", "commune"
DESKS = (POLICE, COMMUNE)
# Bundles made before there were two desks all went to the police, under this profile name.
OLDER_POLICE_PROFILE = "minimised"


@dataclass(frozen=True)
class ExportProfile:
    """One desk's share of a team's records."""

    recipient: str
    full_case_flag: str  # the case column under which a case travels with parties and text
    case_frames: bool  # every other case as its frame: numbers, dates, field, result
    notes: bool  # observation notes: reported ones in full, others as their frame
    movement_figures: bool  # the hand-entered monthly figures of the movement
    register_figures: bool  # mediators by sex, ethnic minority and training
    volumes: bool  # log-book volumes opened and closed
    summary_parts: tuple[str, ...]  # the parts of the monthly summary it receives

    @property
    def record_types(self) -> frozenset[str]:
        """Every record type a bundle of this profile may hold."""
        chosen = {"team", "hamlet", "mediation_case", "case_party", "report_summary", "tombstone"}
        for kind, wanted in (("observation_note", self.notes), ("monthly_figure", self.movement_figures),
                             ("register_figures", self.register_figures),
                             ("logbook_volume", self.volumes)):
            if wanted:
                chosen.add(kind)
        return frozenset(chosen)

    @property
    def categories(self) -> tuple[str, ...]:
        """The data categories it carries, as the processing register names them."""
        chosen = [f"case_in_full:{self.full_case_flag}"]
        chosen += ["case_frame"] if self.case_frames else []
        chosen += ["notes"] if self.notes else []
        chosen += ["movement_figures"] if self.movement_figures else []
        chosen += ["register_figures"] if self.register_figures else []
        chosen += ["volumes"] if self.volumes else []
        return (*chosen, *(f"summary:{part}" for part in self.summary_parts))


PROFILES = {
    POLICE: ExportProfile(
        POLICE, full_case_flag="signs_of_violation", case_frames=False, notes=True,
        movement_figures=True, register_figures=False, volumes=False,
        summary_parts=("mediation", "by_scope_category", "notes", "figures")),
    COMMUNE: ExportProfile(
        COMMUNE, full_case_flag="risk_of_violence", case_frames=True, notes=False,
        movement_figures=False, register_figures=True, volumes=True,
        summary_parts=("mediation", "by_scope_category")),
}


def profile_named(name: str) -> ExportProfile | None:
    """The profile a bundle's manifest names (an older police bundle's name included)."""
    return PROFILES.get(POLICE if name == OLDER_POLICE_PROFILE else name)

"""The register of processing activities (R-PRIV-10), exported for the DPIA dossier."""

from db import clock
from db.repositories.installation import get_team, opened_installation
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, record_event
from desktop.core.privacy.classification import CLASSIFICATION, DataClass
from desktop.core.privacy.recipients import recipients_of
from desktop.core.privacy.retention import retention_rules


def processing_register_pdf(uow: UnitOfWork) -> bytes:
    """The register of processing activities (R-PRIV-10), from the classification registry."""
    # ReportLab loads only when a document is made
    from desktop.core.pdf.processing_register import ACTIVITIES, build_processing_register_pdf

    months = retention_rules(uow)
    counts = {table: (sum(c == DataClass.SENSITIVE for c in columns.values()),
                      sum(c == DataClass.BASIC for c in columns.values()))
              for table, columns in CLASSIFICATION.items()}
    installation = opened_installation(uow.session)
    team = get_team(uow.session, installation.own_team_id) if installation.own_team_id else None
    pdf = build_processing_register_pdf(team.name if team else installation.unit_name or "",
                                        f"{installation.commune_name}, {installation.province_name}",
                                        counts, months, clock.today(),
                                        {activity: recipients_of(activity)
                                         for activity, *_ in ACTIVITIES})
    record_event(uow, AuditAction.PROCESSING_REGISTER_EXPORTED)
    uow.commit()
    return pdf

"""What this installation is: mode, team or unit, place, schema revision and record counts."""

from db.repositories import installation as installation_repository
from db.unit_of_work import UnitOfWork
from desktop.core import clock
from desktop.core.audit import authorize
from desktop.core.errors import NotInitialised
from desktop.core.monthly_report.periods import Month
from desktop.core.roles import Permission
from desktop.core.types import InstallationInfo


def get_installation_info(uow: UnitOfWork) -> InstallationInfo:
    """Describe the installation for the dashboard and `tuquan info`."""
    authorize(uow, Permission.VIEW_DASHBOARD)
    session = uow.session
    installation = installation_repository.get_installation(session)
    if installation is None:
        raise NotInitialised(data_dir="this database")
    team = (installation_repository.get_team(session, installation.own_team_id)
            if installation.own_team_id else None)
    revision = installation_repository.schema_revision(session)
    month = Month.of(clock.today())
    return InstallationInfo(
        installation_id=installation.installation_id,
        mode=installation.mode,
        name=team.name if team else installation.unit_name or "",
        team_id=installation.own_team_id,
        commune_code=installation.commune_code,
        commune_name=installation.commune_name,
        province_code=installation.province_code,
        province_name=installation.province_name,
        admin_dataset_version=installation.admin_dataset_version,
        schema_revision=revision,
        record_counts=installation_repository.record_counts(session, month.first_day,
                                                            month.last_day),
        hamlets=tuple(h.name for h in installation_repository.list_hamlets(session)),
        receiver_kind=installation.receiver_kind,
    )

"""Queries on this installation's own key pairs (its signing key, a police unit's age identity)."""

from sqlalchemy.orm import Session

from db.models import InstallationKey


def own_key(session: Session, kind: str) -> InstallationKey | None:
    """This installation's key pair of that kind, if it has one."""
    return session.get(InstallationKey, kind)


def add_own_key(session: Session, kind: str, private_material: str, public_material: str) -> None:
    session.add(InstallationKey(kind=kind, private_material=private_material,
                                public_material=public_material))
    session.flush()

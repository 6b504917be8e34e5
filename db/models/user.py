"""Login accounts: a role, an optional link to the member register, and the key slot they open."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Syncable


class AppUser(Syncable, Base):
    """A person who can unlock this installation with their own password."""

    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    key_slot_id: Mapped[str] = mapped_column(String(36))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None]

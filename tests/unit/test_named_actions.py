"""Permissions and audited actions have names: no service checks or records a bare string."""

import re
from pathlib import Path

from desktop.core.audit import AuditAction
from desktop.core.roles import ROLE_PERMISSIONS, Permission

CORE = Path(__file__).parent.parent.parent / "desktop" / "core"


def test_every_recorded_action_is_a_named_audit_action():
    bare = [f"{path.relative_to(CORE)}:{number}" for path in CORE.rglob("*.py")
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"(record_event|save_and_index|_save)\(\w+, [\"']", line)]
    assert bare == []


def test_audit_action_names_are_the_stored_names():
    """The trail keeps the value: renaming a member must not change what is written."""
    assert all(action.value == action.name.lower() for action in AuditAction)


def test_no_permission_guards_everything_it_is_not_named_for():
    """Each permission is checked somewhere, so none is a catch-all left behind."""
    source = "\n".join(path.read_text(encoding="utf-8") for path in CORE.parent.rglob("*.py"))
    unused = [permission.name for permission in Permission
              if f"Permission.{permission.name}" not in source]
    assert unused == []


def test_the_administrators_may_do_everything_and_a_viewer_only_look():
    assert ROLE_PERMISSIONS["leader"] == ROLE_PERMISSIONS["admin"] == frozenset(Permission)
    assert ROLE_PERMISSIONS["viewer"] == {Permission.VIEW_DASHBOARD, Permission.VIEW_REPORTS,
                                          Permission.VIEW_KEY_CARDS}

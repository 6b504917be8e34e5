"""A forgotten password reset with the printed recovery code, from the unlock window's
"Forgot password?" or `tuquan recover`; the person then signs in with the new password."""

from desktop.core.access import accounts, unlock
from desktop.core.access.recovery import is_well_formed
from desktop.core.access.usernames import normalise_username
from desktop.core.errors import InvalidInput, NotFound, WrongPassword, WrongRecoveryCode
from desktop.core.paths import AppPaths


def reset_with_recovery_code(paths: AppPaths, *, code: str, username: str,
                             new_password: str) -> str:
    """Give `username` a new password with the recovery code; return the name as stored.

    The name and password are checked before the code, which costs a key derivation. A wrong
    code counts as a failed unlock (the same throttle as passwords) and changes nothing.
    """
    username = normalise_username(username)
    new_password = accounts.check_password(new_password)
    if not is_well_formed(code):
        raise WrongRecoveryCode()
    try:
        workspace = unlock.sign_in_with_recovery_code(paths, code)
    except WrongPassword:
        raise WrongRecoveryCode() from None
    try:
        accounts.change_password(workspace, username=username, new_password=new_password)
    except NotFound:
        raise InvalidInput(field="user name", problem="no account has this user name") from None
    finally:
        workspace.close()
    return username

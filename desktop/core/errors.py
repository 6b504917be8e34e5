"""Errors the user can act on. Each carries an English message; the GUI shows a translation."""


class AppError(Exception):
    """Base of every error meant to be shown to the user as one clear sentence."""

    template = "Something went wrong."

    def __init__(self, **params):
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class NotInitialised(AppError):
    template = "No TuQuan installation was found in {data_dir}. Run the set-up first."


class AlreadyInitialised(AppError):
    template = "An installation already exists in {data_dir}; it was left untouched."


class WrongPassword(AppError):
    template = "Wrong user name or password."


class UnlockThrottled(AppError):
    template = "Too many failed attempts. Try again in {seconds} seconds."


class AccountDisabled(AppError):
    template = "The account {username} is disabled."


class PermissionDenied(AppError):
    template = "Your role ({role}) is not allowed to {action}."


class InvalidInput(AppError):
    template = "{field}: {problem}"


class DatabaseTooNewError(AppError):
    template = (
        "This data was written by a newer version of TuQuan (schema {revision}). "
        "Install the newer version to open it; nothing was changed."
    )


class KeyFileMismatch(AppError):
    template = "The key file does not match the database in {data_dir}; restore both from a backup."


class NotFound(AppError):
    template = "{what} {name} was not found."


class DatabaseServerUnreachable(AppError):
    template = ("The PostgreSQL server holding this installation's data did not answer ({detail}). "
                "Check that it is running and reachable, then try again.")


class DataBusy(AppError):
    template = ("Another TuQuan window or command kept the data busy for too long; nothing was "
                "saved. Try again in a moment.")


class DataFolderReadOnly(AppError):
    template = ("The data folder {data_dir} cannot be written ({detail}): it may be on a read-only "
                "disk, or a stick with its lock switch on. TuQuan writes there even to open the "
                "data; copy the folder to a writable place, or make it writable. Nothing was "
                "changed.")


class DatabaseDriverMissing(AppError):
    template = ("This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the "
                "police unit's database server: install the police unit's build of TuQuan, or "
                "`pip install tuquan[postgresql]`.")


class ServerKeepsBackups(AppError):
    template = ("This installation keeps its data in PostgreSQL: back it up, restore it and "
                "protect its disk with the server's own tools (pg_dump, disk encryption).")


class DiskFull(AppError):
    template = ("There is no room to write in {place} ({detail}). Nothing was saved and the files "
                "already there are intact; free some space or choose another place, then try again.")


class NotWritable(AppError):
    template = ("{place} cannot be written ({detail}): it may be read-only or locked. Nothing was "
                "changed there; choose another place.")

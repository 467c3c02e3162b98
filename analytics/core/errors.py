"""Project exceptions. Their messages are Norwegian and meant for the user as they are."""


class UserError(Exception):
    """An error the user can act on; pages and the command line show the message as it is."""


class StoreLocked(UserError):
    """Another process holds the database file (`pid` is its process id, "?" when unknown)."""

    def __init__(self, message: str, pid: str = "?") -> None:
        super().__init__(message)
        self.pid = pid


class ImportRejected(UserError):
    """A file was refused; nothing of it was stored."""


class AccessDenied(UserError):
    """The signed-in person may not see or change this."""


class NotFound(UserError):
    """A code, upload or record that does not exist."""

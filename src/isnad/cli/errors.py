"""Errors a command reports to the user as one line (no traceback)."""


class UserError(Exception):
    """Bad usage or input: printed as ``isnad: <message>``, exit status 2."""

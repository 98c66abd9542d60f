"""Errors a command reports to the user as one line (no traceback), and the exit statuses of ``isnad``.

| status | meaning |
|---|---|
| 0 | success |
| 1 | input rejected: an input, or a file, folder, database or address the command was pointed at, could not be used; each is reported on one line and, with several inputs, the others were processed |
| 2 | usage error: a bad option or argument (argparse's status); nothing was run |
| 3 | internal error: a failure inside isnad (a bug), reported on one line (``ISNAD_DEBUG=1`` prints the traceback); ``analyze`` still processes the other documents |
| 130 | interrupted (Ctrl+C) |
"""

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
DEBUG_ENV = "ISNAD_DEBUG"  # set to print the traceback of an internal error (for developers)


class UserError(Exception):
    """An input or resource that cannot be used: printed as ``isnad: <message>``, exit status 1."""

    status = EXIT_INPUT


class UsageError(UserError):
    """A bad option value or combination of options: printed as ``isnad: <message>``, exit status 2."""

    status = EXIT_USAGE


def run_status(rejected: int, internal: int) -> int:
    """The exit status of a command that went on past bad inputs: internal errors first, then rejected inputs."""
    return EXIT_INTERNAL if internal else EXIT_INPUT if rejected else EXIT_OK

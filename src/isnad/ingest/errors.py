"""The one error ingestion raises: an input that cannot become a document, with a one-line reason."""
from __future__ import annotations

import re
from typing import Callable, TypeVar

T = TypeVar("T")
_SPACE = re.compile(r"\s+")
MAX_MESSAGE_CHARS = 400


class InputError(Exception):
    """``str(e)`` is a complete one-line message naming the input and the reason; ``internal`` is true when the
    reason is a failure inside isnad (a bug) rather than the input itself."""

    internal = False

    def __init__(self, message: str):
        message = _SPACE.sub(" ", str(message)).strip()
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[:MAX_MESSAGE_CHARS - 1] + "…"
        super().__init__(message)


def internal_error(source: str, exc: BaseException) -> InputError:
    """An unexpected failure while reading one input, reported as that input's one-line error."""
    detail = str(exc).strip()
    error = InputError(f"{source}: internal error: {type(exc).__name__}" + (f": {detail}" if detail else ""))
    error.internal = True
    return error


def attempt(source: str, make: Callable[[], T]) -> T | InputError:
    """``make()``, or the input's error: an :class:`InputError` as raised, anything else as an internal error,
    so that one bad input (or one bug) never stops the others."""
    try:
        return make()
    except InputError as e:
        return e
    except Exception as e:  # noqa: BLE001 - deliberately broad: reported per input, never a traceback
        return internal_error(source, e)

"""The one error ingestion raises: an input that cannot become a document, with a one-line reason."""


class InputError(Exception):
    """``str(e)`` is a complete one-line message naming the input and the reason."""

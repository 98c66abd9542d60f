"""Ingestion: pages, text, JSON Lines, WARC and feeds → :class:`isnad.model.Document` objects.

The HTML reader (:mod:`.html`: lxml, the extractors) is imported on the first HTML page, not for text."""
from .errors import InputError
from .page import parse_page
from .reader import KINDS, read_paths, read_stream

__all__ = ["InputError", "parse_html", "parse_page", "read_paths", "read_stream", "KINDS"]


def __getattr__(name: str):
    if name == "parse_html":
        from .html import parse_html

        return parse_html
    raise AttributeError(f"module 'isnad.ingest' has no attribute {name!r}")

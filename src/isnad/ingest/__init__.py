"""Ingestion: pages, text, JSON Lines, WARC and feeds → :class:`isnad.model.Document` objects."""
from .errors import InputError
from .html import parse_html
from .page import parse_page
from .reader import KINDS, read_paths, read_stream

__all__ = ["InputError", "parse_html", "parse_page", "read_paths", "read_stream", "KINDS"]

"""Text views of the model for people (``isnad analyze --format text``): a document, and its claims nested by
relay. Presentation only: it reads the model and imports no stage."""
from .claims import format_claim, format_claims, format_reports
from .document import format_document

__all__ = ["format_document", "format_claims", "format_claim", "format_reports"]

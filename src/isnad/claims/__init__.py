"""Claims: who said what, to whom, according to whom (the attribution engine).

:func:`extract_claims` reads one article; :func:`isnad.claims.component.claims_component` is the pipeline stage;
:func:`isnad.render.format_claims` prints them for people.
"""
from .engine import extract_claims

__all__ = ["extract_claims"]

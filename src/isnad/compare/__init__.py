"""Comparison: claims that cannot all be true (negation, location, number, time), each with a short note."""
from .component import compare_article, compare_component

__all__ = ["compare_article", "compare_component"]

"""isnad: who said what, to whom, according to whom — source-attributed claims from Arabic news."""

__version__ = "0.1.0"

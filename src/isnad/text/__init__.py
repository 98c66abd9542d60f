"""The Arabic text layer: normalisation with offsets, clitic-aware tokens, quotation-aware sentences."""
from .normalize import Normalized, norm, norm_key, normalize, strip_diacritics, to_ascii_digits
from .tokens import Token, Word, split_clitics, tokenize, words
from .sentences import split_sentences

__all__ = ["Normalized", "norm", "norm_key", "normalize", "strip_diacritics", "to_ascii_digits",
           "Token", "Word", "split_clitics", "tokenize", "words", "split_sentences"]

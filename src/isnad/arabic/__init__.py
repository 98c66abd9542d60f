"""The Arabic language library every stage uses: normalisation with offsets, clitic-aware tokens, look-up
variants of a word, sentences and quotations. Pure functions over strings; the ``text`` stage applies them to
an article and writes the results onto the model (``Article.tokens``, ``.sentences``, ``.quotes``)."""
from .normalize import Normalized, norm, norm_key, normalize, strip_diacritics, to_ascii_digits
from .quotes import QUOTE_CHARS, find_quotes
from .sentences import split_sentences
from .tokens import split_clitics, tokenize, vocabulary, words
from .variants import light, variants

__all__ = ["Normalized", "norm", "norm_key", "normalize", "strip_diacritics", "to_ascii_digits", "QUOTE_CHARS",
           "find_quotes", "split_sentences", "split_clitics", "tokenize", "vocabulary", "words", "variants", "light"]

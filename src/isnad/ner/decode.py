"""From text to tagger input and back: tokens, sentences, and entity spans with character offsets.

The tagger reads the text layer's surface tokens (``isnad.arabic.tokenize``), which keep clitics attached as
ANERcorp does; their clitic-split ``words`` tell where an entity's content starts (``وسوريا`` → ``سوريا``).
"""
from __future__ import annotations

from .scorer import get_entities

_SENT_END = frozenset({".", "!", "?", "؟", "…", "..."})
MAX_SENT_TOKENS = 150


def sentences_of(text: str, tokens: list) -> list[list]:
    """Split tokens into sentences: after a run of . ! ? ؟ …, at line breaks, and every 150 tokens."""
    out, cur = [], []
    for i, t in enumerate(tokens):
        cur.append(t)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            break
        end = (t.text in _SENT_END or set(t.text) <= set(".")) and nxt.text not in _SENT_END
        if end and t.text == "." and i > 0 and len(tokens[i - 1].text) == 1 and tokens[i - 1].text.isalpha():
            end = False  # an abbreviation: د. محمد، أ.ف.ب
        if end or "\n" in text[t.end:nxt.start] or len(cur) >= MAX_SENT_TOKENS:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _content_start(tok) -> int:
    """Offset where a token's content starts once leading conjunction/preposition clitics are skipped."""
    for w in tok.words:
        if w.kind not in ("conj", "prep"):
            return w.start
    return tok.end  # nothing but clitics (لـ)


def entities_from_tags(text: str, tokens: list, tags: list[str]) -> list[dict]:
    """Entity dicts for one tagged sentence; spans exclude leading clitics and stray punctuation."""
    out = []
    for label, first, last in get_entities(tags):
        toks = tokens[first:last + 1]
        # drop tokens at the edges that carry no content (punctuation, bare clitics)
        while toks and (_content_start(toks[0]) >= toks[0].end or not any(c.isalnum() for c in toks[0].text)):
            toks = toks[1:]
        while toks and not any(c.isalnum() for c in toks[-1].text):
            toks = toks[:-1]
        if not toks:
            continue
        start = _content_start(toks[0])
        end = toks[-1].end
        out.append({"text": text[start:end], "label": label, "start": start, "end": end})
    return out

"""The token-position module of the attribution engine (:mod:`isnad.claims.positions`): look-ups, clauses,
adjuncts and spans over a real article's text layer."""
from __future__ import annotations

from isnad.claims.frame import Frame, Zone
from isnad.claims.lexicon import lexicon
from isnad.claims.positions import Positions
from isnad.model import Article
from isnad.text import annotate


def positions(*paragraphs: str) -> Positions:
    art = Article(id="a1", paragraphs=list(paragraphs))
    annotate(art)
    return Positions(art, lexicon())


def index(pos: Positions, word: str, nth: int = 0) -> int:
    hits = [i for i, t in enumerate(pos.toks) if t.text == word]
    return hits[nth]


def test_needs_the_text_layer():
    art = Article(id="a1", paragraphs=["قال الوزير إن الوضع هادئ."])
    try:
        Positions(art, lexicon())
    except ValueError as e:
        assert "text layer" in str(e)
    else:
        raise AssertionError("a missing text layer must be an error")


def test_token_and_sentence_lookups():
    pos = positions("قال الوزير إن الوضع هادئ. وأضاف أن الطرق مفتوحة.")
    k = index(pos, "الوزير")
    t = pos.toks[k]
    assert pos.tok_at(t.start) == k and pos.tok_at(t.end - 1) == k
    assert pos.tok_at(t.end) == k + 1  # the space after it: the next token
    first, last = pos.sent_range(1)
    assert pos.toks[first].text == "وأضاف" and pos.toks[last - 1].text == "."
    assert pos.tok_span(k, k + 2) == (t.start, pos.toks[k + 1].end)


def test_quotation_lookups():
    pos = positions("وقال الوزير: «الوضع هادئ والطرق مفتوحة» في المدينة.")
    o = index(pos, "«")
    q = pos.quote_opening(o)
    assert q is not None and q.closed and pos.text[q.start] == "«" and pos.text[q.end - 1] == "»"
    assert pos.is_open_quote(o) and not pos.is_open_quote(o + 1) and not pos.is_open_quote(-1)
    inside = index(pos, "هادئ")
    assert pos.quote_of(inside) == q and pos.quote_of(index(pos, "المدينة")) is None
    assert pos.in_quote_since(inside, q.start) and not pos.in_quote_since(inside, q.start + 1)
    # the content is the quotation and nothing after it: three quarters of it is quoted
    assert pos.quoted_share(q.start, q.end) == 1.0
    assert 0.0 < pos.quoted_share(q.start, len(pos.text)) < 1.0
    assert pos.quoted_share(5, 5) == 0.0


def test_clause_start_and_openers():
    pos = positions("وفي المقابل، قال الوزير إن الوضع هادئ.")
    cue = index(pos, "قال")
    assert pos.clause_start(cue, 0) == cue  # the comma ends the clause before
    assert pos.clause_start(index(pos, "الوضع"), 0) == index(pos, "الوضع")  # إن opens a clause
    assert pos.skip_openers(0, cue) > 0  # وفي المقابل is a discourse opener
    assert pos.subject_position(index(pos, "الوزير"), 0)  # right after the clause-opening verb (VSO)
    assert not pos.subject_position(index(pos, "هادئ"), 0)


def test_zone_reports_what_it_met_and_changes_no_frame():
    pos = positions("قال الوزير للصحافيين أمس إن الوضع هادئ.")
    lex = lexicon()
    cue, comp = index(pos, "قال"), index(pos, "إن")
    rec = index(pos, "للصحافيين")
    f = Frame(cue, cue + 1, lex.cues[("قال",)][0], 0)
    z = pos.zone(rec, pos.sent_range(0)[1], frame=f)
    assert z == Zone(comp, False, (rec, rec + 1), None)
    assert f.recipient is None  # the frame is untouched until it takes the zone
    assert f.take(z) == comp and f.recipient == (rec, rec + 1)
    # with its recipient slot taken, the frame's zone stops at a second recipient
    assert pos.zone(rec, pos.sent_range(0)[1], frame=f) == Zone(rec, False, None, None)


def test_trim_and_cut():
    pos = positions("قال الوزير إن الوضع هادئ، «والطرق مفتوحة».")
    end = len(pos.text)
    start = pos.toks[index(pos, "الوضع")].start
    trimmed = pos.trim(start, end)
    assert pos.text[start:trimmed] == "الوضع هادئ، «والطرق مفتوحة»"  # the full stop goes, the quotation stays
    assert pos.ends_sentence(index(pos, "."), pos.sent_range(0)[1])
    assert not pos.ends_sentence(index(pos, "هادئ"), pos.sent_range(0)[1])

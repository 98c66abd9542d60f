"""A sentence opener that names who speaks next: the one contacted (وباتصالنا بفلان مدير …، أكد أن …; وفي اتصال
مع فلان، قال …) or the one asked (ولدى سؤال فلان عن …، أجاب …; وبسؤال المتحدث الأمني حول …، أجاب بالقول …) is the
speaker of the elided verb right after the opener's comma."""
from __future__ import annotations

from dataclasses import replace

from .context import ArticleContext
from .frame import Frame, PhraseInfo, Range
from .lexicon import BA, COMMAS, LAM, endings, words

CONTACT_NOUNS = words("contact_nouns")  # وباتصالنا بفلان، أكد: the one contacted speaks
QUESTION_NOUNS = words("question_nouns")  # ولدى سؤال فلان عن …، قال: the one asked answers
QUESTION_TOPICS = words("question_topics")  # عن، حول، ما إذا …: what the one asked was asked about
OPENER_NOUNS = CONTACT_NOUNS | QUESTION_NOUNS
COMITATIVE = words("comitative")
WE = endings("we_suffix")  # بسؤالنا، باتصالنا: the writer asks
CONTACT_OPENERS = words("contact_openers")  # وفي اتصال، وعند الاتصال، ولدى سؤال


def contact_subject(ctx: ArticleContext, f: Frame) -> tuple[Range, PhraseInfo] | None:
    """The person contacted or asked in a sentence opener right before an elided verb: (span, info), or None.
    An outlet contacted is a recipient (وفي اتصال مع سكاي نيوز، قال …), not the speaker; a ministry contacted
    speaks (وفي اتصال مع وزارة الصحة، أكدت …)."""
    r, toks = ctx.r, ctx.toks
    c = f.a - 1
    if c < 1 or toks[c].text not in COMMAS:
        return None
    s0 = next((k for k in range(c, -1, -1) if toks[k].sent != toks[f.a].sent), -1) + 1
    for k in range(s0, min(c, s0 + 3)):
        keys = r.keys(k) if toks[k].word else []
        contact = any(key in CONTACT_NOUNS for key in keys)
        question = any(key in QUESTION_NOUNS for key in keys)
        if not (contact or question):
            continue
        if not all(toks[m].word and any(key in CONTACT_OPENERS for key in r.keys(m)) for m in range(s0, k)):
            return None  # the contact opens the sentence (وفي اتصال مع …), not inside words (إنهم على اتصال مع …)
        a = k + 1
        if a >= c or not toks[a].word:
            return None
        if contact:
            if toks[a].bare in COMITATIVE:
                a += 1
            elif toks[a].prep != BA:
                return None
            if c not in (r.walk(a, c, strict=True, force=True), r.walk(a, c, force=True)):
                return None
            e = c
        else:
            e = r.walk(a, c, strict=True, force=True)  # (وبسؤالنا لفلان، ولدى سؤال فلان) عن …
            if e <= a or (e < c and not (toks[e].word and any(key in QUESTION_TOPICS for key in r.keys(e)))):
                return None
        info = r.describe(a, e)
        if info.type in ("outlet", "document") or r.outlet_at(a, e) > a:
            return None
        peel = 1 if a == k + 1 and (toks[a].prep in (BA, LAM) and toks[a].text.startswith(toks[a].prep) or (
            question and toks[k].bare.endswith(WE) and toks[a].text.startswith(LAM) and not toks[a].art)) else 0
        # (وبسؤالنا لمهى: after "our question" the ل is the preposition even where the tokenizer kept it)
        if peel and info.name and info.name_span and info.name_span[0] == a:
            info = replace(info, name=info.name[1:])  # بسمير عبد الجواد: the name without its ب
        return (toks[a].start + peel, toks[e - 1].end), info
    return None

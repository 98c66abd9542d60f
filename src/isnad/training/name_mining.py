"""Personal names of the news, by frequency: the words that stand where a name stands — right after a common
given name (دونالد ترامب) or right after a title and its adjectives (الرئيس الأمريكي ترامب، وزير الخارجية
لافروف) — in the unlabeled news (issue 10). Reproducible: the same corpus gives the same list.

    python -m isnad.training.name_mining --shared ../shared

Why: the NER model was trained on news of 2003–2007 and Wikipedia, so names that became frequent later
(ترامب، ماكرون، بومبيو) are never tagged; the attribution engine then cannot tell «وكان ترامب قد أعلن» from a
clause with no subject. A word that the news itself puts after a given name or a title, again and again, is a
name, whatever the model says.

Every article of ``data/unlabeled/*.txt.gz`` is read except those no training may read (the held-out splits and
the reserved page lists, as for the stance counts: :func:`isnad.training.stance_mining.skipped`). Words are split
off punctuation and normalised as the lexicons are (:func:`isnad.arabic.norm`). A word ``w`` is counted

- ``after_given``: right after a given name of ``given_names.tsv``, as written (على, the preposition, is not علي);
- ``after_title``: right after a title noun of ``speakers.tsv`` (role ``title``, with or without the article),
  itself followed by at most two adjectives with the article (الرئيس الأمريكي، وزير الخارجية الروسي);
- ``total``: everywhere; ``definite``: written with the article (ال + w), which names almost never are.

A word is kept when it is at least three letters, carries no article or preposition, is no word the lexicons
give another role (grammar words, cues, speaker nouns, states, outlets, given names), is not a noun with an
attached pronoun (its stem written with the article: حسابه، عهده) or a verb (its perfect and imperfect both
seen: ناهز/يناهز), is counted at least
``--min`` times in the two name contexts together, makes at least ``--share`` of its occurrences there, and
is written with the article at most ``--definite`` times as often as without it. ``names.tsv`` (do not edit
by hand) lists the kept words with their counts, most frequent first.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

from isnad.arabic import norm
from isnad.lexicon import load_tsv

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "src" / "isnad" / "claims" / "data"
MINING = DATA / "mining" / "mine.py"  # the cue miner: its tokenizer and the words the lexicons already give a role

ARTICLE = "ال"
CLITICS = ("و", "ف", "ب", "ل", "ك")
PRESENT = "ي"
DEFINITE_CLITICS = ("لل", "وال", "فال", "بال", "كال")
PRONOUNS = ("هما", "هم", "ها", "كم", "نا", "ه")
DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


def cue_miner():
    spec = importlib.util.spec_from_file_location("isnad_cue_mining", MINING)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def titles() -> set[str]:
    return {norm(row[0]) for row in load_tsv("isnad.claims", "data/speakers.tsv") if row[4] == "title"}


def givens() -> set[str]:
    return {norm(row[0]) for row in load_tsv("isnad.claims", "data/given_names.tsv")}


def given_spellings() -> set[str]:
    """The given names as written (diacritics dropped, nothing else folded): علي is a name, على a preposition."""
    return {plain(row[0]) for row in load_tsv("isnad.claims", "data/given_names.tsv")}


def plain(w: str) -> str:
    return DIACRITICS.sub("", w)


def verb(w: str, total: Counter) -> bool:
    """A verb with its perfect and imperfect both in the news (ناهز/يناهز)."""
    return total[PRESENT + w] >= 5 or (w.startswith(PRESENT) and total[w[1:]] >= 5)


def pronoun_noun(w: str, total: Counter) -> bool:
    """A noun with an attached pronoun (حسابه، صفحتها، عهده): its stem is written with the article."""
    if w[:1] in ("و", "ف") and w[1:] in total:
        w = w[1:]  # ورجاله
    for suffix in PRONOUNS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[:-len(suffix)]
            for s in (stem, stem[:-1] + "ه" if stem.endswith("ت") else stem):
                if total[ARTICLE + s] >= 5:
                    return True
    return False


def is_title(w: str, heads: set[str]) -> bool:
    return w in heads or (w.startswith(ARTICLE) and w[2:] in heads) or (
        w[:1] in ("و", "ف") and (w[1:] in heads or (w[1:3] == ARTICLE and w[3:] in heads)))


def count(shared: Path, annotations: Path) -> dict[str, Counter]:
    from isnad.training.stance_mining import skipped

    heads, given, skip = titles(), given_spellings(), skipped(shared, annotations)
    words_of = cue_miner().words_of
    counts = {k: Counter() for k in ("after_given", "after_title", "total")}
    for path in sorted((shared / "data" / "unlabeled").glob("*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if skip(path.name, i):
                    continue
                raw = words_of(line)
                ws = [norm(w) for w in raw]
                counts["total"].update(ws)
                for k in range(1, len(ws)):
                    w = ws[k]
                    if len(w) < 3 or w.startswith(ARTICLE) or not w[0].isalpha():
                        continue
                    if plain(raw[k - 1]) in given:
                        counts["after_given"][w] += 1
                        continue
                    j = k - 1
                    while j >= k - 2 and j > 0 and ws[j].startswith(ARTICLE) and not is_title(ws[j], heads):
                        j -= 1  # the title's adjectives (الأمريكي، الخارجية الروسي)
                    if is_title(ws[j], heads):
                        counts["after_title"][w] += 1
    return counts


def select(counts: dict[str, Counter], least: int, share: float, definite: float) -> list[tuple]:
    _, _, cues, attrs, other = cue_miner().lexicon_words()
    known = cues | attrs | other | givens() | titles()
    total = counts["total"]
    rows = []
    for w in set(counts["after_given"]) | set(counts["after_title"]):
        g, t = counts["after_given"][w], counts["after_title"][w]
        n, d = total[w], total[ARTICLE + w]
        if g + t < least or n == 0 or (g + t) / n < share or d > definite * n or w in known:
            continue
        if w.startswith(DEFINITE_CLITICS) or pronoun_noun(w, total) or verb(w, total):
            continue  # للمنتخب، والقروية; حسابه، عهده; (عمر) يناهز
        if w[:1] in CLITICS and w[1:] in total and total[w[1:]] > n:
            continue  # a word with a conjunction or preposition before a more frequent word
        rows.append((w, g, t, n, d))
    rows.sort(key=lambda r: (-(r[1] + r[2]), r[0]))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--annotations", default=str(ROOT / "annotations"))
    ap.add_argument("--min", type=int, default=10, help="least count in the name contexts (default 10)")
    ap.add_argument("--share", type=float, default=0.3,
                    help="least share of a word's occurrences in the name contexts (default 0.3)")
    ap.add_argument("--definite", type=float, default=0.05,
                    help="most occurrences with the article, as a share of those without (default 0.05)")
    ap.add_argument("--out", default=str(DATA / "names.tsv"))
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    if not sorted((shared / "data" / "unlabeled").glob("*.txt.gz")):
        print(f"name_mining: no unlabeled news under {shared / 'data' / 'unlabeled'}", file=sys.stderr)
        return 1
    rows = select(count(shared, Path(a.annotations)), a.min, a.share, a.definite)
    head = ("# Personal names of the news, mined from ../shared/data/unlabeled by isnad.training.name_mining "
            f"(--min {a.min} --share {a.share} --definite {a.definite}); do not edit by hand.\n"
            "# Columns: name | after a given name | after a title | total | with the article\n")
    body = "".join(f"{w}\t{g}\t{t}\t{n}\t{d}\n" for w, g, t, n, d in rows)
    Path(a.out).write_text(head + body, encoding="utf-8")
    print(f"name_mining: {len(rows)} names -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

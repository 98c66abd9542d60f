"""Words that introduce speech in the unlabeled news, by frequency: the candidates the cue lexicons were chosen
from (issue 10). Reproducible: the same corpus gives the same counts.

    python src/isnad/claims/data/mining/mine.py            # reads ../shared/data/unlabeled/*.txt.gz
    python src/isnad/claims/data/mining/mine.py --shared PATH --top 600

Every article of ``data/unlabeled`` is split into words (white space, with punctuation split off) and each word is
normalised as the lexicons are (:func:`isnad.arabic.norm`; a leading و/ف is peeled off and counted apart). A
word is counted in each context that introduces reported words:

- ``comp``: right before a complementiser (أن، إن، بأن، أنه … of ``grammar.tsv``);
- ``colon``: right before a colon; ``quote``: right before an opening quotation mark;
- ``subj``: right before a speaker phrase that a complementiser follows within four words, the phrase headed by a
  speaker noun of ``speakers.tsv`` (أوضح المتحدث … أن);
- ``nverb``: right before a known reporting verb (تقارير أفادت، مصادر ذكرت);
- ``about``: right before عن when a complementiser follows within four words (أنباء عن …، كشف عن أن …);
- ``ma``: right after ما / مما in "ما X-ته/ها" before a speaker phrase or عن/في (ما تداولته صفحات، ما أوردته).

``candidates.tsv`` lists every word seen at least ``--min`` times in the ranked contexts (all but ``quote``, which
mostly counts names in quotation marks) that makes at least ``--share`` of its occurrences there, most frequent
first, leaving out the words the lexicons already give another role (grammar words, speaker nouns, states, outlets,
given names): its counts, its total frequency, whether the cue lexicon (``cues.tsv``/``attributions.tsv``) already
knows it, and the decision taken for it in ``decisions.tsv`` (written by hand, one line per word looked at: what it
became, or why not). ``--counts FILE`` keeps the raw counts in a JSON file and reads them from there when it exists
(the corpus pass takes minutes).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
ROOT = HERE.parents[4]
sys.path.insert(0, str(ROOT / "src"))

from isnad.arabic import norm  # noqa: E402
from isnad.lexicon import load_tsv  # noqa: E402

SPLIT = re.compile(r"([«»“”\"():؛،,.!?؟])")
OPENERS = {"«", "“", '"'}
CONTEXTS = ("comp", "colon", "quote", "subj", "nverb", "about", "ma")
RANKED = ("comp", "colon", "subj", "nverb", "about", "ma")  # the contexts a candidate is ranked by


def lexicon_words() -> tuple[set[str], set[str], set[str], set[str], set[str]]:
    """Complementisers, speaker nouns, the forms of known cues, the words of known attributions, and the words
    the lexicons give another role (grammar words, states, outlets, given names)."""
    comps, speakers, cues, attrs, other = set(), set(), set(), set(), set()
    for word, role in load_tsv("isnad.claims", "data/grammar.tsv"):
        if role == "comp" and " " not in word and "_" not in word:
            comps.add(norm(word))
        other.update(norm(w) for w in word.replace("_", " ").split())
    comps |= {"ب" + c for c in comps}
    for row in load_tsv("isnad.claims", "data/speakers.tsv"):
        speakers.add(norm(row[0]))
    for row in load_tsv("isnad.claims", "data/cues.tsv"):
        for item in row[6].split():
            cues.add(norm(item.partition(":")[0].split("_")[0]))
    for row in load_tsv("isnad.claims", "data/attributions.tsv"):
        attrs.add(norm(row[0].split("_")[0]))
    for name in ("actors.tsv", "given_names.tsv"):
        for row in load_tsv("isnad.claims", f"data/{name}"):
            other.update(norm(w) for w in row[0].replace("_", " ").split())
    for row in load_list_rows("data/outlets.txt"):
        other.update(norm(w) for w in row.replace("_", " ").split())
    return comps, speakers, cues, attrs, other | speakers


def load_list_rows(name: str) -> list[str]:
    from isnad.lexicon import load_list

    return list(load_list("isnad.claims", name))


def words_of(line: str) -> list[str]:
    return [w for w in SPLIT.sub(r" \1 ", line).split() if w]


def peel(w: str) -> str:
    """The word without a leading و/ف (when more than two letters remain)."""
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def mine(paths: list[Path]) -> tuple[dict[str, Counter], Counter]:
    comps, speakers, cues, _, _ = lexicon_words()
    counts = {c: Counter() for c in CONTEXTS}
    total: Counter = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                raw = words_of(line)
                ws = [norm(w) for w in raw]
                bare = [peel(w) for w in ws]
                n = len(ws)
                total.update(bare)
                for i in range(n - 1):
                    w, nxt = bare[i], ws[i + 1]
                    if not w or not w[0].isalpha():
                        continue
                    if nxt in comps:
                        counts["comp"][w] += 1
                    elif raw[i + 1] == ":":
                        counts["colon"][w] += 1
                    elif raw[i + 1] in OPENERS:
                        counts["quote"][w] += 1
                    if peel(nxt) in speakers or nxt[2:] in speakers and nxt.startswith("ال"):
                        if any(x in comps for x in ws[i + 2:i + 6]):
                            counts["subj"][w] += 1
                    if peel(nxt) in cues and w not in cues and w not in comps:
                        counts["nverb"][w] += 1
                    if nxt == "عن" and any(x in comps for x in ws[i + 2:i + 6]):
                        counts["about"][w] += 1
                    if i > 0 and ws[i - 1] in ("ما", "مما") and w.endswith(("ته", "تها", "ه")) \
                            and (peel(nxt) in speakers or nxt in ("عن", "في")):
                        counts["ma"][w] += 1
    return counts, total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--min", type=int, default=30, help="least count in the ranked contexts (default 30)")
    ap.add_argument("--share", type=float, default=0.02,
                    help="least share of a word's occurrences in the ranked contexts (default 0.02)")
    ap.add_argument("--counts", help="JSON file of raw counts: read when it exists, else written")
    ap.add_argument("--out", default=str(HERE / "candidates.tsv"))
    a = ap.parse_args(argv)
    if a.counts and Path(a.counts).exists():
        raw = json.loads(Path(a.counts).read_text(encoding="utf-8"))
        counts = {c: Counter(raw[c]) for c in CONTEXTS}
        total = Counter(raw["total"])
    else:
        paths = sorted((Path(a.shared) / "data" / "unlabeled").glob("*.txt.gz"))
        if not paths:
            print(f"mine: no corpus under {a.shared}/data/unlabeled", file=sys.stderr)
            return 2
        counts, total = mine(paths)
        if a.counts:
            Path(a.counts).write_text(json.dumps({**counts, "total": total}, ensure_ascii=False), encoding="utf-8")
    _, _, cues, attrs, other = lexicon_words()
    decisions = {}
    if (HERE / "decisions.tsv").exists():
        for row in load_tsv("isnad.claims", "data/mining/decisions.tsv"):
            decisions[norm(row[0])] = row[1:]

    def ranked(w: str) -> int:
        return sum(counts[c][w] for c in RANKED)

    words = {w for c in RANKED for w in counts[c]}
    rows = [w for w in words if ranked(w) >= a.min and ranked(w) >= a.share * max(total[w], 1)
            and (w not in other or w in cues or w in decisions) and len(w) > 1]
    rows.sort(key=lambda w: (-ranked(w), w))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Words before reported speech in ../shared/data/unlabeled (made by mine.py; do not edit by hand)\n")
        out.write("# word\t" + "\t".join(CONTEXTS) + "\ttotal\tknown\tdecision\tnote\n")
        for w in rows:
            known = "cue" if w in cues else "attr" if w in attrs else "-"
            dec = list(decisions.get(w, ("undecided",))) + [""]
            out.write("\t".join([w] + [str(counts[c][w]) for c in CONTEXTS]
                                + [str(total[w]), known, dec[0], dec[1]]) + "\n")
    undecided = sum(1 for w in rows if w not in decisions)
    print(f"{len(rows)} candidates written to {a.out} ({undecided} undecided)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

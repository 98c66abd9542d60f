"""Reports introduced by a noun or a passive in the unlabeled news, by frequency: the candidates ``reports.tsv``
and the report cues of ``cues.tsv`` were chosen from (issue 9). Reproducible: the same corpus gives the same counts.

    python src/isnad/claims/data/mining/mine_reports.py [--shared PATH] [--min 20]

Words are split and normalised as in ``mine.py`` (a leading و/ف peeled off). Three tables are written to
``reports_candidates.tsv`` (do not edit by hand):

- ``noun``: a word right before the words of a report — عن، بأن، أن، حول، بشأن (أنباء عن …، تقارير بأن …) — or
  one modifier word before them (تقارير إعلامية عن …), and how often a negation or ورود/وجود stands right before
  it (دون ورود أنباء عن …: no report at all);
- ``verb``: a word right before a report noun of ``reports.tsv`` (تواترت أنباء، ترددت أنباء، انتشرت شائعات);
- ``passive``: words that end a clause-initial stretch with no subject: right before a complementiser, with the
  word before them a conjunction, a full stop or the start of the article (وأفيد بأن، وقيل إن).

The decisions taken (``decisions_reports.tsv``, by hand) say what each looked-at word became.
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from isnad.arabic import norm  # noqa: E402
from isnad.lexicon import load_tsv  # noqa: E402
from mine import peel, words_of  # noqa: E402

ABOUT = {norm(w) for w in ("عن", "بأن", "أن", "حول", "بشأن", "بخصوص")}
NEG = {norm(w) for w in ("لا", "لم", "دون", "بدون", "عدم", "ورود", "وجود", "غياب")}
STOPS = {".", "!", "?", "؟", "،", ",", ":", "؛"}
# nouns looked at as report nouns (the noun table counts only these; the rest of what stands before عن/أن is verbs,
# prepositions and speakers): nouns of news, rumour, allegation and account
SEED = {norm(w) for w in ("أنباء", "تقارير", "تقرير", "شائعات", "إشاعات", "شائعة", "إشاعة", "مزاعم", "ادعاءات",
                          "اتهامات", "رواية", "روايات", "معلومات", "أخبار", "خبر", "أقاويل", "تسريبات", "تكهنات",
                          "ترجيحات", "توقعات", "أحاديث", "دعاوى", "تصريحات", "مخاوف", "تلميحات")}
# spellings looked at as impersonal passives (the passive table lists these whatever their rank)
PASSIVE_SEED = {norm(w) for w in ("أفيد", "قيل", "يقال", "أشيع", "يشاع", "تردد", "يتردد", "ذكر", "أعلن", "يعتقد",
                                  "يزعم", "ادعي", "يشار", "تبين", "اتضح")}
PUNCT = set("«»“”\"():؛،,.!?؟")


def report_nouns() -> set[str]:
    return {norm(row[0]) for row in load_tsv("isnad.claims", "data/reports.tsv")}


def mine(paths: list[Path], nouns: set[str]) -> dict[str, Counter]:
    c = {k: Counter() for k in ("noun", "noun_mod", "noun_neg", "verb", "passive")}
    comps = {norm(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه")}
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                raw = words_of(line)
                ws = [peel(norm(w)) for w in raw]
                for k in range(1, len(ws)):
                    w = ws[k]
                    prev = ws[k - 1][2:] if ws[k - 1].startswith("ال") else ws[k - 1]
                    if w in ABOUT:
                        c["noun"][prev] += 1
                        if k >= 2:
                            c["noun_mod"][ws[k - 2]] += 1
                        if k >= 2 and ws[k - 2] in NEG:
                            c["noun_neg"][prev] += 1
                    if w in nouns or (w.startswith("ال") and w[2:] in nouns):
                        c["verb"][ws[k - 1]] += 1
                    if w in comps and (k == 1 or raw[k - 2] in STOPS or norm(raw[k - 2]) in ("و", "ف")
                                       or raw[k - 1][:1] in ("و", "ف")):
                        c["passive"][ws[k - 1]] += 1
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--min", type=int, default=20)
    ap.add_argument("--top", type=int, default=150)
    args = ap.parse_args(argv)
    paths = sorted(Path(args.shared, "data", "unlabeled").glob("*.txt.gz"))
    if not paths:
        print(f"no corpus under {args.shared}/data/unlabeled", file=sys.stderr)
        return 1
    c = mine(paths, report_nouns())
    out = ["# Report nouns, the verbs before them and subjectless passives in ../shared/data/unlabeled "
           "(made by mine_reports.py; do not edit by hand)",
           "# table\tword\tcount\tnegated (noun only: a negation or ورود/وجود right before it)"]
    for w in sorted(SEED, key=lambda w: -c["noun"][w]):
        out.append(f"noun\t{w}\t{c['noun'][w]}\t{c['noun_neg'][w]}")
    for w in sorted(PASSIVE_SEED, key=lambda w: -c["passive"][w]):
        out.append(f"passive\t{w}\t{c['passive'][w]}\t-")
    for table in ("verb", "passive"):
        for w, n in c[table].most_common(args.top):
            if n >= args.min and w not in PUNCT and not (table == "passive" and w in PASSIVE_SEED):
                out.append(f"{table}\t{w}\t{n}\t-")
    (HERE / "reports_candidates.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

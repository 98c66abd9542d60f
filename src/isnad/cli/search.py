"""``isnad search QUERY [--db URL]``: find articles and claims in the store from the terminal."""
from __future__ import annotations

import json
import sys

from .ingest import add_db_argument, open_db

COMMAND = ("search",)
HELP = "search stored articles and claims (Arabic spelling variants and clitics are matched)"


def add_arguments(p):
    p.add_argument("query", nargs="+", metavar="QUERY", help="words to find (all must occur)")
    add_db_argument(p)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="how many articles and claims (default 20)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def run(args) -> int:
    from isnad.store import queries
    from isnad.store.search import search

    query = " ".join(args.query)
    with open_db(args) as engine, engine.connect() as conn:
        result = search(conn, query, limit=max(args.limit, 1) * 10)
        arts = queries.article_summaries(conn, [h.article_id for h in result.articles[:args.limit]])
        found_articles = [arts[h.article_id] for h in result.articles[:args.limit] if h.article_id in arts]
        found_claims, reports = queries.split_kinds(queries.claims_by_id(conn, result.claim_ids[:args.limit]))
    out = sys.stdout
    if args.json:
        json.dump({"query": query, "terms": result.terms, "articles": found_articles, "claims": found_claims,
                   "reports": reports}, out, ensure_ascii=False)
        out.write("\n")
        return 0
    if not found_articles and not found_claims and not reports:
        print(f"no match for {query!r} (searched for: {' '.join(result.terms) or 'nothing'})", file=sys.stderr)
        return 0  # nothing found is an answer, not an error (as with --json)
    print(f"articles ({len(found_articles)}):", file=out)
    for a in found_articles:
        print(f"  [{a['id']}] {a['published'] or '----------'}  {a['outlet']}  {a['title'] or ''}", file=out)
    print(f"claims ({len(found_claims)}):", file=out)
    for c in found_claims:
        print(f"  [{c['id']}] {c['speaker']} — {c['cue']} ({c['stance']}): {c['content']}", file=out)
    if reports:
        print(f"reports ({len(reports)}):", file=out)
        for c in reports:
            print(f"  [{c['id']}] report: {c['speaker']}: {c['content']}", file=out)
    return 0

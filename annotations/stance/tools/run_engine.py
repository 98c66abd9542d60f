"""Candidate claims: the frozen engine on entries [A, B) of an order file -> eng_A_B.json.
Usage: run_engine.py A B [ORDER.json OFFSET] (the confirm draw was run as 1000 1020 order_confirm.json 1000)."""
import gzip, json, sys
from isnad.ingest import parse_page
from isnad.pipeline import Pipeline, Context
from isnad.annotations import split_of
U='/work/shared/data/unlabeled/'
OF=sys.argv[3] if len(sys.argv)>3 else 'order.json'; OFF=int(sys.argv[4]) if len(sys.argv)>4 else 0
order=json.load(open(OF))
lines={sh:gzip.open(U+sh,'rt',encoding='utf-8').read().split('\n') for sh in set(o['shard'] for o in order)}
pipe=Pipeline(disable=["compare"], context=Context())
a,b=int(sys.argv[1]),int(sys.argv[2])
out=[]
for k in range(a,b):
    o=order[k-OFF]; text=lines[o['shard']][o['line']]
    doc=pipe(parse_page(text, source="x"))
    cl=[]
    for art in doc.articles:
        for c in art.claims:
            cl.append({'speaker':c.speaker.text if c.speaker else None,'cue':c.cue.text if c.cue else None,'stance':c.stance,'content':c.content.text if c.content else None})
    out.append(dict(o,k=k,split=split_of(f"{o['shard']}:{o['line']}",3),claims=cl,nwords=len(text.split())))
json.dump(out,open(f'eng_{a}_{b}.json','w'),ensure_ascii=False)
import collections
print(sum(len(x['claims']) for x in out), collections.Counter(x['split'] for x in out), collections.Counter(c['stance'] for x in out for c in x['claims']))

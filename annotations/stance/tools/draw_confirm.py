"""Supplementary draw (seed 20263): articles of 80-800 words with a confirm marker, for the confirm class.

Same pool and exclusions as draw.py, minus the articles already in order.json[:200]; writes order_confirm.json.
"""
import gzip, json, random, re
U = '/work/shared/data/unlabeled/'
SHARDS = ['ant-multisource-01.txt.gz', 'ant-jawharafm-01.txt.gz']
excl = set()
for f in ['/work/main/annotations/dev_pages_in_shards.json', '/work/main/annotations/pages/candidates.json']:
    for r in json.load(open(f)): excl.add((r['shard'], r['line']))
excl |= {(o['shard'], o['line']) for o in json.load(open('order.json'))[:200]}
def norm(s): return re.sub('[أإآ]', 'ا', re.sub('[\u064B-\u0652\u0640]', '', s))
# confirm markers, fixed before drawing
CONF = re.compile(r'(?:اكد|اكدت|يؤكد|تؤكد|مؤكدا|مؤكدة)\s+(?:صحة|ما\s+(?:اوردته|ذكرته|نشرته|اعلنته|جاء)|النبا|الخبر|الانباء|التقارير|المعلومات)'
                  r'|(?:^|\s)[و]?(?:اعترف|اعترفت|يعترف|تعترف|معترفا)(?=\s)|(?:^|\s)[و]?(?:اقر|اقرت|يقر|تقر|مقرا)\s+ب'
                  r'|(?:ايد|ايدت)\s+(?:تصريحات|ما|بيان)')
pool = []
for sh in SHARDS:
    for i, l in enumerate(gzip.open(U + sh, 'rt', encoding='utf-8')):
        l = l.rstrip('\n')
        if (sh, i) in excl or not 80 <= len(l.split()) <= 800: continue
        if CONF.search(norm(l)): pool.append((sh, i))
random.Random(20263).shuffle(pool)
print(len(pool))
json.dump([{'shard': s, 'line': i, 'sample': 'marker', 'marker_list': 'confirm'} for s, i in pool[:100]],
          open('order_confirm.json', 'w'), indent=0)

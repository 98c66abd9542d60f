# Draw articles for the stance set (seeded; see README).
import gzip, json, random, re
U='/work/shared/data/unlabeled/'
SHARDS=['ant-multisource-01.txt.gz','ant-jawharafm-01.txt.gz']
excl=set()
for f in ['/work/main/annotations/dev_pages_in_shards.json','/work/main/annotations/pages/candidates.json']:
    for r in json.load(open(f)): excl.add((r['shard'],r['line']))
# stance-bearing markers, fixed before drawing (prefix و/ف/ب/ل optional; alef forms normalised)
MARK=[r'نفى',r'نفت',r'ينفي',r'تنفي',r'نفي',r'نفيه?ا?',r'اتهم',r'اتهمت',r'يتهم',r'تتهم',r'اتهام',r'اتهامات',r'متهما',
      r'حذر',r'حذرت',r'يحذر',r'تحذر',r'تحذير',r'تحذيرات',r'محذرا',r'هدد',r'هددت',r'يهدد',r'توعد',r'توعدت',
      r'دعا',r'دعت',r'يدعو',r'تدعو',r'داعيا',r'طالب',r'طالبت',r'يطالب',r'تطالب',r'مطالبا',r'ناشد',r'ناشدت',r'يناشد',
      r'مزاعم',r'ادعاءات',r'شائعات',r'اشاعات',r'شائعة',r'اشاعة',r'تساءل',r'تساءلت',r'متسائلا',r'شكك',r'شككت',r'يشكك',
      r'كذب',r'كذبت',r'فند',r'فندت',r'ادان',r'ادانت',r'ندد',r'نددت']
PHR=[r'اكد صح', r'اكدت صح', r'لا اساس', r'عار عن الصحة', r'عارية عن الصحة', r'عار من الصحة', r'لا صحة', r'غير صحيح', r'عاري عن الصحة']
def norm(s): return re.sub('[أإآ]','ا',re.sub('[\u064B-\u0652\u0640]','',s))
mw=re.compile(r'(?:^|\s)[وفبل]?(?:'+'|'.join(MARK)+r')(?=[\s\.,،:"«»]|$)')
mp=re.compile('|'.join(PHR))
pool_r=[]; pool_m=[]
for sh in SHARDS:
    for i,l in enumerate(gzip.open(U+sh,'rt',encoding='utf-8')):
        l=l.rstrip('\n')
        if (sh,i) in excl: continue
        n=len(l.split())
        if not 80<=n<=800: continue
        pool_r.append((sh,i))
        t=norm(l)
        if mw.search(t) or mp.search(t): pool_m.append((sh,i))
print(len(pool_r),len(pool_m))
random.Random(20261).shuffle(pool_r)
random.Random(20262).shuffle(pool_m)
# interleave: random, marker, random, marker ... skipping duplicates
order=[]; seen=set(); ir=im=0
while ir<len(pool_r) and im<len(pool_m) and len(order)<600:
    for pool,kind in ((pool_r,'random'),(pool_m,'marker')):
        idx = ir if kind=='random' else im
        while pool[idx] in seen: idx+=1
        seen.add(pool[idx]); order.append({'shard':pool[idx][0],'line':pool[idx][1],'sample':kind})
        if kind=='random': ir=idx+1
        else: im=idx+1
json.dump(order,open('order.json','w'),indent=0)  # draw order; the set uses entries 0-199

import json, glob, statistics, re
rows=[]
for f in sorted(glob.glob('parts/*.jsonl')):
    for i,l in enumerate(open(f)):
        if l.strip(): rows.append(json.loads(l))
ids=[r['id'] for r in rows]; assert len(ids)==len(set(ids)), 'dup ids'
keys={'id','topic','voice','turns','reference'}
for r in rows:
    assert set(r)==keys, r['id']
    assert 4<=len(r['turns'])<=8, r['id']
    assert r['turns'][-1]['role']=='seeker', r['id']
    for t in r['turns']: assert set(t)=={'role','text'} and t['role'] in ('seeker','supporter'), r['id']
    n=len(re.findall(r'[.!?](\s|$)', r['reference']))
    if n>3: print('long ref', r['id'], n)
w=[len(t['text'].split()) for r in rows for t in r['turns'] if t['role']=='seeker']
print(len(rows),'rows; seeker median words',statistics.median(w))
with open('excerpts.jsonl','w') as o:
    for r in rows: o.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
print(Counter(r['reference'].split()[0] for r in rows).most_common(10))

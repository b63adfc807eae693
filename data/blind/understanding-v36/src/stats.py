import json,statistics
from collections import Counter
rows=[json.loads(l) for l in open('/work/writers/understanding-v36/items.jsonl',encoding='utf-8')]
print("total",len(rows))
print("cat",Counter(r['category'] for r in rows))
print("risk",Counter((r['risk']['type'],r['risk']['level']) for r in rows if r['risk']))
print("other",sum(r['otherPersonRisk'] for r in rows))
rq=[q for r in rows for q in r['requests']]
print("reqtypes",Counter(q['type'] for q in rq))
print("fields",Counter(k for q in rq for k in q if k!='type'))
print("when",Counter(q['when'] for q in rq))
print("nudge w/ delay/clock/cond",sum(1 for q in rq if q['type']=='nudge' and ({'afterMs','atClock','condition'}&set(q))))
print("multi-request msgs",sum(1 for r in rows if len(r['requests'])>1))
print("body items",sum(1 for r in rows if r['body']),Counter(b for r in rows for b in r['body']))
print("body by cat",Counter(r['category'] for r in rows if r['body']))
print("voices",Counter(r['voice'] for r in rows).most_common())
wl=sorted(len(r['text'].split()) for r in rows)
print("median",statistics.median(wl),"p90",wl[int(0.9*len(wl))-1],"under30",sum(w<30 for w in wl)/len(wl))
nr=[r for r in rows if r['category']!='request']
print("qmark non-request",sum('?' in r['text'] for r in nr),len(nr))
print("zwsp",sum('\u200b' in r['text'] for r in rows),"cyr",sum(any('\u0400'<=c<='\u04ff' for c in r['text']) for r in rows))

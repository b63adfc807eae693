import json,random,statistics
import h,risk,risk2,near,req,req2,body,ord
items=h.ITEMS
from qfix import Q
for it in items:
    it['text']=Q.get(it['text'],it['text'])
miss=[k for k in Q if k not in [i['text'] for i in items] and Q[k] not in [i['text'] for i in items]]
print('miss',miss)
random.seed(12)
random.shuffle(items)
out=[]
for i,it in enumerate(items,1):
    d={"id":"x%04d"%i}; d.update(it); out.append(d)
with open('../items.jsonl','w') as f:
    for d in out:
        f.write(json.dumps(d,ensure_ascii=False).replace('\u200b','\\u200b')+"\n")

import json,random,statistics,sys
from collections import Counter
sys.path.insert(0,'.')
import h, risk, near, req1, req2, body, ordi, extra, extra2, extra3
items=h.ITEMS
texts=[i['text'] for i in items]
d=[t for t,c in Counter(texts).items() if c>1]
assert not d, d
random.Random(19).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    o={"id":"x%04d"%n}; o.update(i); out.append(o)
with open('../items.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")+"\n")
# validate
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
for line in open('../items.jsonl'):
    o=json.loads(line)
    assert set(o)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert o['category'] in {"risk","near-miss","request","body","ordinary"}
    if o['risk']: assert o['risk']['type'] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o['risk']['level'] in {"clear","possible"}
    assert (o['risk'] is not None)==(o['category']=='risk')
    for r in o['requests']:
        assert r['type'] in RT and r['when'] in {"now","later"}
        if 'atClock' in r: assert len(r['atClock'])==5 and 0<=int(r['atClock'][:2])<24
    assert set(o['body'])<=BODY
    assert o['category']!='body' or o['body']
    assert o['category']!='request' or o['requests']
print(len(out))
cat=Counter(o['category'] for o in out); print(cat)
rl=Counter((o['risk']['type'],o['risk']['level']) for o in out if o['risk']); print(rl)
rq=Counter(r['type'] for o in out for r in o['requests']); print(rq)
fc=Counter(k for o in out for r in o['requests'] for k in r if k!='type'); print(fc)
wc=Counter(r['when'] for o in out for r in o['requests']); print(wc)
nz=sum(1 for o in out for r in o['requests'] if r['type']=='nudge' and any(k in r for k in('afterMs','atClock','condition')))
print('nudges timed',nz)
bc=Counter(b for o in out for b in o['body']); print(bc)
print('other',sum(o['otherPersonRisk'] for o in out))
v=Counter(o['voice'] for o in out); print(len(v), v.most_common())
L=sorted(len(o['text'].split()) for o in out)
print('median',statistics.median(L),'p90',L[int(0.9*len(L))-1],'max',L[-1], 'share<30',sum(x<30 for x in L)/len(L))
q=[o for o in out if o['category']!='request' and '?' in o['text']]
print('q non-request',len(q),len(q)/sum(1 for o in out if o['category']!='request'))
lower=sum(o['text']==o['text'].lower() for o in out)/len(out); print('all-lower share',lower)
json.dump(dict(cat=cat,rl={f"{a}|{b}":c for (a,b),c in rl.items()},rq=rq,fc=fc,wc=wc,nz=nz,bc=bc,voices=v,median=statistics.median(L),p90=L[int(0.9*len(L))-1],qn=len(q),other=sum(o['otherPersonRisk'] for o in out),lower=lower),open('stats.json','w'),indent=1)

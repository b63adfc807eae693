import json, random, statistics, collections, re
exec(open('risk.py').read()); exec(open('near.py').read()); exec(open('req.py').read())
exec(open('body.py').read()); exec(open('ord.py').read()); exec(open('extra.py').read())
items=[]
RISKREQ={"could you remind me to take my meds at 8? ok actually maybe i'll take all of them at once and be done":[N(atClock="20:00")]}
for t,v,ty,lv,b in RISK:
    items.append(dict(text=t,voice=v,category="risk",risk={"type":ty,"level":lv},otherPersonRisk=False,requests=RISKREQ.get(t,[]),body=b))
for t,v,o,b in NEAR:
    items.append(dict(text=t,voice=v,category="near-miss",risk=None,otherPersonRisk=o,requests=[],body=b))
for t,v,r,b in REQ:
    items.append(dict(text=t,voice=v,category="request",risk=None,otherPersonRisk=False,requests=r,body=b))
for t,v,b in BODY:
    items.append(dict(text=t,voice=v,category="body",risk=None,otherPersonRisk=False,requests=[],body=b))
for t,v,b in ORD:
    items.append(dict(text=t,voice=v,category="ordinary",risk=None,otherPersonRisk=False,requests=[],body=b))
# dup check
c=collections.Counter(i['text'].lower() for i in items)
d=[k for k,n in c.items() if n>1]; assert not d, d
random.seed(20261206); random.shuffle(items)
BODYOK={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
out=[]
for n,i in enumerate(items,1):
    o={"id":"x%04d"%n}; o.update(i)
    assert set(o['body'])<=BODYOK, o
    for r in o['requests']:
        assert r['type'] in "concrete smaller nudge cue pause next explain stop".split()
        if 'atClock' in r: assert re.fullmatch(r'\d\d:\d\d', r['atClock'])
    out.append(o)
with open('../items.jsonl','w',encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o,ensure_ascii=False).replace('\u200b','\\u200b')+'\n')
# validate
keys=["id","text","voice","category","risk","otherPersonRisk","requests","body"]
rows=[json.loads(l) for l in open('../items.jsonl',encoding='utf-8')]
for r in rows: assert list(r.keys())==keys
print(len(rows))
cat=collections.Counter(r['category'] for r in rows); print(cat)
rl=collections.Counter((r['risk']['type'],r['risk']['level']) for r in rows if r['risk']); print(sorted(rl.items()))
rt=collections.Counter(q['type'] for r in rows for q in r['requests']); print(rt)
fc=collections.Counter(k for r in rows for q in r['requests'] for k in q if k!='type'); print(fc)
nt=sum(1 for r in rows for q in r['requests'] if q['type']=='nudge' and any(k in q for k in('afterMs','atClock','condition'))); print('nudges w/ time',nt)
print('when later', sum(1 for r in rows for q in r['requests'] if q['when']=='later'))
print('opr',sum(r['otherPersonRisk'] for r in rows))
bc=collections.Counter(b for r in rows for b in r['body']); print(bc)
print('body-labelled items by cat', collections.Counter(r['category'] for r in rows if r['body']))
vc=collections.Counter(r['voice'] for r in rows); print(vc)
L=sorted(len(r['text'].split()) for r in rows); print('median',statistics.median(L),'p90',L[int(.9*len(L))],'max',L[-1], 'under30',sum(x<30 for x in L)/len(L))
nq=[r for r in rows if r['category']!='request']; print('qmark nonreq',sum('?' in r['text'] for r in nq)/len(nq))
print('lowercase start', sum(r['text'][:1].islower() for r in rows)/len(rows))

import json, random, statistics, collections, re
import risk, near, req, body, ordi
items = risk.ITEMS + near.ITEMS + req.ITEMS + body.ITEMS + ordi.ITEMS
texts=[i['text'] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.seed(18)
random.shuffle(items)
out=[]
for n,i in enumerate(items,1):
    o={"id":f"x{n:04d}","text":i['text'],"voice":i['voice'],"category":i['category'],"risk":i['risk'],
       "otherPersonRisk":i['otherPersonRisk'],"requests":i['requests'],"body":i['body']}
    out.append(o)
with open('../items.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=True)+"\n")
# validate
BP={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
for line in open('../items.jsonl'):
    o=json.loads(line)
    assert set(o)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert o['category'] in {"risk","near-miss","request","body","ordinary"}
    if o['risk'] is not None:
        assert o['risk']['type'] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o['risk']['level'] in {"clear","possible"}
    assert (o['risk'] is not None)==(o['category']=='risk')
    for r in o['requests']:
        assert r['type'] in RT and r['when'] in {"now","later"}
        assert set(r)<= {"type","when","afterMs","atClock","condition","phrase"}
        if 'atClock' in r: assert re.fullmatch(r"[0-2]\d:[0-5]\d",r['atClock'])
    assert (len(o['requests'])>0)==(o['category']=='request')
    assert set(o['body'])<=BP
    if o['category']=='body': assert o['body']
C=collections.Counter
print("total",len(out))
print("category",C(o['category'] for o in out))
print("risk",C((o['risk']['type'],o['risk']['level']) for o in out if o['risk']))
print("level",C(o['risk']['level'] for o in out if o['risk']))
print("otherPersonRisk",sum(o['otherPersonRisk'] for o in out))
print("reqtypes",C(r['type'] for o in out for r in o['requests']))
print("multi-request msgs",sum(len(o['requests'])>1 for o in out))
nud=[r for o in out for r in o['requests'] if r['type']=='nudge']
print("nudges",len(nud),"timed",sum(1 for r in nud if any(k in r for k in ('afterMs','atClock','condition'))))
print("fields",C(k for o in out for r in o['requests'] for k in r if k not in('type',)))
print("when",C(r['when'] for o in out for r in o['requests']))
print("body msgs",sum(bool(o['body']) for o in out),"by cat",C(o['category'] for o in out if o['body']))
print("bodyparts",C(p for o in out for p in o['body']))
print("voices",C(o['voice'] for o in out).most_common())
wc=sorted(len(o['text'].split()) for o in out)
print("words median",statistics.median(wc),"p90",wc[int(.9*len(wc))-1],"max",wc[-1],"under30",sum(w<30 for w in wc)/len(wc))
nonreq=[o for o in out if o['category']!='request']
print("qmark nonrequest",sum('?' in o['text'] for o in nonreq)/len(nonreq))
print("lowercase-start share",sum(o['text'][:1].islower() for o in out)/len(out))

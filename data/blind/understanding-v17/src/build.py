import sys,json,random,statistics,collections,re
sys.path.insert(0,'.')
import risk,near,req1,req2,body,ordn,extra,extra2
items=risk.items+near.items+req1.items+req2.items+body.items+ordn.items+extra.items+extra2.items
texts=[i['text'] for i in items]
dup=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dup,dup
random.Random(17).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    o={"id":"x%04d"%n}; o.update(i); out.append(o)
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
with open('../items.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
# validate
rows=[json.loads(l) for l in open('../items.jsonl')]
for o in rows:
    assert set(o)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"},o
    assert o['category'] in {"risk","near-miss","request","body","ordinary"}
    if o['category']=='risk': assert o['risk'] and o['risk']['type'] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o['risk']['level'] in {"clear","possible"}
    else: assert o['risk'] is None
    for q in o['requests']:
        assert q['type'] in RT and q['when'] in {"now","later"}
        assert set(q)<= {"type","when","afterMs","atClock","condition","phrase"}
        if 'atClock' in q: assert re.fullmatch(r"[0-2]\d:[0-5]\d",q['atClock'])
        if 'phrase' in q: assert q['phrase'].lower() in o['text'].lower()
        if 'condition' in q: assert q['condition'].lower() in o['text'].lower(),(q,o['text'])
    assert set(o['body'])<=BODY
    if o['category']=='request': assert o['requests']
    if o['category']=='body': assert o['body']
print("rows",len(rows))
C=collections.Counter
print(C(o['category'] for o in rows))
print(C((o['risk']['type'],o['risk']['level']) for o in rows if o['risk']))
print("otherPersonRisk",sum(o['otherPersonRisk'] for o in rows))
print(C(q['type'] for o in rows for q in o['requests']))
print("req fields",C(k for o in rows for q in o['requests'] for k in q if k not in('type',)))
print("when",C(q['when'] for o in rows for q in o['requests']))
nud=[q for o in rows for q in o['requests'] if q['type']=='nudge' and any(k in q for k in('afterMs','atClock','condition'))]
print("nudges with time/trigger",len(nud))
print("body parts",C(b for o in rows for b in o['body']))
print("body-labelled items by category",C(o['category'] for o in rows if o['body']))
print("voices",len(C(o['voice'] for o in rows)),C(o['voice'] for o in rows).most_common())
L=[len(o['text'].split()) for o in rows]
L.sort();print("median",statistics.median(L),"p90",L[int(0.9*len(L))-1],"max",max(L),"share<30",sum(x<30 for x in L)/len(L))
nq=[o for o in rows if o['category']!='request']
print("qmark outside request",sum('?' in o['text'] for o in nq),len(nq))
print("zwsp",sum('\u200b' in o['text'] for o in rows),"cyrillic",sum(bool(re.search('[\u0400-\u04ff]',o['text'])) for o in rows))

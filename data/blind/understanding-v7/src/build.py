import json, random, re, statistics, collections, sys
sys.path.insert(0,'.')
from risk import RISK
from near import NEAR
from req1 import NUDGES
from req2 import OTHER
from body import BODY
from ordinary import ORD
NEAR_BODY={"my feet are killing me from standing at the school gate":["feet"],
 "that workout destroyed me 🥵 legs are done":["legs"],
 "my knees are shot from running not an emergency just annoying":["legs"]}
items=[]
def add(text,voice,cat,risk=None,other=False,reqs=None,body=None):
    items.append({"text":text,"voice":voice,"category":cat,"risk":risk,"otherPersonRisk":other,
                  "requests":reqs or [],"body":body or []})
for v,t,ty,lv,b in RISK: add(t,v,"risk",{"type":ty,"level":lv},False,[],b)
for v,t,o in NEAR: add(t,v,"near-miss",None,o,[],NEAR_BODY.get(t,[]))
for v,t,r,b in NUDGES+OTHER: add(t,v,"request",None,False,r,b)
for v,t,b in BODY: add(t,v,"body",None,False,[],b)
for v,t in ORD: add(t,v,"ordinary")
texts=[i["text"] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(7).shuffle(items)
with open('../items.jsonl','w') as f:
    for n,it in enumerate(items,1):
        f.write(json.dumps({"id":f"x{n:04d}",**it},ensure_ascii=True)+"\n")

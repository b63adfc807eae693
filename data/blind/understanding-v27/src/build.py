import json, random, statistics, collections
ns={}
for f in ["risk.py","near.py","req1.py","req2.py","body.py","ordi.py"]:
    exec(open(f).read(), ns)
items=[]
def add(text,voice,cat,risk=None,other=False,reqs=None,body=None):
    items.append({"text":text,"voice":voice,"category":cat,"risk":risk,"otherPersonRisk":other,"requests":reqs or [],"body":body or []})
for t,v,ty,lv in ns["R"]: add(t,v,"risk",{"type":ty,"level":lv})
for t,v,o in ns["N"]: add(t,v,"near-miss",other=o)
for t,v,r,b in ns["Q"]+ns["Q2"]: add(t,v,"request",reqs=r,body=b)
for t,v,b in ns["B"]: add(t,v,"body",body=b)
for t,v in ns["O"]: add(t,v,"ordinary")
texts=[i["text"] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(27).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    out.append({"id":"x%04d"%n, **i})
with open("../items.jsonl","w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=True)+"\n")
# validate
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
rows=[json.loads(l) for l in open("../items.jsonl")]
for r in rows:
    assert set(r)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert r["category"] in {"risk","near-miss","request","body","ordinary"}
    if r["risk"]: assert r["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and r["risk"]["level"] in {"clear","possible"}
    assert (r["risk"] is not None)==(r["category"]=="risk")
    for q in r["requests"]:
        assert q["type"] in RT and set(q)<= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in q: h,m=q["atClock"].split(":"); assert 0<=int(h)<24 and len(h)==2
    assert set(r["body"])<=BODY
print("rows",len(rows))
C=collections.Counter
print("cat",C(r["category"] for r in rows))
print("risk",C((r["risk"]["type"],r["risk"]["level"]) for r in rows if r["risk"]))
print("level",C(r["risk"]["level"] for r in rows if r["risk"]))
print("other",sum(r["otherPersonRisk"] for r in rows))
print("reqtypes",C(q["type"] for r in rows for q in r["requests"]))
print("fields",C(k for r in rows for q in r["requests"] for k in q if k!="type"))
nud=[q for r in rows for q in r["requests"] if q["type"]=="nudge"]
print("nudges",len(nud),"with time/trigger",sum(1 for q in nud if {"afterMs","atClock","condition"}&set(q)))
print("multi-request msgs",sum(1 for r in rows if len(r["requests"])>1))
print("body parts",C(b for r in rows for b in r["body"]), "msgs with body",sum(1 for r in rows if r["body"]), "by cat",C(r["category"] for r in rows if r["body"]))
print("voices",C(r["voice"].split(" (")[0] for r in rows))
print("nn langs",C(r["voice"] for r in rows if r["voice"].startswith("non-native")))
wl=sorted(len(r["text"].split()) for r in rows)
print("median",statistics.median(wl),"p90",wl[int(0.9*len(wl))-1],"max",wl[-1], "under30",sum(w<30 for w in wl)/len(wl))
nq=[r for r in rows if r["category"]!="request"]
print("qmark non-request",sum("?" in r["text"] for r in nq),len(nq))
print("lowercase-start share",sum(r["text"][:1].islower() for r in rows)/len(rows))
print("zwsp",sum("\u200b" in r["text"] for r in rows),"cyr",sum(any('\u0400'<=c<='\u04ff' for c in r["text"]) for r in rows))

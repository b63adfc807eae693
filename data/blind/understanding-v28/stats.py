import json, collections, statistics
exec(open('build.py').read().split("items=[]")[0])
allt=set(t for t,*_ in RISK)|set(t for t,*_ in BODY)|set(t for t,*_ in ORD)
for k in list(RISK_BODY)+list(BODY_RISK)+list(ORD_BODY): assert k in allt, k
BP={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
L=[json.loads(l) for l in open('items.jsonl')]
ids=set()
for o in L:
    assert set(o)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"},o
    assert o["id"] not in ids; ids.add(o["id"])
    assert o["category"] in {"risk","near-miss","request","body","ordinary"}
    if o["risk"]: assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o["risk"]["level"] in {"clear","possible"}
    assert isinstance(o["otherPersonRisk"],bool)
    if o["otherPersonRisk"]: assert o["risk"] is None
    for r in o["requests"]:
        assert r["type"] in RT and r["when"] in {"now","later"}
        assert set(r)<= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in r: h,m=r["atClock"].split(":"); assert len(h)==2 and 0<=int(h)<24 and 0<=int(m)<60
        if "phrase" in r: assert r["phrase"].lower() in o["text"].lower(), o
    for b in o["body"]: assert b in BP,b
    if o["category"]=="request": assert o["requests"]
    if o["category"]=="risk": assert o["risk"]
C=collections.Counter
print("total",len(L)); print(C(o["category"] for o in L))
print(C((o["risk"]["type"],o["risk"]["level"]) for o in L if o["risk"]))
print("other",sum(o["otherPersonRisk"] for o in L))
print(C(r["type"] for o in L for r in o["requests"]))
nud=[r for o in L for r in o["requests"] if r["type"]=="nudge"]
print("nudges with time/trigger",sum(1 for r in nud if any(k in r for k in ("afterMs","atClock","condition"))))
print("fields",C(k for o in L for r in o["requests"] for k in r if k not in("type",)))
print("body parts",C(b for o in L for b in o["body"]), "items with body",sum(1 for o in L if o["body"]))
V=C(o["voice"].split(",")[0] if not o["voice"].startswith("non-native") else o["voice"] for o in L); print(len(V)); print(V.most_common())
w=[len(o["text"].split()) for o in L]; w.sort()
print("median",statistics.median(w),"p90",w[int(0.9*len(w))-1],"under30",sum(x<30 for x in w)/len(w),"max",max(w))
q=[o for o in L if o["category"]!="request"]; print("qmark non-request",sum("?" in o["text"] for o in q)/len(q))
print("lowercase-start",sum(o["text"][:1].islower() for o in L)/len(L))
print("zw",sum("\u200b" in o["text"] for o in L),"cyr",sum(any('\u0400'<=c<='\u04ff' for c in o["text"]) for o in L))

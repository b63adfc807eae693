import json, random, statistics, collections, os
D=os.path.dirname(os.path.abspath(__file__))
g={}
for f in ["risk.py","near.py","req.py","body.py","ord.py","extra.py","extra2.py"]:
    exec(open(os.path.join(D,f)).read(), g)
items=[]
def mk(text,voice,cat,risk=None,other=False,reqs=None,body=None):
    return {"text":text,"voice":voice,"category":cat,"risk":risk,"otherPersonRisk":other,"requests":reqs or [],"body":body or []}
for t,v,ty,lv,b in g["RISK"]: items.append(mk(t,v,"risk",{"type":ty,"level":lv},False,[],b))
for t,v,o,b in g["NEAR"]: items.append(mk(t,v,"near-miss",None,o,[],b))
for t,v,r,b in g["REQ"]: items.append(mk(t,v,"request",None,False,r,b))
for t,v,b in g["BODY"]: items.append(mk(t,v,"body",None,False,[],b))
for t,v in g["ORD"]: items.append(mk(t,v,"ordinary"))
OVR={
"my wife just collapsed and isnt breathing properly what do i do??":[{"type":"concrete","when":"now"}],
"what do I do if someone tells me they're suicidal? my friend might":[{"type":"concrete","when":"now"}],
"my neighbour's wife screams at night and I think he beats her, what can I do?":[{"type":"concrete","when":"now"}],
}
for i in items:
    if i["text"] in OVR: i["requests"]=OVR.pop(i["text"])
assert not OVR, OVR
texts=[i["text"] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(21).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    out.append({"id":"x%04d"%n, **i})
BODYOK={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
with open(os.path.join(D,"..","items.jsonl"),"w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")+"\n")
# validate
for line in open(os.path.join(D,"..","items.jsonl")):
    o=json.loads(line)
    assert set(o)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert o["category"] in {"risk","near-miss","request","body","ordinary"}
    if o["risk"] is not None:
        assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o["risk"]["level"] in {"clear","possible"}
    assert (o["category"]=="risk")==(o["risk"] is not None)
    assert isinstance(o["otherPersonRisk"],bool)
    for r in o["requests"]:
        assert r["type"] in RT and r["when"] in {"now","later"}
        assert set(r)<= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in r: h,m=r["atClock"].split(":"); assert len(h)==2 and 0<=int(h)<24 and 0<=int(m)<60
        if "afterMs" in r: assert isinstance(r["afterMs"],int) and r["afterMs"]>0
    assert set(o["body"])<=BODYOK
# stats
C=collections.Counter
S={}
S["total"]=len(out)
S["category"]=C(o["category"] for o in out)
S["risk"]=C((o["risk"]["type"],o["risk"]["level"]) for o in out if o["risk"])
S["otherPersonRisk"]=sum(o["otherPersonRisk"] for o in out)
S["reqtypes"]=C(r["type"] for o in out for r in o["requests"])
S["fields"]=C(k for o in out for r in o["requests"] for k in r if k not in("type",))
S["when"]=C(r["when"] for o in out for r in o["requests"])
nud=[r for o in out for r in o["requests"] if r["type"]=="nudge"]
S["nudge_with_time_or_trigger"]=sum(1 for r in nud if any(k in r for k in("afterMs","atClock","condition")))
S["body_items"]=sum(1 for o in out if o["body"]); S["body_parts"]=C(p for o in out for p in o["body"])
S["voices"]=C(o["voice"] for o in out)
L=sorted(len(o["text"].split()) for o in out)
S["median_words"]=statistics.median(L); S["p90_words"]=L[int(0.9*len(L))-1]; S["under30"]=sum(l<30 for l in L)/len(L)
nonreq=[o for o in out if o["category"]!="request"]
S["qmark_nonrequest"]=sum("?" in o["text"] for o in nonreq)/len(nonreq)
S["lowercase_start"]=sum(o["text"][:1].islower() for o in out)/len(out)
for k,v in S.items(): print(k, v if not isinstance(v,C) else dict(v.most_common()))
json.dump({k:(dict(v) if isinstance(v,C) else v) for k,v in S.items() if k!="risk"}|{"risk":{f"{a}/{b}":c for (a,b),c in S["risk"].items()}},open(os.path.join(D,"stats.json"),"w"),indent=1)

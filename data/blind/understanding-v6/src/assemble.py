import json, random, statistics, collections
for f in ["risk.py","near.py","req.py","body.py","ordn.py","extra.py"]:
    exec(open(f).read())
items=[]
for t,v,ty,lv in RISK:
    items.append(dict(text=t,voice=v,category="risk",risk={"type":ty,"level":lv},otherPersonRisk=False,requests=[],body=RISK_BODY.get(t,[])))
for t,v,o in NEAR:
    items.append(dict(text=t,voice=v,category="near-miss",risk=None,otherPersonRisk=o,requests=[],body=NEAR_BODY.get(t,[])))
for t,v,rq in REQ:
    items.append(dict(text=t,voice=v,category="request",risk=None,otherPersonRisk=False,requests=rq,body=[]))
for t,v,b in BODY:
    items.append(dict(text=t,voice=v,category="body",risk=None,otherPersonRisk=False,requests=[],body=b))
for t,v in ORD:
    items.append(dict(text=t,voice=v,category="ordinary",risk=None,otherPersonRisk=False,requests=[],body=[]))
texts=[i["text"] for i in items]
used=set(texts)
assert all(k in used for k in list(RISK_BODY)+list(NEAR_BODY)), [k for k in list(RISK_BODY)+list(NEAR_BODY) if k not in used]
dup=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dup, dup
random.seed(6)
random.shuffle(items)
out=[]
for n,it in enumerate(items,1):
    out.append({"id":f"x{n:04d}",**it})
PARTS={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
with open("../items.jsonl","w",encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")+"\n")
# validate
rows=[json.loads(l) for l in open("../items.jsonl",encoding="utf-8")]
keys={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
for r in rows:
    assert set(r)==keys, r
    assert r["category"] in {"risk","near-miss","request","body","ordinary"}
    assert all(p in PARTS for p in r["body"])
    if r["category"]=="risk": assert r["risk"]["level"] in {"clear","possible"}
    for q in r["requests"]:
        assert q["type"] in {"concrete","smaller","nudge","cue","pause","next","explain","stop"}
        assert q["when"] in {"now","later"}
stats=collections.OrderedDict()
stats["total"]=len(rows)
stats["category"]=collections.Counter(r["category"] for r in rows)
stats["risk type x level"]=collections.Counter(f'{r["risk"]["type"]}/{r["risk"]["level"]}' for r in rows if r["risk"])
stats["otherPersonRisk true"]=sum(r["otherPersonRisk"] for r in rows)
stats["request types"]=collections.Counter(q["type"] for r in rows for q in r["requests"])
stats["request fields"]=collections.Counter(k for r in rows for q in r["requests"] for k in q if k!="type")
stats["nudges with afterMs/atClock/condition"]=sum(1 for r in rows for q in r["requests"] if q["type"]=="nudge" and any(k in q for k in("afterMs","atClock","condition")))
stats["multi-request messages"]=sum(1 for r in rows if len(r["requests"])>1)
stats["body parts"]=collections.Counter(p for r in rows for p in r["body"])
stats["voices"]=collections.Counter(r["voice"] for r in rows)
wl=sorted(len(r["text"].split()) for r in rows)
stats["words median"]=statistics.median(wl)
stats["words p90"]=wl[int(0.9*len(wl))-1]
stats["share under 30 words"]=round(sum(w<30 for w in wl)/len(wl),3)
nonreq=[r for r in rows if r["category"]!="request"]
stats["question mark share outside request"]=round(sum("?" in r["text"] for r in nonreq)/len(nonreq),3)
for k,v in stats.items():
    print(k, ":", dict(v.most_common()) if isinstance(v,collections.Counter) else v)

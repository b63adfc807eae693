import json, statistics, re
from collections import Counter
CATS={"risk","near-miss","request","body","ordinary"}
RT={"suicide","self-harm","harm-to-others","abuse","medical-emergency"}
QT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
BP={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
rows=[json.loads(l) for l in open("items.jsonl",encoding="utf-8")]
for r in rows:
    assert set(r)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"},r
    assert r["category"] in CATS and isinstance(r["text"],str) and r["text"]
    if r["risk"] is not None:
        assert r["risk"]["type"] in RT and r["risk"]["level"] in ("clear","possible")
    if r["category"]=="risk": assert r["risk"]
    else: assert r["risk"] is None
    if r["otherPersonRisk"]: assert r["risk"] is None
    for q in r["requests"]:
        assert q["type"] in QT and q["when"] in ("now","later")
        assert set(q)<= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in q: assert re.fullmatch(r"[0-2]\d:[0-5]\d",q["atClock"])
        if "afterMs" in q: assert isinstance(q["afterMs"],int)
    if r["category"]=="request": assert r["requests"]
    for b in r["body"]: assert b in BP
    if r["category"]=="body": assert r["body"]
ids=[r["id"] for r in rows]; assert len(set(ids))==len(ids)
print("total",len(rows))
print("categories",dict(Counter(r["category"] for r in rows)))
print("risk type x level",dict(Counter(f'{r["risk"]["type"]}/{r["risk"]["level"]}' for r in rows if r["risk"])))
print("otherPersonRisk true",sum(r["otherPersonRisk"] for r in rows))
print("request types",dict(Counter(q["type"] for r in rows for q in r["requests"])))
print("messages with >1 request",sum(len(r["requests"])>1 for r in rows))
f=Counter(k for r in rows for q in r["requests"] for k in ("afterMs","atClock","condition","phrase") if k in q)
print("request fields",dict(f), "when=later",sum(q["when"]=="later" for r in rows for q in r["requests"]))
print("nudge msgs with delay/clock/trigger",sum(any(q["type"]=="nudge" and any(k in q for k in ("afterMs","atClock","condition")) for q in r["requests"]) for r in rows))
print("body parts",dict(Counter(b for r in rows for b in r["body"])), "msgs with body",sum(bool(r["body"]) for r in rows))
v=Counter(r["voice"] for r in rows); print("distinct voices",len(v)); print("voices",dict(v.most_common()))
L=sorted(len(r["text"].split()) for r in rows)
print("words median",statistics.median(L),"p90",L[int(0.9*len(L))-1],"max",L[-1], "share<30",sum(x<30 for x in L)/len(L))
nr=[r for r in rows if r["category"]!="request"]
print("question-mark share outside request",round(sum("?" in r["text"] for r in nr)/len(nr),3))
print("lowercase-start share",round(sum(r["text"][0].islower() for r in rows)/len(rows),3))

import json, statistics, collections
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
rows=[json.loads(l) for l in open("../items.jsonl")]
for r in rows:
    assert set(r)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}, r
    assert r["category"] in {"risk","near-miss","request","body","ordinary"}
    if r["category"]=="risk": assert r["risk"] and r["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and r["risk"]["level"] in {"clear","possible"}
    else: assert r["risk"] is None
    if r["otherPersonRisk"]: assert r["risk"] is None
    for q in r["requests"]:
        assert q["type"] in RT and q["when"] in {"now","later"}
        assert set(q)<= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in q:
            h,m=q["atClock"].split(":"); assert len(h)==2 and 0<=int(h)<24 and 0<=int(m)<60
        if "phrase" in q: assert q["phrase"].lower() in r["text"].lower(), r
    if r["category"]=="request": assert r["requests"]
    for b in r["body"]: assert b in BODY
    if r["category"]=="body": assert r["body"]
C=collections.Counter
print("cats",C(r["category"] for r in rows))
print("risk",C((r["risk"]["type"],r["risk"]["level"]) for r in rows if r["risk"]))
print("other",sum(r["otherPersonRisk"] for r in rows))
reqs=[q for r in rows for q in r["requests"]]
print("reqtypes",C(q["type"] for q in reqs))
print("fields",C(k for q in reqs for k in q if k not in("type",)), C(q["when"] for q in reqs))
nzs=[q for q in reqs if q["type"]=="nudge"]
print("nudges w timing", sum(1 for q in nzs if any(k in q for k in("afterMs","atClock","condition"))), "of", len(nzs))
print("msgs with nudge timing", sum(1 for r in rows if any(q["type"]=="nudge" and any(k in q for k in("afterMs","atClock","condition")) for q in r["requests"])))
print("body",C(b for r in rows for b in r["body"]), "items with body", sum(1 for r in rows if r["body"]))
print("voices",sorted(C(r["voice"] for r in rows).items(), key=lambda x:-x[1]))
L=sorted(len(r["text"].split()) for r in rows)
print("median",statistics.median(L),"p90",L[int(0.9*len(L))-1],"max",L[-1], "under30", sum(1 for l in L if l<30)/len(L))
nr=[r for r in rows if r["category"]!="request"]
print("qmark nonreq", sum("?" in r["text"] for r in nr), len(nr))
print("lowercase-start", sum(r["text"][0].islower() for r in rows)/len(rows))
print("nonascii", [r["id"] for r in rows if any(ord(c)>127 and c not in "£ñéàçüöäó" for c in r["text"]) ][:50])

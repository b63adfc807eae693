import json, collections, statistics, re
KEYS=["id","text","voice","category","risk","otherPersonRisk","requests","body"]
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
rows=[json.loads(l) for l in open('../items.jsonl')]
for r in rows:
    assert list(r)==KEYS, r
    assert r["category"] in {"risk","near-miss","request","body","ordinary"}
    if r["risk"] is not None:
        assert r["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and r["risk"]["level"] in {"clear","possible"}
    assert (r["category"]=="risk")==(r["risk"] is not None)
    assert isinstance(r["otherPersonRisk"],bool)
    for q in r["requests"]:
        assert q["type"] in RT and q["when"] in {"now","later"}
        if "atClock" in q: assert re.fullmatch(r"\d\d:\d\d",q["atClock"])
        if "afterMs" in q: assert isinstance(q["afterMs"],int)
    assert set(r["body"])<=BODY
    assert (r["category"]=="request")==bool(r["requests"])
ids=[r["id"] for r in rows]; assert len(set(ids))==len(ids)
C=collections.Counter
out=[]
out.append(("total",len(rows)))
out.append(("category",dict(C(r["category"] for r in rows))))
out.append(("risk type x level",dict(C(f'{r["risk"]["type"]}/{r["risk"]["level"]}' for r in rows if r["risk"]))))
out.append(("otherPersonRisk true",sum(r["otherPersonRisk"] for r in rows)))
reqs=[q for r in rows for q in r["requests"]]
out.append(("request objects",len(reqs)))
out.append(("request types",dict(C(q["type"] for q in reqs))))
out.append(("messages with >1 request",sum(len(r["requests"])>1 for r in rows)))
out.append(("field counts",dict(C(k for q in reqs for k in q if k!="type"))))
out.append(("when",dict(C(q["when"] for q in reqs))))
nud=[q for q in reqs if q["type"]=="nudge"]
out.append(("nudges",len(nud)))
out.append(("nudges with afterMs/atClock/condition",sum(any(k in q for k in ("afterMs","atClock","condition")) for q in nud)))
out.append(("messages with body",sum(bool(r["body"]) for r in rows)))
out.append(("body part counts",dict(C(b for r in rows for b in r["body"]))))
out.append(("body by category",dict(C(r["category"] for r in rows if r["body"]))))
out.append(("voices",dict(C(r["voice"] for r in rows).most_common())))
L=sorted(len(r["text"].split()) for r in rows)
out.append(("words median",statistics.median(L)))
out.append(("words p90",L[int(0.9*len(L))-1]))
out.append(("share under 30 words",round(sum(x<30 for x in L)/len(L),3)))
nonreq=[r for r in rows if r["category"]!="request"]
out.append(("question-mark share outside request",round(sum("?" in r["text"] for r in nonreq)/len(nonreq),3)))
out.append(("lowercase-start share",round(sum(r["text"][0].islower() for r in rows)/len(rows),3)))
out.append(("zero-width items",sum("\u200b" in r["text"] for r in rows)))
out.append(("cyrillic items",sum(any(0x400<=ord(c)<=0x4ff for c in r["text"]) for r in rows)))
for k,v in out: print(f"{k}: {v}")

import json, statistics
from collections import Counter
BODY = {"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT = {"concrete","smaller","nudge","cue","pause","next","explain","stop"}
rows = [json.loads(l) for l in open("items.jsonl")]
keys = {"id","text","voice","category","risk","otherPersonRisk","requests","body"}
for r in rows:
    assert set(r) == keys, r
    assert r["category"] in {"risk","near-miss","request","body","ordinary"}
    if r["risk"] is not None:
        assert r["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and r["risk"]["level"] in {"clear","possible"}
    assert isinstance(r["otherPersonRisk"], bool)
    for q in r["requests"]:
        assert q["type"] in RT and q["when"] in {"now","later"}
        assert set(q) <= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in q:
            h, m = q["atClock"].split(":"); assert len(q["atClock"])==5 and 0<=int(h)<24 and 0<=int(m)<60
    assert set(r["body"]) <= BODY
    assert (r["category"]=="request") == bool(r["requests"])
print("rows", len(rows))
print("cat", Counter(r["category"] for r in rows))
print("risk", Counter((r["risk"]["type"], r["risk"]["level"]) for r in rows if r["risk"]))
print("otherPersonRisk", sum(r["otherPersonRisk"] for r in rows))
print("reqtypes", Counter(q["type"] for r in rows for q in r["requests"]))
print("req fields", Counter(k for r in rows for q in r["requests"] for k in q))
nud = sum(1 for r in rows for q in r["requests"] if q["type"]=="nudge" and any(k in q for k in ("afterMs","atClock","condition")))
print("nudges w timing", nud)
print("body parts", Counter(b for r in rows for b in r["body"]), "items with body", sum(1 for r in rows if r["body"]))
print("voices", Counter(r["voice"] for r in rows).most_common())
L = sorted(len(r["text"].split()) for r in rows)
print("median words", statistics.median(L), "p90", L[int(0.9*len(L))], "share<30", sum(l<30 for l in L)/len(L))
nr = [r for r in rows if r["category"]!="request"]
print("qmark non-request", sum("?" in r["text"] for r in nr)/len(nr))

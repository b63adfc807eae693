import json, random, statistics, collections, sys
sys.path.insert(0, '.')
import common, risk, near, req1, req2, body, ord as ordm
items = common.ITEMS
texts = [i["text"] for i in items]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(15).shuffle(items)
out = []
for n, it in enumerate(items, 1):
    o = {"id": "x%04d" % n}; o.update(it); out.append(o)
BODY = set("head face jaw throat neck shoulders chest stomach back arms hands fingers legs feet breath whole-body".split())
RT = set("concrete smaller nudge cue pause next explain stop".split())
with open("../items.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False).replace("\u200b", "\\u200b") + "\n")
# validate
for line in open("../items.jsonl"):
    o = json.loads(line)
    assert set(o) == {"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert o["category"] in ("risk","near-miss","request","body","ordinary")
    if o["category"] == "risk": assert o["risk"]["type"] in ("suicide","self-harm","harm-to-others","abuse","medical-emergency") and o["risk"]["level"] in ("clear","possible")
    else: assert o["risk"] is None
    for b in o["body"]: assert b in BODY, b
    for q in o["requests"]:
        assert q["type"] in RT and q["when"] in ("now","later")
        assert set(q) <= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in q: h,m = q["atClock"].split(":"); assert len(h)==2 and 0<=int(h)<24 and 0<=int(m)<60
    if o["category"] == "request": assert o["requests"]
C = collections.Counter
print("total", len(out))
print(C(o["category"] for o in out))
print(C((o["risk"]["type"], o["risk"]["level"]) for o in out if o["risk"]))
print("otherPersonRisk", sum(o["otherPersonRisk"] for o in out))
rq = [q for o in out for q in o["requests"]]
print(C(q["type"] for q in rq))
print("nudge with timing", sum(1 for q in rq if q["type"]=="nudge" and any(k in q for k in ("afterMs","atClock","condition"))))
print("fields", C(k for q in rq for k in q if k not in ("type",)))
print("when", C(q["when"] for q in rq))
print("body tags", C(b for o in out for b in o["body"]))
print("items with body", sum(1 for o in out if o["body"]))
print("voices", len(C(o["voice"] for o in out)), C(o["voice"] for o in out).most_common())
L = sorted(len(o["text"].split()) for o in out)
print("median", statistics.median(L), "p90", L[int(0.9*len(L))-1], "max", L[-1], "under30", sum(l<30 for l in L)/len(L))
nq = [o for o in out if o["category"]!="request"]
print("qmark outside request", sum("?" in o["text"] for o in nq), "/", len(nq))
print("qmark in request", sum("?" in o["text"] for o in out if o["category"]=="request"))

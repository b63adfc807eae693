import json, re, statistics
from collections import Counter
CATS = {"risk", "near-miss", "request", "body", "ordinary"}
RT = {"suicide", "self-harm", "harm-to-others", "abuse", "medical-emergency"}
RQ = {"concrete", "smaller", "nudge", "cue", "pause", "next", "explain", "stop"}
BODY = {"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
KEYS = ["id","text","voice","category","risk","otherPersonRisk","requests","body"]
recs = []
raw = open("../items.jsonl", encoding="utf-8").read()
for ln, line in enumerate(raw.splitlines(), 1):
    r = json.loads(line)
    assert list(r.keys()) == KEYS, (ln, r.keys())
    assert r["id"] == f"t{ln:04d}"
    assert isinstance(r["text"], str) and r["text"].strip()
    assert r["category"] in CATS
    assert isinstance(r["otherPersonRisk"], bool)
    if r["category"] == "risk":
        assert r["risk"]["type"] in RT and r["risk"]["level"] in {"clear","possible"}
        assert not r["otherPersonRisk"]
    else:
        assert r["risk"] is None
    for q in r["requests"]:
        assert q["type"] in RQ and q["when"] in {"now","later"}
        assert set(q) <= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in q: assert re.fullmatch(r"[0-2]\d:[0-5]\d", q["atClock"])
        if "afterMs" in q: assert isinstance(q["afterMs"], int)
        if "phrase" in q: assert q["phrase"].lower() in r["text"].lower()
        if "condition" in q: assert q["condition"].lower() in r["text"].lower()
    for b in r["body"]: assert b in BODY
    recs.append(r)
print("lines", len(recs), "zero-width escapes in file:", raw.count("\\u200b"))
cat = Counter(r["category"] for r in recs); print("category", dict(cat))
print("risk type x level", dict(Counter((r["risk"]["type"], r["risk"]["level"]) for r in recs if r["risk"])))
print("otherPersonRisk true", sum(r["otherPersonRisk"] for r in recs))
print("requests", dict(Counter(q["type"] for r in recs for q in r["requests"])), "msgs with requests", sum(1 for r in recs if r["requests"]))
fc = Counter(k for r in recs for q in r["requests"] for k in q if k not in ("type",))
print("request fields", dict(fc))
print("body msgs", sum(1 for r in recs if r["body"]), dict(Counter(b for r in recs for b in r["body"])))
print("body by category", dict(Counter(r["category"] for r in recs if r["body"])))
print("voices", dict(Counter(r["voice"] for r in recs).most_common()))
wc = sorted(len(r["text"].split()) for r in recs)
import math
p90 = wc[math.ceil(0.9*len(wc))-1]
print("words median", statistics.median(wc), "p90", p90, "max", wc[-1], "share<30", sum(w<30 for w in wc)/len(wc))
q = [r for r in recs if r["category"] != "request" and "?" in r["text"]]
print("question marks outside request", len(q), len(q)/len(recs))
low = sum(1 for r in recs if r["text"] == r["text"].lower())
print("all-lowercase share", low/len(recs))

import json, random, sys, statistics
from collections import Counter
sys.path.insert(0, 'src')
from risk import RISK; from near import NEAR; from req import REQ; from body import BODY; from ordinary import ORD
from extra import XRISK, XNEAR, XREQ, XBODY, XORD
RISK=RISK+XRISK; NEAR=NEAR+XNEAR; REQ=REQ+XREQ; BODY=BODY+XBODY; ORD=ORD+XORD
items = []
for t, v, ty, lv, b in RISK:
    items.append(dict(text=t, voice=v, category="risk", risk={"type": ty, "level": lv}, otherPersonRisk=False, requests=[], body=b))
for t, v, o in NEAR:
    items.append(dict(text=t, voice=v, category="near-miss", risk=None, otherPersonRisk=o, requests=[], body=[]))
for t, v, r, b in REQ:
    items.append(dict(text=t, voice=v, category="request", risk=None, otherPersonRisk=False, requests=r, body=b))
for t, v, b in BODY:
    items.append(dict(text=t, voice=v, category="body", risk=None, otherPersonRisk=False, requests=[], body=b))
for x in ORD:
    t, v = x[0], x[1]
    items.append(dict(text=t, voice=v, category="ordinary", risk=None, otherPersonRisk=False, requests=[], body=[]))
texts = [i["text"] for i in items]
dups = [t for t, c in Counter(texts).items() if c > 1]
assert not dups, dups
random.seed(14014)
random.shuffle(items)
out = []
for n, it in enumerate(items, 1):
    out.append({"id": "x%04d" % n, **it})
with open("items.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False).replace("\u200b", "\\u200b") + "\n")

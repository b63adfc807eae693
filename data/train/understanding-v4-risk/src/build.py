import json, random, statistics, sys
from collections import Counter
import common, d_suicide, d_otherrisk, d_near, d_ord, d_extra, d_extra2, d_extra3
items = common.ITEMS
texts = [i["text"] for i in items]
dups = [t for t, c in Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(20261206).shuffle(items)
out = []
for n, it in enumerate(items, 1):
    rec = {"id": f"t{n:04d}", "text": it["text"], "voice": it["voice"], "category": it["category"],
           "risk": it["risk"], "otherPersonRisk": it["otherPersonRisk"],
           "requests": it["requests"], "body": it["body"]}
    line = json.dumps(rec, ensure_ascii=False).replace("\u200b", "\\u200b")
    out.append(line)
with open("../items.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(len(out))

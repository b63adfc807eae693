import json, random, statistics, collections
import risk, near, req1, req2, body, ordi
allitems = risk.items + near.items + req1.items + req2.items + body.items + ordi.items
texts = [i["text"] for i in allitems]
dups = [t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(9).shuffle(allitems)
out=[]
for n,it in enumerate(allitems,1):
    d={"id":"x%04d"%n, **it}
    out.append(d)
with open("../items.jsonl","w") as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=True)+"\n")
print(len(out))

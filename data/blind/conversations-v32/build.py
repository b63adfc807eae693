import json, sys, statistics
sys.path.insert(0,'.')
from part1 import P1
from part2 import P2
from part3 import P3
from part4 import P4
from part5 import P5
items = P1+P2+P3+P4+P5
keys = ["id","topic","voice","turns","reference"]
ids=set(); words=[]
with open("excerpts.jsonl","w") as f:
    for it in items:
        assert set(it)==set(keys), it["id"]
        assert it["id"] not in ids; ids.add(it["id"])
        t=it["turns"]; assert 4<=len(t)<=8, (it["id"],len(t))
        assert t[-1]["role"]=="seeker", it["id"]
        assert all(set(x)=={"role","text"} and x["role"] in ("seeker","supporter") for x in t)
        assert isinstance(it["reference"],str) and it["reference"].strip(), it["id"]
        words += [len(x["text"].split()) for x in t if x["role"]=="seeker"]
        f.write(json.dumps({k:it[k] for k in keys}, ensure_ascii=False)+"\n")
for line in open("excerpts.jsonl"): json.loads(line)
print(len(items), "median seeker words", statistics.median(words), "mean", round(statistics.mean(words),1))
print("task", sum(i["topic"].startswith("task") for i in items))

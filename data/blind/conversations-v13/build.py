import json
exec(open("part1.py").read()); exec(open("part2.py").read())
ids=set()
with open("excerpts.jsonl","w") as f:
    for d in D:
        assert set(d)=={"id","topic","voice","turns","reference"}
        assert d["id"] not in ids; ids.add(d["id"])
        assert 4<=len(d["turns"])<=8, d["id"]
        assert d["turns"][-1]["role"]=="seeker", d["id"]
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
n=0
for l in open("excerpts.jsonl"):
    json.loads(l); n+=1
import statistics
w=[len(t["text"].split()) for d in D for t in d["turns"] if t["role"]=="seeker"]
print(n, "median seeker words", statistics.median(w))

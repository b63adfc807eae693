import json, statistics, part1, part2, part3, part4
items = part1.ITEMS + part2.ITEMS + part3.ITEMS + part4.ITEMS
keys = {"id","topic","voice","turns","reference"}
ids=set(); wc=[]
for it in items:
    assert set(it)==keys, it["id"]
    assert it["id"] not in ids; ids.add(it["id"])
    assert 4<=len(it["turns"])<=8, (it["id"], len(it["turns"]))
    assert it["turns"][-1]["role"]=="seeker", it["id"]
    for tu in it["turns"]:
        assert set(tu)=={"role","text"} and tu["role"] in ("supporter","seeker") and tu["text"].strip()
        if tu["role"]=="seeker": wc.append(len(tu["text"].split()))
    n=len([s for s in it["reference"].replace("?",".").replace("!",".").split(". ") if s.strip()])
    print(it["id"], len(it["turns"]), "refsent~", n, len(it["reference"].split()))
with open("excerpts.jsonl","w") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False)+"\n")
for line in open("excerpts.jsonl"): json.loads(line)
print(len(items), "items; seeker median words", statistics.median(wc), "mean", round(statistics.mean(wc),1))

import json, re, statistics
recs=[]
for fn in ["part1.txt","part2.txt"]:
    for block in open(fn).read().split("=== ")[1:]:
        lines=[l for l in block.strip().split("\n") if l.strip()]
        i,topic,voice=[x.strip() for x in lines[0].split("|")]
        turns=[];ref=None
        for l in lines[1:]:
            tag,txt=l.split(": ",1)
            if tag=="S": turns.append({"role":"supporter","text":txt.strip()})
            elif tag=="K": turns.append({"role":"seeker","text":txt.strip()})
            elif tag=="R": ref=txt.strip()
            else: raise Exception(l)
        recs.append({"id":i,"topic":topic,"voice":voice,"turns":turns,"reference":ref})
with open("excerpts.jsonl","w") as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
# validate
ids=set(); words=[]
for line in open("excerpts.jsonl"):
    r=json.loads(line)
    assert set(r)=={"id","topic","voice","turns","reference"}, r["id"]
    assert r["id"] not in ids; ids.add(r["id"])
    assert 4<=len(r["turns"])<=8, (r["id"],len(r["turns"]))
    assert r["turns"][-1]["role"]=="seeker", r["id"]
    assert r["reference"]
    for t in r["turns"]:
        assert set(t)=={"role","text"} and t["text"]
        if t["role"]=="seeker": words.append(len(t["text"].split()))
print(len(ids),"excerpts; seeker turns",len(words),"median words",statistics.median(words))

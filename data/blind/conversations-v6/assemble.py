import json, re, statistics
recs=[]
for fn in ["raw_part1.txt","raw_part2.txt"]:
    for block in open(fn).read().split("=== ")[1:]:
        lines=[l for l in block.strip().split("\n") if l.strip()]
        hdr=[x.strip() for x in lines[0].split("|")]
        rid,topic,voice=hdr[0],hdr[1],hdr[2]
        turns=[];ref=None
        for l in lines[1:]:
            tag,txt=l.split(": ",1)
            if tag=="S": turns.append({"role":"supporter","text":txt})
            elif tag=="K": turns.append({"role":"seeker","text":txt})
            elif tag=="R": ref=txt
            else: raise SystemExit("bad "+l)
        recs.append({"id":rid,"topic":topic,"voice":voice,"turns":turns,"reference":ref})
with open("excerpts.jsonl","w") as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
# validate
ids=set(); wc=[]
for line in open("excerpts.jsonl"):
    r=json.loads(line)
    assert set(r)=={"id","topic","voice","turns","reference"}, r["id"]
    assert r["id"] not in ids; ids.add(r["id"])
    assert 4<=len(r["turns"])<=8, (r["id"],len(r["turns"]))
    assert r["turns"][-1]["role"]=="seeker", r["id"]
    assert r["reference"] and all(t["text"] for t in r["turns"])
    for t in r["turns"]:
        assert set(t)=={"role","text"}
        if t["role"]=="seeker": wc.append(len(t["text"].split()))
print(len(ids),"ok; seeker median words",statistics.median(wc),"mean",round(statistics.mean(wc),1))

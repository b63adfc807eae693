import json, re, statistics
items=[]
for fn in ["raw1.txt","raw2.txt","raw3.txt"]:
    cur=None
    for line in open(fn, encoding="utf-8"):
        line=line.rstrip("\n")
        if line.startswith("=== "):
            if cur: items.append(cur)
            i,t,v=[x.strip() for x in line[4:].split("|",2)]
            cur={"id":i,"topic":t,"voice":v,"turns":[],"reference":None}
        elif line.startswith("S: "):
            cur["turns"].append({"role":"supporter","text":line[3:]})
        elif line.startswith("U: "):
            cur["turns"].append({"role":"seeker","text":line[3:]})
        elif line.startswith("R: "):
            cur["reference"]=line[3:]
        elif line.strip():
            raise SystemExit("bad line "+line)
    if cur: items.append(cur)
ids=[x["id"] for x in items]
assert len(ids)==len(set(ids)), "dup ids"
words=[]
bad=["i hear you","valid","you've got this","it's okay to feel"]
for x in items:
    assert set(x)=={"id","topic","voice","turns","reference"}
    assert 4<=len(x["turns"])<=8, (x["id"],len(x["turns"]))
    assert x["turns"][-1]["role"]=="seeker", x["id"]
    assert x["reference"], x["id"]
    for b in bad:
        if b in x["reference"].lower(): print("cliche?",x["id"],b)
    words+= [len(t["text"].split()) for t in x["turns"] if t["role"]=="seeker"]
with open("excerpts.jsonl","w",encoding="utf-8") as f:
    for x in items: f.write(json.dumps(x,ensure_ascii=False)+"\n")
for l in open("excerpts.jsonl",encoding="utf-8"): json.loads(l)
print(len(items),"items; seeker median words",statistics.median(words))
print("tasks",sum(x["topic"].startswith("task:") for x in items))

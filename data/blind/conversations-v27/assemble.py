import json,re,statistics
items=[]
for fn in ["raw1.txt","raw2.txt","raw3.txt"]:
    cur=None
    for line in open(fn,encoding="utf-8"):
        line=line.rstrip("\n")
        if not line.strip(): continue
        if line.startswith("@"):
            i,t,v=line[1:].split("|",2)
            cur={"id":i,"topic":t,"voice":v,"turns":[],"reference":None}; items.append(cur)
        elif line.startswith("S: "): cur["turns"].append({"role":"supporter","text":line[3:]})
        elif line.startswith("U: "): cur["turns"].append({"role":"seeker","text":line[3:]})
        elif line.startswith("R: "): cur["reference"]=line[3:]
        else: raise SystemExit("bad line "+fn+": "+line)
ids=[x["id"] for x in items]
assert len(ids)==len(set(ids)),"dup"
for x in items:
    assert 4<=len(x["turns"])<=8,(x["id"],len(x["turns"]))
    assert x["turns"][-1]["role"]=="seeker",x["id"]
    assert x["reference"],x["id"]
    assert list(x.keys())==["id","topic","voice","turns","reference"]
with open("excerpts.jsonl","w",encoding="utf-8") as f:
    for x in items: f.write(json.dumps(x,ensure_ascii=False)+"\n")
# re-parse
for l in open("excerpts.jsonl",encoding="utf-8"): json.loads(l)
w=[len(t["text"].split()) for x in items for t in x["turns"] if t["role"]=="seeker"]
print(len(items),"items; seeker median words",statistics.median(w))
print("turn counts",sorted(set(len(x["turns"]) for x in items)))
print("ref sentences max",max(len(re.findall(r'[.?!](\s|$)',x["reference"])) for x in items))
for x in items:
    n=len(re.findall(r'[.?!](\s|$)',x["reference"]))
    if n>3: print(x["id"],n)

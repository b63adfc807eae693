import json, statistics, re
items=[]
for fn in ["src1.txt","src2.txt"]:
    cur=None
    for line in open(fn, encoding="utf-8"):
        line=line.rstrip("\n")
        if not line.strip(): continue
        if line.startswith("=== "):
            if cur: items.append(cur)
            i,t,v=[x.strip() for x in line[4:].split("|",2)]
            cur={"id":i,"topic":t,"voice":v,"turns":[],"reference":None}
        elif line.startswith("K: "): cur["turns"].append({"role":"seeker","text":line[3:]})
        elif line.startswith("S: "): cur["turns"].append({"role":"supporter","text":line[3:]})
        elif line.startswith("R: "): cur["reference"]=line[3:]
        else: raise SystemExit("bad line: "+line)
    if cur: items.append(cur)
ids=[x["id"] for x in items]; assert len(ids)==len(set(ids)), "dup ids"
words=[]
for x in items:
    assert 4<=len(x["turns"])<=8, (x["id"],len(x["turns"]))
    assert x["turns"][-1]["role"]=="seeker", x["id"]
    assert x["reference"], x["id"]
    assert list(x.keys())==["id","topic","voice","turns","reference"]
    for c in ["i hear you","valid","sounds like a lot" ]:
        if c in x["reference"].lower(): print("cliche?",x["id"],c)
    ns=len(re.findall(r'[.!?](\s|$)',x["reference"]))
    if ns>3: print("long ref",x["id"],ns)
    words+= [len(t["text"].split()) for t in x["turns"] if t["role"]=="seeker"]
with open("excerpts.jsonl","w",encoding="utf-8") as f:
    for x in items: f.write(json.dumps(x,ensure_ascii=False)+"\n")
for l in open("excerpts.jsonl"): json.loads(l)
print(len(items),"items; task",sum(x["topic"].startswith("task") for x in items),"median seeker words",statistics.median(words))

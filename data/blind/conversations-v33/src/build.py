import json, re, glob, statistics
items=[]
for f in sorted(glob.glob('src/b*.txt')):
    cur=None
    for line in open(f):
        line=line.rstrip('\n')
        if line.startswith('### '):
            cid,topic,voice=[x.strip() for x in line[4:].split('|')]
            cur={"id":cid,"topic":topic,"voice":voice,"turns":[],"reference":None}
            items.append(cur)
        elif line.startswith('S: '):
            cur["turns"].append({"role":"supporter","text":line[3:].strip()})
        elif line.startswith('K: '):
            cur["turns"].append({"role":"seeker","text":line[3:].strip()})
        elif line.startswith('R: '):
            cur["reference"]=line[3:].strip()
        elif line.strip():
            raise SystemExit('bad line: '+line)
ids=set(); words=[]
for it in items:
    assert it["id"] not in ids; ids.add(it["id"])
    assert 4<=len(it["turns"])<=8, (it["id"],len(it["turns"]))
    assert it["turns"][-1]["role"]=="seeker", it["id"]
    assert it["reference"], it["id"]
    words+= [len(t["text"].split()) for t in it["turns"] if t["role"]=="seeker"]
with open('excerpts.jsonl','w') as o:
    for it in items: o.write(json.dumps(it,ensure_ascii=False)+'\n')
for l in open('excerpts.jsonl'):
    d=json.loads(l); assert list(d)==["id","topic","voice","turns","reference"]
print(len(items),'items; seeker median words',statistics.median(words))
print(sum(1 for i in items if i["topic"].startswith("task")),'task items')

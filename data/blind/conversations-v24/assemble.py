import json, glob, statistics, re
items=[]
for f in sorted(glob.glob('raw*.txt')):
    cur=None
    for line in open(f, encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('@'):
            if cur: items.append(cur)
            i,t,v=line[1:].split('|',2)
            cur={"id":i,"topic":t,"voice":v,"turns":[],"reference":None}
        elif line.startswith('S: '): cur["turns"].append({"role":"supporter","text":line[3:]})
        elif line.startswith('U: '): cur["turns"].append({"role":"seeker","text":line[3:]})
        elif line.startswith('R: '): cur["reference"]=line[3:]
        else: raise SystemExit('bad line '+line)
    if cur: items.append(cur)
ids=[x["id"] for x in items]
assert len(ids)==len(set(ids)), 'dup'
wc=[]
for x in items:
    assert set(x)=={"id","topic","voice","turns","reference"}
    assert 4<=len(x["turns"])<=8, (x["id"],len(x["turns"]))
    assert x["turns"][-1]["role"]=="seeker", x["id"]
    assert x["reference"]
    ns=len(re.findall(r'[.!?](\s|$)',x["reference"]))
    if ns>3: print('long ref',x["id"],ns)
    for t in x["turns"]:
        if t["role"]=="seeker": wc.append(len(t["text"].split()))
    for bad in ["I hear you","valid"]:
        if bad.lower() in x["reference"].lower(): print('cliche',x["id"])
with open('excerpts.jsonl','w',encoding='utf-8') as o:
    for x in items: o.write(json.dumps(x,ensure_ascii=False)+'\n')
for l in open('excerpts.jsonl'): json.loads(l)
print(len(items),'items; seeker turns',len(wc),'median words',statistics.median(wc))
print('turn counts',sorted(set(len(x["turns"]) for x in items)))
